#include "reader/logging.h"

Q_LOGGING_CATEGORY(lcReader, "citizencard.reader")
