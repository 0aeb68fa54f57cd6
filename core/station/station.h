#pragma once

#include "core/crypto/crypto.h"
#include "core/domain/result.h"

#include <QSqlDatabase>

namespace cc {

class Store;

// After `failures` wrong passwords in a row an operator is locked out for
// `seconds`; a supervisor or admin can lift it earlier.
struct LockoutPolicy {
    int failures = 5;
    int seconds = 15 * 60;
};

// The store's one station row, minus the audit key (AuditLog reads that).
struct StationRecord {
    QString stationId;
    QString cardPrefix;
    QByteArray keySalt;
    ScryptParams scrypt;
    LockoutPolicy lockout;

    static Result<StationRecord> load(Store &store, QSqlDatabase &db);
};

} // namespace cc
