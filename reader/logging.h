#pragma once

#include <QLoggingCategory>

// The reader library's category. APDUs are logged at debug level with key
// material and authentication tokens masked (Apdu::secret).
Q_DECLARE_LOGGING_CATEGORY(lcReader) // citizencard.reader
