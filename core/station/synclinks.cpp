#include "core/station/synclinks.h"

#include "core/crypto/crypto.h"
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

QByteArray holderAad(const SyncLink &link) {
    return Session::fieldAad("sync_link", 1, "holder_key") + '\0' + link.url.toUtf8();
}

Error linkChanged() {
    return Error{ErrorCode::IntegrityFailed,
                 QCoreApplication::translate(
                     "SyncLinks", "The link to the central service was changed outside the "
                                  "program; enrol the station again."),
                 QStringLiteral("sync_link:1")};
}

QByteArray contactMessage(const SyncContact &c) {
    return QByteArray("sync-contact") + '\0' + c.at.toString(Qt::ISODateWithMs).toLatin1() + '\0' +
           c.steady.boot.toLatin1() + '\0' + QByteArray::number(c.steady.ms) + '\0' +
           c.highWater.toString(Qt::ISODateWithMs).toLatin1();
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
    Result<QByteArray> holder = session.sealStationSecret(link.holderKey, holderAad(link));
    if (!holder)
        return holder.error();
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    Status saved = m_store.write([&](QSqlDatabase &db) -> Status {
        if (Status ok = m_store.run(
                db,
                QStringLiteral("INSERT OR REPLACE INTO sync_link (id, central_url, "
                               "ca_certificate, certificate, private_key, holder_key, "
                               "enrolled_at) VALUES (1, ?, ?, ?, ?, ?, ?)"),
                {link.url, link.caCertificate, link.certificate, *sealed, *holder, now});
            !ok)
            return ok;
        return m_audit.append(db,
                              {session.username(), action, object, QStringLiteral("ok"),
                               QStringLiteral("central=") + link.url},
                              &session);
    });
    if (!saved)
        return saved;
    return noteContact(session); // enrolling reached the centre
}

Result<std::optional<SyncLink>> SyncLinks::load(const Session &session) {
    std::optional<SyncLink> link;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db, QStringLiteral("SELECT id, central_url, ca_certificate, certificate, private_key, "
                               "holder_key FROM sync_link WHERE id = 1"));
        if (!q)
            return q.error();
        RowReader row(**q, QStringLiteral("sync_link"));
        if (!row.next())
            return Done{};
        SyncLink found{
            row.text("central_url"), row.blob("ca_certificate"), row.blob("certificate"), {}, {}};
        Result<QByteArray> key = session.openStationSecret(row.blob("private_key"), keyAad(found));
        // A link made before the holder key existed has none: enrol again to get it.
        Result<QByteArray> holder =
            row.isNull("holder_key")
                ? Result<QByteArray>(QByteArray())
                : session.openStationSecret(row.blob("holder_key"), holderAad(found));
        if (!key || !holder)
            return linkChanged();
        found.privateKey = *key;
        found.holderKey = *holder;
        link = found;
        (*q)->finish();
        return Done{};
    });
    if (!read)
        return read.error();
    return link;
}

Status SyncLinks::noteContact(const Session &session) {
    const QDateTime now = m_clock.nowUtc();
    return writeContact(session, SyncContact{now, m_clock.steadyNow(), now}, true);
}

Status SyncLinks::noteClock(const Session &session) {
    Result<std::optional<SyncContact>> known = contact(session);
    if (!known)
        return known.error();
    // A write a minute at most: this runs before every card produced.
    if (!known->has_value() || (*known)->highWater.secsTo(m_clock.nowUtc()) < 60)
        return Done{};
    SyncContact moved = **known;
    moved.highWater = m_clock.nowUtc();
    return writeContact(session, moved, false);
}

Status SyncLinks::writeContact(const Session &session, const SyncContact &c, bool contacted) {
    const QString at = c.at.toString(Qt::ISODateWithMs);
    const QString high = c.highWater.toString(Qt::ISODateWithMs);
    const QByteArray tag = session.integrityTag(contactMessage(c));
    if (tag.isEmpty())
        return Error{
            ErrorCode::NotLoggedIn,
            QCoreApplication::translate("SyncLinks", "Log in first; the station is locked."),
            {}};
    return m_store.write([&](QSqlDatabase &db) -> Status {
        return m_store.run(
            db,
            contacted ? QStringLiteral("UPDATE sync_link SET last_contact_at = ?, "
                                       "last_contact_boot = ?, last_contact_steady_ms = ?, "
                                       "clock_high_water = ?, contact_tag = ? WHERE id = 1")
                      : QStringLiteral("UPDATE sync_link SET clock_high_water = ?, "
                                       "contact_tag = ? WHERE id = 1 AND last_contact_at = ?"),
            contacted ? QVariantList{at, c.steady.boot, c.steady.ms, high, tag}
                      : QVariantList{high, tag, at});
    });
}

Result<std::optional<SyncContact>> SyncLinks::contact(const Session &session) {
    std::optional<SyncContact> found;
    bool tampered = false;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db, QStringLiteral("SELECT id, last_contact_at, last_contact_boot, "
                               "last_contact_steady_ms, clock_high_water, contact_tag FROM "
                               "sync_link WHERE id = 1"));
        if (!q)
            return q.error();
        RowReader row(**q, QStringLiteral("sync_link"));
        if (!row.next())
            return Done{};
        SyncContact c{QDateTime::fromString(row.text("last_contact_at"), Qt::ISODateWithMs),
                      {row.text("last_contact_boot"), row.integer("last_contact_steady_ms")},
                      QDateTime::fromString(row.text("clock_high_water"), Qt::ISODateWithMs)};
        tampered =
            !c.at.isValid() || !Crypto::constantTimeEquals(row.blob("contact_tag"),
                                                           session.integrityTag(contactMessage(c)));
        (*q)->finish();
        found = c;
        return Done{};
    });
    if (!read)
        return read.error();
    if (tampered)
        return Error{ErrorCode::IntegrityFailed,
                     QCoreApplication::translate(
                         "SyncLinks", "The record of the last contact with the central service "
                                      "was changed outside the program."),
                     QStringLiteral("sync_link:1")};
    return found;
}

Result<QByteArray> SyncLinks::holderKeyIn(Store &store, QSqlDatabase &db, const Session &session) {
    Result<QSqlQuery *> q = store.exec(
        db, QStringLiteral("SELECT central_url, holder_key FROM sync_link WHERE id = 1"));
    if (!q)
        return q.error();
    if (!(*q)->next())
        return QByteArray();
    SyncLink link;
    link.url = (*q)->value(0).toString();
    const bool none = (*q)->value(1).isNull();
    const QByteArray sealed = (*q)->value(1).toByteArray();
    (*q)->finish();
    if (none) // enrolled before the holder key existed: no pseudonym until enrolled again
        return QByteArray();
    Result<QByteArray> key = session.openStationSecret(sealed, holderAad(link));
    if (!key)
        return linkChanged();
    return *key;
}

QString SyncLinks::holderOf(QByteArrayView key, const QString &normalizedId) {
    if (key.isEmpty())
        return {};
    const QByteArray message = QByteArray("holder") + '\0' + normalizedId.toLatin1();
    const QByteArray mac = Crypto::hmacSha256(key, message);
    return QString::fromLatin1(
        mac.left(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<QString> SyncLinks::pullCursor() {
    QString cursor = QStringLiteral("0");
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q =
            m_store.exec(db, QStringLiteral("SELECT pull_cursor FROM sync_link WHERE id = 1"));
        if (!q)
            return q.error();
        if ((*q)->next())
            cursor = (*q)->value(0).toString();
        (*q)->finish();
        return Done{};
    });
    if (!read)
        return read.error();
    return cursor;
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
