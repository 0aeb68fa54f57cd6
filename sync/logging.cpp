#include "sync/logging.h"

Q_LOGGING_CATEGORY(lcSyncHttp, "citizencard.sync.http")
