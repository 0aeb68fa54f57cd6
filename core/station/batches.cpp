#include "core/station/batches.h"

#include "core/domain/objects.h"
#include "core/domain/roles.h"
#include "core/ports/clock.h"
#include "core/station/applicants.h"
#include "core/station/auditlog.h"
#include "core/station/rows.h"
#include "core/station/seals.h"
#include "core/station/session.h"
#include "core/station/store.h"

#include <QJsonArray>

namespace cc {
namespace {

constexpr qsizetype kMaxLabel = 120;

Error noSuchBatch(qint64 id) {
    return Error{ErrorCode::NotFound, Batches::tr("There is no such batch."), Objects::batch(id)};
}

Status checkLabel(const QString &label) {
    if (label.trimmed().isEmpty())
        return Error{ErrorCode::MissingField, Batches::tr("A batch needs a label."),
                     QStringLiteral("label")};
    if (label.size() > kMaxLabel || std::any_of(label.begin(), label.end(), [](QChar c) {
            return c.category() == QChar::Other_Control;
        }))
        return Error{ErrorCode::BadValue,
                     Batches::tr("A label is one line of at most %1 characters.").arg(kMaxLabel),
                     QStringLiteral("label")};
    return Done{};
}

// Whether the operator made the batch, changed it or added to it.
Result<bool> ownWorkIn(Store &store, QSqlDatabase &db, qint64 operatorId, qint64 batchId) {
    Result<QSqlQuery *> q = store.exec(
        db,
        QStringLiteral("SELECT created_by = ? OR EXISTS (SELECT 1 FROM batch_editors WHERE "
                       "batch_id = batches.id AND operator_id = ?) OR EXISTS (SELECT 1 FROM "
                       "applications WHERE batch_id = batches.id AND created_by = ?) FROM "
                       "batches WHERE id = ?"),
        {operatorId, operatorId, operatorId, batchId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return noSuchBatch(batchId);
    const bool own = (*q)->value(0).toLongLong() != 0;
    (*q)->finish();
    return own;
}

} // namespace

Batches::Batches(Store &store, AuditLog &audit, const Clock &clock)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock) {}

Result<qint64> Batches::create(const Session &session, const BatchSpec &spec) {
    const QString action = QStringLiteral("batch.create");
    if (Status ok = m_audit.authorize(session, Permission::CreateBatches, action,
                                      QStringLiteral("batch:?"));
        !ok)
        return ok.error();
    if (Status ok = checkLabel(spec.label); !ok)
        return ok.error();
    const bool roster =
        spec.kind == BatchKind::SchoolRoster || spec.kind == BatchKind::AgencyRoster;
    if (roster && !spec.cardType)
        return Error{ErrorCode::MissingField, tr("A roster batch is of one card type; give it."),
                     QStringLiteral("cardType")};
    if (roster && CardTypes::usesSensitiveData(*spec.cardType))
        return Error{ErrorCode::BadValue,
                     tr("Disability and companion cards need the applicant's consent, taken at "
                        "the counter or by a mobile team, not from a roster."),
                     QStringLiteral("cardType")};
    if (spec.kind == BatchKind::SchoolRoster && spec.cardType != CardType::Student)
        return Error{ErrorCode::BadValue, tr("A school roster makes student cards."),
                     QStringLiteral("cardType")};
    qint64 id = 0;
    Status written = m_store.write([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("INSERT INTO batches (kind, label, card_type, status, created_by, "
                           "created_at) VALUES (?, ?, ?, 'open', ?, ?) RETURNING id"),
            {States::code(spec.kind), spec.label.trimmed(),
             spec.cardType ? QVariant(CardTypes::code(*spec.cardType)) : QVariant(),
             session.operatorId(), m_clock.nowUtc().toString(Qt::ISODateWithMs)});
        if (!q)
            return q.error();
        QSqlQuery &query = *q.value();
        query.next();
        id = query.value(0).toLongLong();
        query.finish();
        if (Status ok = Seals::sealBatch(m_store, db, session, id); !ok)
            return ok;
        return m_audit.append(db,
                              {session.username(), action, Objects::batch(id), QStringLiteral("ok"),
                               QStringLiteral("kind=") + States::code(spec.kind)},
                              &session);
    });
    if (!written)
        return written.error();
    return id;
}

Result<std::optional<AuditEvent>> Batches::beginEditIn(Store &store, QSqlDatabase &db,
                                                       const Session &session, qint64 batchId,
                                                       std::optional<CardType> type) {
    Result<BatchStatus> status = statusIn(store, db, batchId);
    if (!status)
        return status.error();
    if (Status sealed = Seals::checkBatch(store, db, session, batchId); !sealed)
        return sealed.error();
    if (type) {
        Result<BatchSummary> batch = summaryIn(store, db, session, batchId);
        if (!batch)
            return batch.error();
        if (batch->cardType && *batch->cardType != *type)
            return Error{
                ErrorCode::BadValue,
                tr("The batch makes %1s only.").arg(CardTypes::displayName(*batch->cardType)),
                Objects::batch(batchId)};
    }
    if (*status == BatchStatus::InProduction || *status == BatchStatus::Completed)
        return Error{
            ErrorCode::WrongState,
            tr("The batch is %1; it can no longer be changed.").arg(States::displayName(*status)),
            Objects::batch(batchId)};
    if (Result<QSqlQuery *> q = store.exec(db,
                                           QStringLiteral("INSERT OR IGNORE INTO batch_editors "
                                                          "(batch_id, operator_id) VALUES (?, ?)"),
                                           {batchId, session.operatorId()});
        !q)
        return q.error();
    if (*status == BatchStatus::Open)
        return std::optional<AuditEvent>();
    // A change after submission or a decision: back to open, to be decided again.
    if (Result<QSqlQuery *> q = store.exec(
            db,
            QStringLiteral("UPDATE batches SET status = 'open', decided_by = NULL, decided_at = "
                           "NULL, decision_reason = NULL WHERE id = ?"),
            {batchId});
        !q)
        return q.error();
    return std::optional<AuditEvent>(AuditEvent{session.username(), QStringLiteral("batch.reopen"),
                                                Objects::batch(batchId), QStringLiteral("ok"),
                                                QStringLiteral("was=") + States::code(*status)});
}

Status Batches::edit(const Session &session, qint64 batchId, const QString &action,
                     const std::function<Status(QSqlDatabase &)> &change) {
    if (Status ok =
            m_audit.authorize(session, Permission::CreateBatches, action, Objects::batch(batchId));
        !ok)
        return ok;
    return m_store.write([&](QSqlDatabase &db) -> Status {
        Result<std::optional<AuditEvent>> reopened = beginEditIn(m_store, db, session, batchId);
        if (!reopened)
            return reopened.error();
        if (Status ok = change(db); !ok)
            return ok;
        if (Status ok = Seals::sealBatch(m_store, db, session, batchId); !ok)
            return ok;
        QList<AuditEvent> events{
            {session.username(), action, Objects::batch(batchId), QStringLiteral("ok")}};
        if (*reopened)
            events << **reopened;
        return m_audit.appendAll(db, events, &session);
    });
}

Status Batches::relabel(const Session &session, qint64 batchId, const QString &label) {
    if (Status ok = checkLabel(label); !ok)
        return ok;
    return edit(session, batchId, QStringLiteral("batch.relabel"), [&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q =
            m_store.exec(db, QStringLiteral("UPDATE batches SET label = ? WHERE id = ?"),
                         {label.trimmed(), batchId});
        if (!q)
            return q.error();
        return Done{};
    });
}

Status Batches::remove(const Session &session, qint64 batchId, qint64 applicationId,
                       const QString &reason) {
    if (!removalReasons().contains(reason))
        return Error{ErrorCode::BadValue,
                     tr("Say why the application leaves the batch: %1.")
                         .arg(removalReasons().join(QStringLiteral(", "))),
                     QStringLiteral("reason")};
    return edit(session, batchId, QStringLiteral("batch.remove"), [&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("UPDATE applications SET status = 'cancelled', updated_at = ? WHERE id "
                           "= ? AND batch_id = ? AND status = 'received' RETURNING id"),
            {m_clock.nowUtc().toString(Qt::ISODateWithMs), applicationId, batchId});
        if (!q)
            return q.error();
        const bool removed = (*q)->next();
        (*q)->finish();
        if (!removed)
            return Error{ErrorCode::NotFound,
                         tr("The batch has no such application waiting for production."),
                         Objects::application(applicationId)};
        return m_audit.append(db,
                              {session.username(), QStringLiteral("application.cancel"),
                               Objects::application(applicationId), QStringLiteral("ok"),
                               Objects::batch(batchId) + QStringLiteral(" reason=") + reason},
                              &session);
    });
}

const QStringList &Batches::removalReasons() {
    static const QStringList reasons{QStringLiteral("withdrawn"),    QStringLiteral("duplicate"),
                                     QStringLiteral("not-eligible"), QStringLiteral("moved-away"),
                                     QStringLiteral("deceased"),     QStringLiteral("other")};
    return reasons;
}

Status Batches::submit(const Session &session, qint64 batchId) {
    const QString action = QStringLiteral("batch.submit");
    if (Status ok =
            m_audit.authorize(session, Permission::CreateBatches, action, Objects::batch(batchId));
        !ok)
        return ok;
    return m_store.write([&](QSqlDatabase &db) -> Status {
        Result<BatchSummary> batch = summaryIn(m_store, db, session, batchId);
        if (!batch)
            return batch.error();
        if (!batch->sealed)
            return Seals::checkBatch(m_store, db, session, batchId);
        if (batch->status != BatchStatus::Open)
            return Error{ErrorCode::WrongState, tr("Only an open batch can be submitted."),
                         Objects::batch(batchId)};
        if (batch->applications == 0)
            return Error{ErrorCode::WrongState, tr("The batch has no applications to submit."),
                         Objects::batch(batchId)};
        if (Result<QSqlQuery *> q = m_store.exec(
                db, QStringLiteral("UPDATE batches SET status = 'submitted' WHERE id = ?"),
                {batchId});
            !q)
            return q.error();
        if (Status ok = Seals::sealBatch(m_store, db, session, batchId); !ok)
            return ok;
        return m_audit.append(db,
                              {session.username(), action, Objects::batch(batchId),
                               QStringLiteral("ok"),
                               QStringLiteral("applications=%1").arg(batch->applications)},
                              &session);
    });
}

Status Batches::approve(const Session &session, qint64 batchId, const QByteArray &asSeen) {
    return decide(session, batchId, true, {}, asSeen);
}

Status Batches::reject(const Session &session, qint64 batchId, const QString &reason,
                       const QByteArray &asSeen) {
    if (reason.trimmed().isEmpty())
        return Error{ErrorCode::MissingField, tr("Say why the batch is rejected."),
                     QStringLiteral("reason")};
    return decide(session, batchId, false, reason.trimmed(), asSeen);
}

Status Batches::decide(const Session &session, qint64 batchId, bool approve, const QString &reason,
                       const QByteArray &asSeen) {
    const QString action =
        approve ? QStringLiteral("batch.approve") : QStringLiteral("batch.reject");
    if (Status ok =
            m_audit.authorize(session, Permission::ApproveBatches, action, Objects::batch(batchId));
        !ok)
        return ok;
    bool ownWork = false;
    Status written = m_store.write([&](QSqlDatabase &db) -> Status {
        if (Status sealed = Seals::checkBatch(m_store, db, session, batchId); !sealed)
            return sealed;
        const Result<BatchStatus> status = statusIn(m_store, db, batchId);
        if (!status)
            return status.error();
        Result<bool> own = ownWorkIn(m_store, db, session.operatorId(), batchId);
        if (!own)
            return own.error();
        ownWork = *own;
        if (ownWork)
            return Error{ErrorCode::PermissionDenied,
                         tr("Four eyes: a batch is decided by a supervisor who did not make it "
                            "or change it."),
                         Objects::batch(batchId)};
        if (*status != BatchStatus::Submitted)
            return Error{ErrorCode::WrongState,
                         tr("Only a submitted batch can be decided; this one is %1.")
                             .arg(States::displayName(*status)),
                         Objects::batch(batchId)};
        if (!asSeen.isEmpty()) {
            Result<BatchSummary> now = summaryIn(m_store, db, session, batchId);
            if (!now)
                return now.error();
            if (now->version != asSeen)
                return Error{ErrorCode::WrongState,
                             tr("Batch %1 changed since you looked at it: look at its "
                                "applications again, then decide.")
                                 .arg(batchId),
                             Objects::batch(batchId)};
        }
        if (Result<QSqlQuery *> u = m_store.exec(
                db,
                QStringLiteral("UPDATE batches SET status = ?, decided_by = ?, decided_at = ?, "
                               "decision_reason = ? WHERE id = ?"),
                {States::code(approve ? BatchStatus::Approved : BatchStatus::Rejected),
                 session.operatorId(), m_clock.nowUtc().toString(Qt::ISODateWithMs),
                 reason.isEmpty() ? QVariant() : QVariant(reason), batchId});
            !u)
            return u.error();
        if (Status ok = Seals::sealBatch(m_store, db, session, batchId); !ok)
            return ok;
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

namespace {

// The batch an application is in, if any.
Result<std::optional<qint64>> batchOf(Store &store, QSqlDatabase &db, qint64 applicationId) {
    Result<QSqlQuery *> q = store.exec(
        db, QStringLiteral("SELECT batch_id FROM applications WHERE id = ?"), {applicationId});
    if (!q)
        return q.error();
    std::optional<qint64> batch;
    if ((*q)->next() && !(*q)->value(0).isNull())
        batch = (*q)->value(0).toLongLong();
    (*q)->finish();
    return batch;
}

// Moves a batch to `to`, resealed and audited as `action`.
Status moveBatch(Store &store, AuditLog &audit, QSqlDatabase &db, const Session &session,
                 qint64 batchId, BatchStatus to, const QString &action) {
    if (Status ok = store.run(db, QStringLiteral("UPDATE batches SET status = ? WHERE id = ?"),
                              {States::code(to), batchId});
        !ok)
        return ok;
    if (Status ok = Seals::sealBatch(store, db, session, batchId); !ok)
        return ok;
    return audit.append(
        db, {session.username(), action, Objects::batch(batchId), QStringLiteral("ok")}, &session);
}

} // namespace

Status Batches::startProductionIn(Store &store, AuditLog &audit, QSqlDatabase &db,
                                  const Session &session, qint64 applicationId) {
    Result<std::optional<qint64>> batch = batchOf(store, db, applicationId);
    if (!batch)
        return batch.error();
    if (!*batch)
        return Done{};
    const qint64 id = **batch;
    Result<BatchStatus> status = statusIn(store, db, id);
    if (!status)
        return status.error();
    // In production the batch is frozen: its seal was checked when it started
    // (and is at every run), not again for each of its cards.
    if (*status == BatchStatus::InProduction)
        return Done{};
    if (Status sealed = Seals::checkBatch(store, db, session, id); !sealed)
        return sealed;
    if (*status != BatchStatus::Approved)
        return Error{ErrorCode::WrongState,
                     tr("The application is in batch %1, which is %2: its cards are made once a "
                        "supervisor has approved it.")
                         .arg(id)
                         .arg(States::displayName(*status)),
                     Objects::batch(id)};
    return moveBatch(store, audit, db, session, id, BatchStatus::InProduction,
                     QStringLiteral("batch.start"));
}

Status Batches::settleIn(Store &store, AuditLog &audit, QSqlDatabase &db, const Session &session,
                         qint64 applicationId) {
    Result<std::optional<qint64>> batch = batchOf(store, db, applicationId);
    if (!batch)
        return batch.error();
    if (!*batch)
        return Done{};
    Result<QSqlQuery *> q = store.exec(
        db,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM applications WHERE batch_id = ? AND status "
                       "= 'received') OR EXISTS (SELECT 1 FROM applications WHERE batch_id = ? "
                       "AND status = 'in-production')"),
        {**batch, **batch});
    if (!q)
        return q.error();
    (*q)->next();
    const bool waiting = (*q)->value(0).toLongLong() != 0;
    (*q)->finish();
    Result<BatchStatus> status = statusIn(store, db, **batch);
    if (!status)
        return status.error();
    if (waiting || *status != BatchStatus::InProduction)
        return Done{};
    return moveBatch(store, audit, db, session, **batch, BatchStatus::Completed,
                     QStringLiteral("batch.complete"));
}

Result<bool> Batches::isOwnWork(const Session &session, qint64 batchId) {
    bool own = false;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<bool> o = ownWorkIn(m_store, db, session.operatorId(), batchId);
        if (!o)
            return o.error();
        own = *o;
        return Done{};
    });
    if (!read)
        return read.error();
    return own;
}

} // namespace cc
