// A recorded application waiting for its card at the counter: the photo it
// carries, kept or taken again; found again when its applicant comes back;
// withdrawn when the applicant leaves without it.
#include "core/domain/nationalid.h"
#include "core/station/applicants.h"
#include "core/station/auditlog.h"
#include "core/station/rows.h"
#include "core/station/session.h"
#include "core/station/store.h"
#include "core/workflows/counter.h"

namespace cc {

Result<QByteArray> Counter::photoFor(const Session &session, qint64 applicationId) {
    Result<ApplicantRecord> holder =
        Applicants(m_store, m_audit, m_clock).forApplication(session, applicationId);
    if (!holder)
        return holder.error();
    return holder->person.photo;
}

Status Counter::retakePhoto(const Session &session, qint64 applicationId, const QByteArray &photo) {
    return Applicants(m_store, m_audit, m_clock).replacePhoto(session, applicationId, photo);
}

Result<std::optional<WaitingApplication>> Counter::waitingAtCounter(const Session &session,
                                                                    const QString &nationalId) {
    if (Status ok =
            m_audit.authorize(session, Permission::HandleApplicants,
                              QStringLiteral("application.list"), QStringLiteral("person:?"));
        !ok)
        return ok.error();
    const NationalId::Check id = NationalId::check(nationalId);
    if (!id.valid())
        return Error{ErrorCode::BadValue, id.message, QStringLiteral("nationalId")};
    std::optional<WaitingApplication> waiting;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral(
                "SELECT a.id, a.card_type, a.kind, a.created_at, a.valid_until FROM persons p JOIN "
                "applications a ON a.person_id = p.id WHERE p.id_lookup = ? AND "
                "a.status = 'received' AND a.batch_id IS NULL ORDER BY a.id DESC "
                "LIMIT 1"),
            {session.lookupTag(id.normalized)});
        if (!q)
            return q.error();
        RowReader row(**q, QStringLiteral("applications"), "id");
        if (row.next()) {
            const Result<CardType> type = row.cardType("card_type");
            if (!type)
                return type.error();
            waiting =
                WaitingApplication{row.integer("id"), *type, row.text("kind"),
                                   QDateTime::fromString(row.text("created_at"), Qt::ISODateWithMs),
                                   row.date("valid_until")};
        }
        (*q)->finish();
        return Done{};
    });
    if (!read)
        return read.error();
    return waiting;
}

Status Counter::withdraw(const Session &session, qint64 applicationId) {
    return Applicants(m_store, m_audit, m_clock).withdraw(session, applicationId);
}

} // namespace cc
