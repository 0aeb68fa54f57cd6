#include "core/station/flags.h"

#include "core/domain/cardnumber.h"
#include "core/domain/cardtype.h"
#include "core/ports/clock.h"
#include "core/protocol/syncevent.h"
#include "core/station/auditlog.h"
#include "core/station/outbox.h"
#include "core/station/rows.h"
#include "core/station/session.h"
#include "core/station/store.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace cc {
namespace {

constexpr qsizetype kMaxReason = 256;

QString cardTypeName(const QJsonValue &code) {
    const std::optional<CardType> type = CardTypes::fromCode(code.toString());
    return type ? CardTypes::displayName(*type) : code.toString();
}

} // namespace

Flags::Flags(Store &store, AuditLog &audit, const Clock &clock)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock) {}

QString Flags::kindCode(FlagKind kind) {
    return kind == FlagKind::Conflict ? QStringLiteral("conflict") : QStringLiteral("recheck");
}

std::optional<FlagKind> Flags::kindFromCode(QStringView code) {
    if (code == u"conflict")
        return FlagKind::Conflict;
    if (code == u"recheck")
        return FlagKind::Recheck;
    return std::nullopt;
}

QString Flags::describe(const Flag &flag) {
    const QJsonObject &f = flag.facts;
    if (flag.kind == FlagKind::Conflict)
        return tr("One person holds two active personal cards: %1 (%2, station %3) and %4 (%5, "
                  "station %6). Cancel or block one of them.")
            .arg(CardNumber::grouped(f.value(QStringLiteral("card")).toString()),
                 cardTypeName(f.value(QStringLiteral("cardType"))),
                 f.value(QStringLiteral("station")).toString(),
                 CardNumber::grouped(f.value(QStringLiteral("otherCard")).toString()),
                 cardTypeName(f.value(QStringLiteral("otherCardType"))),
                 f.value(QStringLiteral("otherStation")).toString());
    return tr("Re-check failed for application %1 (%2): the registry does not confirm the "
              "documents recorded offline. %3")
        .arg(f.value(QStringLiteral("application")).toVariant().toString(),
             cardTypeName(f.value(QStringLiteral("cardType"))),
             f.value(QStringLiteral("registrySays")).toString());
}

Status Flags::raiseIn(QSqlDatabase &db, const QString &key, FlagKind kind, const QString &object,
                      const QJsonObject &facts, const QString &now) {
    return m_store.run(db,
                       QStringLiteral("INSERT OR IGNORE INTO flags (flag_key, kind, object, "
                                      "facts, raised_at) VALUES (?, ?, ?, ?, ?)"),
                       {key, kindCode(kind), object,
                        QString::fromUtf8(QJsonDocument(facts).toJson(QJsonDocument::Compact)),
                        now});
}

Result<QList<Flag>> Flags::list(const Session &session, bool openOnly) {
    if (Status ok = session.require(Permission::ResolveFlags); !ok)
        return ok.error();
    QList<Flag> flags;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db, QStringLiteral("SELECT id, flag_key, kind, object, facts, raised_at, resolved_at, "
                               "resolved_by, resolution FROM flags %1 ORDER BY id DESC")
                    .arg(openOnly ? QStringLiteral("WHERE resolved_at IS NULL") : QString()));
        if (!q)
            return q.error();
        RowReader row(**q, QStringLiteral("flags"));
        while (row.next()) {
            const std::optional<FlagKind> kind = kindFromCode(row.text("kind"));
            if (!kind)
                return Error{
                    ErrorCode::IntegrityFailed,
                    tr("Flag %1 is of a kind this program does not know.").arg(row.integer("id")),
                    QStringLiteral("flags:%1.kind").arg(row.integer("id"))};
            flags.append({row.integer("id"), row.text("flag_key"), *kind, row.text("object"),
                          QJsonDocument::fromJson(row.text("facts").toUtf8()).object(),
                          QDateTime::fromString(row.text("raised_at"), Qt::ISODateWithMs),
                          QDateTime::fromString(row.text("resolved_at"), Qt::ISODateWithMs),
                          row.text("resolved_by"), row.text("resolution")});
        }
        return Done{};
    });
    if (!read)
        return read.error();
    return flags;
}

Result<qint64> Flags::openCount() {
    qint64 open = 0;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db, QStringLiteral("SELECT count(*) FROM flags WHERE resolved_at IS NULL"));
        if (!q)
            return q.error();
        if ((*q)->next())
            open = (*q)->value(0).toLongLong();
        (*q)->finish();
        return Done{};
    });
    if (!read)
        return read.error();
    return open;
}

Status Flags::resolve(const Session &session, qint64 id, const QString &because) {
    const QString object = QStringLiteral("flag:%1").arg(id);
    if (Status ok = m_audit.authorize(session, Permission::ResolveFlags,
                                      QStringLiteral("flag.resolve"), object);
        !ok)
        return ok;
    const QString reason = because.simplified();
    if (reason.isEmpty())
        return Error{ErrorCode::MissingField, tr("Say why the flag is resolved."),
                     QStringLiteral("because")};
    if (reason.size() > kMaxReason)
        return Error{ErrorCode::BadValue,
                     tr("The reason is longer than %1 characters.").arg(kMaxReason),
                     QStringLiteral("because")};
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    return m_store.write([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("UPDATE flags SET resolved_at = ?, resolved_by = ?, resolution = ? "
                           "WHERE id = ? AND resolved_at IS NULL RETURNING flag_key, kind, "
                           "object"),
            {now, session.username(), reason, id});
        if (!q)
            return q.error();
        if (!(*q)->next())
            return Error{ErrorCode::NotFound, tr("There is no open flag %1.").arg(id), object};
        const QString key = (*q)->value(0).toString(), kind = (*q)->value(1).toString(),
                      subject = (*q)->value(2).toString();
        (*q)->finish();
        // The centre keeps every flag (its own by number, the station's by
        // subject): it is closed there too.
        const qint64 centreFlag = key.startsWith(u"centre:") ? key.mid(7).toLongLong() : 0;
        if (Status sent = Outbox(m_store).append(
                db, now,
                SyncEvent::flagResolved(centreFlag, kind, centreFlag ? QString() : subject,
                                        reason));
            !sent)
            return sent;
        return m_audit.append(
            db,
            {session.username(), QStringLiteral("flag.resolve"), object, QStringLiteral("ok"), key},
            &session);
    });
}

} // namespace cc
