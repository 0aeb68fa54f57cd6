#pragma once

#include <QLoggingCategory>

// The workflows' logging category. Never log personal data or keys: log row
// ids, codes and outcomes.
Q_DECLARE_LOGGING_CATEGORY(lcIssuance) // citizencard.issuance
Q_DECLARE_LOGGING_CATEGORY(lcSync)     // citizencard.sync
