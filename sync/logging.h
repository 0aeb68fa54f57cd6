#pragma once

#include <QLoggingCategory>

// The station's HTTPS link to the centre: connections, failures. Never a body.
Q_DECLARE_LOGGING_CATEGORY(lcSyncHttp) // citizencard.sync.http
