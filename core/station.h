#pragma once

#include "core/accounts.h"

#include <QSqlDatabase>

namespace cc {

class Store;

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
