#include "core/workflows/logging.h"

Q_LOGGING_CATEGORY(lcIssuance, "citizencard.issuance")
