#include "core/station/batches.h"

#include "core/domain/objects.h"
#include "core/ports/clock.h"
#include "core/station/auditlog.h"
#include "core/station/rows.h"
#include "core/station/session.h"
#include "core/station/store.h"

namespace cc {
Batches::Batches(Store &store, AuditLog &audit, const Clock &clock)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock) {}

Result<qint64> Batches::create(const Session &session, const QString &label) {
    const QString action = QStringLiteral("batch.create");
    if (Status ok = m_audit.authorize(session, Permission::CreateBatches, action,
                                      QStringLiteral("batch:?"));
        !ok)
        return ok.error();
    if (label.trimmed().isEmpty())
        return Error{ErrorCode::MissingField, tr("A batch needs a label."),
                     QStringLiteral("label")};
    qint64 id = 0;
    Status written = m_store.write([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("INSERT INTO batches (label, status, created_by, created_at) "
                           "VALUES (?, 'open', ?, ?) RETURNING id"),
            {label.trimmed(), session.operatorId(), m_clock.nowUtc().toString(Qt::ISODateWithMs)});
        if (!q)
            return q.error();
        QSqlQuery &query = *q.value();
        query.next();
        id = query.value(0).toLongLong();
        query.finish();
        return m_audit.append(
            db, {session.username(), action, Objects::batch(id), QStringLiteral("ok")}, &session);
    });
    if (!written)
        return written.error();
    return id;
}

Result<BatchStatus> Batches::statusIn(Store &store, QSqlDatabase &db, qint64 batchId) {
    Result<QSqlQuery *> q =
        store.exec(db, QStringLiteral("SELECT id, status FROM batches WHERE id = ?"), {batchId});
    if (!q)
        return q.error();
    RowReader row(**q, QStringLiteral("batches"));
    if (!row.next())
        return Error{ErrorCode::NotFound, tr("There is no such batch."), Objects::batch(batchId)};
    Result<BatchStatus> status = row.batchStatus("status");
    (*q)->finish();
    return status;
}

Result<BatchStatus> Batches::status(qint64 batchId) {
    BatchStatus status = BatchStatus::Open;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<BatchStatus> s = statusIn(m_store, db, batchId);
        if (!s)
            return s.error();
        status = *s;
        return Done{};
    });
    if (!read)
        return read.error();
    return status;
}

Status Batches::submit(const Session &session, qint64 batchId) {
    const QString action = QStringLiteral("batch.submit");
    if (Status ok =
            m_audit.authorize(session, Permission::CreateBatches, action, Objects::batch(batchId));
        !ok)
        return ok;
    return m_store.write([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("UPDATE batches SET status = 'submitted' WHERE id = ? AND status "
                           "= 'open' RETURNING id"),
            {batchId});
        if (!q)
            return q.error();
        QSqlQuery &query = *q.value();
        if (!query.next())
            return Error{ErrorCode::WrongState, tr("Only an open batch can be submitted."),
                         Objects::batch(batchId)};
        query.finish();
        return m_audit.append(
            db, {session.username(), action, Objects::batch(batchId), QStringLiteral("ok")},
            &session);
    });
}

Status Batches::approve(const Session &session, qint64 batchId) {
    return decide(session, batchId, true, {});
}

Status Batches::reject(const Session &session, qint64 batchId, const QString &reason) {
    if (reason.trimmed().isEmpty())
        return Error{ErrorCode::MissingField, tr("Say why the batch is rejected."),
                     QStringLiteral("reason")};
    return decide(session, batchId, false, reason.trimmed());
}

Status Batches::decide(const Session &session, qint64 batchId, bool approve,
                       const QString &reason) {
    const QString action =
        approve ? QStringLiteral("batch.approve") : QStringLiteral("batch.reject");
    if (Status ok =
            m_audit.authorize(session, Permission::ApproveBatches, action, Objects::batch(batchId));
        !ok)
        return ok;
    bool ownWork = false;
    Status written = m_store.write([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("SELECT id, status, created_by = ? OR EXISTS (SELECT 1 FROM "
                           "applications WHERE batch_id = batches.id AND created_by = ?) AS "
                           "own_work FROM batches WHERE id = ?"),
            {session.operatorId(), session.operatorId(), batchId});
        if (!q)
            return q.error();
        RowReader row(**q, QStringLiteral("batches"));
        if (!row.next())
            return Error{ErrorCode::NotFound, tr("There is no such batch."),
                         Objects::batch(batchId)};
        const Result<BatchStatus> status = row.batchStatus("status");
        ownWork = row.integer("own_work") != 0;
        (*q)->finish();
        if (!status)
            return status.error();
        if (ownWork)
            return Error{ErrorCode::PermissionDenied,
                         tr("Four eyes: a batch is decided by a supervisor who did not make it "
                            "or add to it."),
                         Objects::batch(batchId)};
        if (*status != BatchStatus::Submitted)
            return Error{ErrorCode::WrongState,
                         tr("Only a submitted batch can be decided; this one is %1.")
                             .arg(States::displayName(*status)),
                         Objects::batch(batchId)};
        if (Result<QSqlQuery *> u = m_store.exec(
                db,
                QStringLiteral("UPDATE batches SET status = ?, decided_by = ?, decided_at = ?, "
                               "decision_reason = ? WHERE id = ?"),
                {States::code(approve ? BatchStatus::Approved : BatchStatus::Rejected),
                 session.operatorId(), m_clock.nowUtc().toString(Qt::ISODateWithMs),
                 reason.isEmpty() ? QVariant() : QVariant(reason), batchId});
            !u)
            return u.error();
        return m_audit.append(
            db, {session.username(), action, Objects::batch(batchId), QStringLiteral("ok")},
            &session);
    });
    if (!written && ownWork)
        (void)m_audit.record({session.username(), action, Objects::batch(batchId),
                              QStringLiteral("denied"), QStringLiteral("four-eyes")},
                             &session);
    return written;
}

} // namespace cc
