#include "core/station/logging.h"

Q_LOGGING_CATEGORY(lcStore, "citizencard.store")
Q_LOGGING_CATEGORY(lcAuth, "citizencard.auth")
Q_LOGGING_CATEGORY(lcAudit, "citizencard.audit")
