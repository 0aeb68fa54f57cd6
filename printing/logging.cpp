#include "printing/logging.h"

Q_LOGGING_CATEGORY(lcPrinting, "citizencard.printing", QtInfoMsg)
