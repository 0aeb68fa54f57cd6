#include "core/domain/nationalid.h"
#include "core/domain/objects.h"
#include "core/domain/personname.h"
#include "core/domain/roles.h"
#include "core/ports/clock.h"
#include "core/station/applicants.h"
#include "core/station/auditlog.h"
#include "core/station/batches.h"
#include "core/station/rows.h"
#include "core/station/seals.h"
#include "core/station/session.h"
#include "core/station/store.h"

#include <QJsonArray>

// What the batches are and hold: the reads of Batches (batches.cpp changes them).
namespace cc {
namespace {

Error noSuchBatch(qint64 id) {
    return Error{ErrorCode::NotFound, Batches::tr("There is no such batch."), Objects::batch(id)};
}

const QString kSummarySelect = QStringLiteral(
    "SELECT b.id AS id, b.kind AS kind, b.label AS label, b.card_type AS card_type, "
    "b.status AS status, c.username AS created_by, b.created_at AS created_at, "
    "d.username AS decided_by, b.decided_at AS decided_at, b.decision_reason AS reason, "
    "(SELECT count(*) FROM applications a WHERE a.batch_id = b.id AND a.status != 'cancelled') "
    "AS applications, "
    "(SELECT count(*) FROM applications a WHERE a.batch_id = b.id AND a.status = 'issued') AS "
    "issued, "
    "coalesce((SELECT group_concat(username, ',') FROM (SELECT o.username AS username FROM "
    "batch_editors e JOIN operators o ON o.id = e.operator_id WHERE e.batch_id = b.id AND "
    "e.operator_id != b.created_by ORDER BY o.username)), '') AS editors, b.seal AS seal "
    "FROM batches b JOIN operators c ON c.id = b.created_by LEFT JOIN operators d ON d.id = "
    "b.decided_by");

Result<BatchSummary> readSummary(const RowReader &row) {
    BatchSummary s;
    s.id = row.integer("id");
    Result<BatchKind> kind = row.batchKind("kind");
    if (!kind)
        return kind.error();
    Result<BatchStatus> status = row.batchStatus("status");
    if (!status)
        return status.error();
    s.kind = *kind;
    s.status = *status;
    if (!row.isNull("card_type")) {
        Result<CardType> type = row.cardType("card_type");
        if (!type)
            return type.error();
        s.cardType = *type;
    }
    s.label = row.text("label");
    s.createdBy = row.text("created_by");
    s.createdAt = row.text("created_at");
    s.decidedBy = row.text("decided_by");
    s.decidedAt = row.text("decided_at");
    s.decisionReason = row.text("reason");
    s.applications = int(row.integer("applications"));
    s.issued = int(row.integer("issued"));
    const QString editors = row.text("editors");
    if (!editors.isEmpty())
        s.editors = editors.split(u',');
    s.version = row.blob("seal");
    return s;
}

} // namespace

QJsonObject BatchSummary::toJson() const {
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), States::code(kind)},
                  {QStringLiteral("label"), label},
                  {QStringLiteral("status"), States::code(status)},
                  {QStringLiteral("createdBy"), createdBy},
                  {QStringLiteral("createdAt"), createdAt},
                  {QStringLiteral("editors"), QJsonArray::fromStringList(editors)},
                  {QStringLiteral("applications"), applications},
                  {QStringLiteral("issued"), issued},
                  {QStringLiteral("sealed"), sealed}};
    if (cardType)
        o.insert(QStringLiteral("cardType"), CardTypes::code(*cardType));
    if (!decidedBy.isEmpty()) {
        o.insert(QStringLiteral("decidedBy"), decidedBy);
        o.insert(QStringLiteral("decidedAt"), decidedAt);
    }
    if (!decisionReason.isEmpty())
        o.insert(QStringLiteral("decisionReason"), decisionReason);
    return o;
}

Result<BatchStatus> Batches::statusIn(Store &store, QSqlDatabase &db, qint64 batchId) {
    Result<QSqlQuery *> q =
        store.exec(db, QStringLiteral("SELECT id, status FROM batches WHERE id = ?"), {batchId});
    if (!q)
        return q.error();
    RowReader row(**q, QStringLiteral("batches"));
    if (!row.next())
        return noSuchBatch(batchId);
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

Result<BatchSummary> Batches::summaryIn(Store &store, QSqlDatabase &db, const Session &session,
                                        qint64 batchId) {
    Result<QSqlQuery *> q =
        store.exec(db, kSummarySelect + QStringLiteral(" WHERE b.id = ?"), {batchId});
    if (!q)
        return q.error();
    RowReader row(**q, QStringLiteral("batches"));
    if (!row.next())
        return noSuchBatch(batchId);
    Result<BatchSummary> read = readSummary(row);
    (*q)->finish();
    if (!read)
        return read.error();
    BatchSummary s = std::move(read).value();
    s.sealed = Seals::checkBatch(store, db, session, batchId).ok();
    return s;
}

Result<BatchSummary> Batches::show(const Session &session, qint64 batchId) {
    if (!Roles::allows(session.role(), Permission::CreateBatches) &&
        !Roles::allows(session.role(), Permission::ApproveBatches))
        return m_audit
            .authorize(session, Permission::CreateBatches, QStringLiteral("batch.show"),
                       Objects::batch(batchId))
            .error();
    BatchSummary summary;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<BatchSummary> s = summaryIn(m_store, db, session, batchId);
        if (!s)
            return s.error();
        summary = *s;
        return Done{};
    });
    if (!read)
        return read.error();
    return summary;
}

Result<QList<BatchSummary>> Batches::list(const Session &session,
                                          std::optional<BatchStatus> status) {
    if (!Roles::allows(session.role(), Permission::CreateBatches) &&
        !Roles::allows(session.role(), Permission::ApproveBatches))
        return m_audit
            .authorize(session, Permission::CreateBatches, QStringLiteral("batch.list"),
                       QStringLiteral("batch:*"))
            .error();
    QList<BatchSummary> out;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        QVariantList values;
        QString sql = kSummarySelect;
        if (status) {
            sql += QStringLiteral(" WHERE b.status = ?");
            values << States::code(*status);
        }
        Result<QSqlQuery *> q = m_store.exec(db, sql + QStringLiteral(" ORDER BY b.id"), values);
        if (!q)
            return q.error();
        RowReader row(**q, QStringLiteral("batches"));
        while (row.next()) {
            Result<BatchSummary> s = readSummary(row);
            if (!s)
                return s.error();
            out << *s;
        }
        (*q)->finish();
        for (BatchSummary &s : out)
            s.sealed = Seals::checkBatch(m_store, db, session, s.id).ok();
        return Done{};
    });
    if (!read)
        return read.error();
    return out;
}

Result<QList<BatchMember>> Batches::members(const Session &session, qint64 batchId) {
    const QString action = QStringLiteral("batch.members");
    if (Status ok = m_audit.authorize(session, Permission::HandleApplicants, action,
                                      Objects::batch(batchId));
        !ok)
        return ok.error();
    QList<BatchMember> out;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        if (Result<BatchStatus> s = statusIn(m_store, db, batchId); !s)
            return s.error();
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("SELECT a.id AS id, a.status AS status, a.card_type AS card_type, "
                           "a.valid_until AS valid_until, a.recheck_pending AS recheck_pending, "
                           "(SELECT c.card_number FROM cards c WHERE c.application_id = a.id AND "
                           "c.status = 'active' ORDER BY c.id DESC LIMIT 1) AS card_number FROM "
                           "applications a "
                           "WHERE a.batch_id = ? ORDER BY a.id"),
            {batchId});
        if (!q)
            return q.error();
        RowReader row(**q, QStringLiteral("applications"));
        while (row.next()) {
            BatchMember m;
            m.applicationId = row.integer("id");
            Result<ApplicationStatus> status = row.applicationStatus("status");
            Result<CardType> type = row.cardType("card_type");
            if (!status)
                return status.error();
            if (!type)
                return type.error();
            m.status = *status;
            m.cardType = *type;
            m.validUntil = row.date("valid_until");
            m.recheckPending = row.integer("recheck_pending") != 0;
            m.cardNumber = row.text("card_number");
            out << m;
        }
        (*q)->finish();
        return Done{};
    });
    if (!read)
        return read.error();
    Applicants applicants(m_store, m_audit, m_clock);
    for (BatchMember &m : out) {
        Result<ApplicantRecord> who = applicants.forApplication(session, m.applicationId);
        if (!who)
            return who.error();
        m.personId = who->personId;
        m.person = who->person;
    }
    (void)m_audit.record({session.username(), action, Objects::batch(batchId), QStringLiteral("ok"),
                          QStringLiteral("rows=%1").arg(out.size())},
                         &session);
    return out;
}

Result<HandOverList> Batches::handOver(const Session &session, qint64 batchId) {
    Result<BatchSummary> batch = show(session, batchId);
    if (!batch)
        return batch.error();
    Result<QList<BatchMember>> held = members(session, batchId);
    if (!held)
        return held.error();
    HandOverList list;
    list.batchId = batchId;
    list.label = batch->label;
    list.kind = States::displayName(batch->kind);
    list.stationId = session.stationId();
    list.operatorName = session.username();
    list.date = m_clock.todayInTaipei();
    for (const BatchMember &m : *held)
        if (m.status == ApplicationStatus::Issued && !m.cardNumber.isEmpty())
            list.rows << HandOverList::Row{m.cardNumber, CardTypes::displayName(m.cardType),
                                           PersonNames::masked(m.person.name),
                                           NationalId::masked(m.person.nationalId)};
    if (list.rows.isEmpty())
        return Error{ErrorCode::WrongState,
                     tr("Batch %1 has no issued card to hand over yet.").arg(batchId),
                     QStringLiteral("batch")};
    return list;
}

Result<QList<qint64>> Batches::waiting(qint64 batchId) {
    QList<qint64> out;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        if (Result<BatchStatus> s = statusIn(m_store, db, batchId); !s)
            return s.error();
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("SELECT id FROM applications WHERE batch_id = ? AND status = "
                           "'received' ORDER BY id"),
            {batchId});
        if (!q)
            return q.error();
        while ((*q)->next())
            out << (*q)->value(0).toLongLong();
        (*q)->finish();
        return Done{};
    });
    if (!read)
        return read.error();
    return out;
}

} // namespace cc
