#include "core/workflows/logging.h"

Q_LOGGING_CATEGORY(lcIssuance, "citizencard.issuance")
Q_LOGGING_CATEGORY(lcSync, "citizencard.sync")
