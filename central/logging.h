#pragma once

#include <QLoggingCategory>

// The central service's categories. The access log names the station, the
// route, the status and the time taken: never a body, a name or an ID number.
Q_DECLARE_LOGGING_CATEGORY(lcCentral) // citizencard.central
Q_DECLARE_LOGGING_CATEGORY(lcAccess)  // citizencard.central.access
