#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace cc {

class Session;
class Store;

// Seals on the rows that decide who may do what: the station row (station ID,
// card prefix, key salt, password cost, lockout policy, audit key) and each
// operator (name, role, password verifier, wrapped key, who created it).
// A seal is HMAC-SHA-256 under the integrity key, which is derived from the
// station data key, so only a logged-in operator can make one and the file
// alone cannot: an edited role or station ID no longer verifies. Each seal is
// recomputed from the row as stored, after the use case has written it.
class Seals {
    Q_DECLARE_TR_FUNCTIONS(Seals)

public:
    static Status sealStation(Store &store, QSqlDatabase &db, const Session &by);
    static Status sealOperator(Store &store, QSqlDatabase &db, const Session &by,
                               qint64 operatorId);

    // IntegrityFailed, naming the row, when the seal is missing or wrong.
    static Status checkStation(Store &store, QSqlDatabase &db, const Session &by);
    static Status checkOperator(Store &store, QSqlDatabase &db, const Session &by,
                                qint64 operatorId);
    // Every operator row: the problems found, one per row.
    static Result<QStringList> checkAllOperators(Store &store, QSqlDatabase &db, const Session &by);

    // A batch's row with the IDs of its applications and of the operators
    // who edited it, so that moving an application into an approved batch,
    // or dropping an editor to pass the four-eyes rule, breaks the seal.
    static Status sealBatch(Store &store, QSqlDatabase &db, const Session &by, qint64 batchId);
    static Status checkBatch(Store &store, QSqlDatabase &db, const Session &by, qint64 batchId);
    static Result<QStringList> checkAllBatches(Store &store, QSqlDatabase &db, const Session &by);
};

} // namespace cc
