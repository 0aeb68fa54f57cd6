#pragma once

#include <QLoggingCategory>

// One logging category per station subsystem. Never log personal data or keys:
// log row ids, codes and outcomes.
Q_DECLARE_LOGGING_CATEGORY(lcStore) // citizencard.store
Q_DECLARE_LOGGING_CATEGORY(lcAuth)  // citizencard.auth
Q_DECLARE_LOGGING_CATEGORY(lcAudit) // citizencard.audit
