#include "core/station/preapplications.h"

#include "core/station/session.h"
#include "core/station/store.h"

#include <QSqlQuery>

namespace cc {
namespace {

QByteArray aadOf(const QString &code) {
    return "preapplications/" + code.toLatin1() + "/document";
}

} // namespace

Status PreApplications::noteIn(QSqlDatabase &db, const QString &code, CardType type,
                               const QString &now) {
    return m_store.run(db,
                       QStringLiteral("INSERT OR IGNORE INTO preapplications (code, card_type, "
                                      "received_at) VALUES (?, ?, ?)"),
                       {code, CardTypes::code(type), now});
}

Result<QStringList> PreApplications::unfetched(int limit) {
    QStringList codes;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q =
            m_store.exec(db,
                         QStringLiteral("SELECT code FROM preapplications WHERE document IS NULL "
                                        "AND application_id IS NULL AND fetch_failures < 3 "
                                        "ORDER BY fetch_failures, received_at, code LIMIT ?"),
                         {limit});
        if (!q)
            return q.error();
        while ((*q)->next())
            codes << (*q)->value(0).toString();
        (*q)->finish();
        return Done{};
    });
    if (!read)
        return read.error();
    return codes;
}

Status PreApplications::forget(const QString &code) {
    return m_store.write([&](QSqlDatabase &db) -> Status {
        return m_store.run(db,
                           QStringLiteral("DELETE FROM preapplications WHERE code = ? AND "
                                          "document IS NULL AND application_id IS NULL"),
                           {code});
    });
}

Status PreApplications::failed(const QString &code) {
    return m_store.write([&](QSqlDatabase &db) -> Status {
        return m_store.run(db,
                           QStringLiteral("UPDATE preapplications SET fetch_failures = "
                                          "fetch_failures + 1 WHERE code = ?"),
                           {code});
    });
}

Status PreApplications::keep(const Session &session, const PreApplication &document) {
    Result<QByteArray> sealed = session.seal(document.toJson(), aadOf(document.code));
    if (!sealed)
        return sealed.error();
    return m_store.write([&](QSqlDatabase &db) -> Status {
        return m_store.run(db,
                           QStringLiteral("UPDATE preapplications SET document = ? WHERE code = ? "
                                          "AND document IS NULL"),
                           {*sealed, document.code});
    });
}

Result<HeldPreApplication> PreApplications::find(const Session &session, const QString &code) {
    QByteArray sealed;
    qint64 application = 0;
    bool found = false;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("SELECT document, application_id FROM preapplications WHERE code = ?"),
            {code});
        if (!q)
            return q.error();
        if ((*q)->next()) {
            found = true;
            sealed = (*q)->value(0).toByteArray();
            application = (*q)->value(1).toLongLong();
        }
        (*q)->finish();
        return Done{};
    });
    if (!read)
        return read.error();
    if (found && application) {
        PreApplication collected;
        collected.code = code;
        return HeldPreApplication{collected, application};
    }
    if (!found)
        return Error{ErrorCode::NotFound,
                     tr("No pre-application %1 has reached this station: it may be for another "
                        "office, or the station has not synchronised since it was made.")
                         .arg(code),
                     code};
    if (sealed.isEmpty())
        return Error{ErrorCode::WrongState,
                     tr("Pre-application %1 has not been fetched from the centre yet: it will "
                        "be with the next synchronisation.")
                         .arg(code),
                     code};
    Result<QByteArray> plain = session.open(sealed, aadOf(code));
    if (!plain)
        return plain.error();
    Result<PreApplication> document = PreApplication::fromJson(*plain, true);
    if (!document)
        return document.error();
    if (document->code != code || document->office != session.stationId())
        return Error{ErrorCode::IntegrityFailed,
                     tr("The pre-application kept in the store is not the one its code names."),
                     code};
    return HeldPreApplication{*document, application};
}

Status PreApplications::collectIn(QSqlDatabase &db, const QString &code, qint64 applicationId,
                                  const QString &now) {
    Result<QSqlQuery *> q = m_store.exec(
        db,
        // The document goes: the application holds what the counter took.
        QStringLiteral("UPDATE preapplications SET application_id = ?, collected_at = ?, "
                       "document = NULL WHERE code = ? AND application_id IS NULL AND document "
                       "IS NOT NULL"),
        {applicationId, now, code});
    if (!q)
        return q.error();
    const int changed = (*q)->numRowsAffected();
    (*q)->finish();
    if (changed != 1)
        return Error{ErrorCode::WrongState,
                     tr("Pre-application %1 was already made into an application.").arg(code),
                     code};
    return Done{};
}

} // namespace cc
