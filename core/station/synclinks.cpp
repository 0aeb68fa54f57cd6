#include "core/station/synclinks.h"

#include "core/ports/clock.h"
#include "core/station/auditlog.h"
#include "core/station/rows.h"
#include "core/station/session.h"
#include "core/station/store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cc {
namespace {

// The key is bound to the rest of the row: pointing the station at another
// centre or CA with sqlite3 leaves a key that no longer opens.
QByteArray keyAad(const SyncLink &link) {
    return Session::fieldAad("sync_link", 1, "private_key") + '\0' + link.url.toUtf8() + '\0' +
           link.caCertificate + '\0' + link.certificate;
}

} // namespace

SyncLinks::SyncLinks(Store &store, AuditLog &audit, const Clock &clock)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock) {}

Status SyncLinks::save(const Session &session, const SyncLink &link) {
    const QString action = QStringLiteral("station.enrol");
    const QString object = QStringLiteral("station:") + session.stationId();
    if (Status ok = m_audit.authorize(session, Permission::ConfigureStation, action, object); !ok)
        return ok;
    Result<QByteArray> sealed = session.sealStationSecret(link.privateKey, keyAad(link));
    if (!sealed)
        return sealed.error();
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    return m_store.write([&](QSqlDatabase &db) -> Status {
        if (Status ok = m_store.run(
                db,
                QStringLiteral("INSERT OR REPLACE INTO sync_link (id, central_url, "
                               "ca_certificate, certificate, private_key, enrolled_at) VALUES "
                               "(1, ?, ?, ?, ?, ?)"),
                {link.url, link.caCertificate, link.certificate, *sealed, now});
            !ok)
            return ok;
        return m_audit.append(db,
                              {session.username(), action, object, QStringLiteral("ok"),
                               QStringLiteral("central=") + link.url},
                              &session);
    });
}

Result<std::optional<SyncLink>> SyncLinks::load(const Session &session) {
    std::optional<SyncLink> link;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db, QStringLiteral("SELECT id, central_url, ca_certificate, certificate, private_key "
                               "FROM sync_link WHERE id = 1"));
        if (!q)
            return q.error();
        RowReader row(**q, QStringLiteral("sync_link"));
        if (!row.next())
            return Done{};
        SyncLink found{
            row.text("central_url"), row.blob("ca_certificate"), row.blob("certificate"), {}};
        Result<QByteArray> key = session.openStationSecret(row.blob("private_key"), keyAad(found));
        if (!key)
            return Error{ErrorCode::IntegrityFailed,
                         QCoreApplication::translate(
                             "SyncLinks", "The link to the central service was changed outside "
                                          "the program; enrol the station again."),
                         QStringLiteral("sync_link:1")};
        found.privateKey = *key;
        link = found;
        (*q)->finish();
        return Done{};
    });
    if (!read)
        return read.error();
    return link;
}

Status SyncLinks::noteContact(const QDateTime &at) {
    return m_store.write([&](QSqlDatabase &db) -> Status {
        return m_store.run(db,
                           QStringLiteral("UPDATE sync_link SET last_contact_at = ? WHERE id = 1"),
                           {at.toUTC().toString(Qt::ISODateWithMs)});
    });
}

Result<QDateTime> SyncLinks::lastContact() {
    QDateTime at;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q =
            m_store.exec(db, QStringLiteral("SELECT last_contact_at FROM sync_link WHERE id = 1"));
        if (!q)
            return q.error();
        if ((*q)->next())
            at = QDateTime::fromString((*q)->value(0).toString(), Qt::ISODateWithMs);
        (*q)->finish();
        return Done{};
    });
    if (!read)
        return read.error();
    return at;
}

} // namespace cc
