#pragma once

#include "core/domain/result.h"
#include "core/domain/states.h"

#include <QCoreApplication>

class QSqlDatabase;

namespace cc {

class AuditLog;
class Clock;
class Session;
class Store;

// Batches of applications produced together (docs/domain.md, "Batches"):
// open → submitted → approved or rejected. Approval needs a supervisor who
// neither created the batch nor added an application to it.
class Batches {
    Q_DECLARE_TR_FUNCTIONS(Batches)

public:
    Batches(Store &store, AuditLog &audit, const Clock &clock);

    Result<qint64> create(const Session &session, const QString &label);
    Status submit(const Session &session, qint64 batchId);
    Status approve(const Session &session, qint64 batchId);
    Status reject(const Session &session, qint64 batchId, const QString &reason);

    Result<BatchStatus> status(qint64 batchId);
    // The same inside the caller's transaction; NotFound for no such batch.
    static Result<BatchStatus> statusIn(Store &store, QSqlDatabase &db, qint64 batchId);

private:
    Status decide(const Session &session, qint64 batchId, bool approve, const QString &reason);

    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace cc
