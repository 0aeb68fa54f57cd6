// An applicant's history as the audit log holds it.
#include "core/domain/objects.h"
#include "core/station/applicants.h"
#include "core/station/session.h"
#include "core/station/store.h"

#include <QSqlQuery>

namespace cc {
namespace {

// Objects asked for per statement (SQLite allows many more parameters).
constexpr qsizetype kObjectsPerQuery = 500;

} // namespace

Result<QList<ApplicantEvent>> Applicants::eventsOf(const Session &session,
                                                   const ApplicantRecord &applicant,
                                                   const QStringList &cardNumbers) {
    if (Status ok = session.require(Permission::HandleApplicants); !ok)
        return ok.error();
    QList<ApplicantEvent> events;
    QStringList objects{Objects::person(applicant.personId)};
    for (const ApplicationRecord &a : applicant.applications)
        objects << Objects::application(a.id);
    for (const QString &number : cardNumbers)
        objects << Objects::card(number);
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        QStringList all = objects;
        // Each card's production is audited on its attempt.
        for (const ApplicationRecord &a : applicant.applications) {
            Result<QSqlQuery *> q = m_store.exec(
                db, QStringLiteral("SELECT id FROM production_attempts WHERE application_id = ?"),
                {a.id});
            if (!q)
                return q.error();
            while ((*q)->next())
                all << Objects::attempt((*q)->value(0).toLongLong());
            (*q)->finish();
        }
        QMap<qint64, ApplicantEvent> bySeq; // in the log's order across the chunks
        for (qsizetype first = 0; first < all.size(); first += kObjectsPerQuery) {
            const QStringList chunk = all.mid(first, kObjectsPerQuery);
            QVariantList args;
            for (const QString &o : chunk)
                args << o;
            QStringList marks(chunk.size(), QStringLiteral("?"));
            Result<QSqlQuery *> q = m_store.exec(
                db,
                QStringLiteral("SELECT seq, at, operator, action, object, outcome, detail FROM "
                               "audit_entries WHERE object IN (%1)")
                    .arg(marks.join(u',')),
                args);
            if (!q)
                return q.error();
            while ((*q)->next())
                bySeq.insert((*q)->value(0).toLongLong(),
                             {QDateTime::fromString((*q)->value(1).toString(), Qt::ISODateWithMs),
                              (*q)->value(2).toString(), (*q)->value(3).toString(),
                              (*q)->value(4).toString(), (*q)->value(5).toString(),
                              (*q)->value(6).toString()});
            (*q)->finish();
        }
        events = bySeq.values();
        return Done{};
    });
    if (!read)
        return read.error();
    return events;
}

} // namespace cc
