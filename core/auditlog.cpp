#include "core/auditlog.h"

#include "core/clock.h"
#include "core/crypto.h"
#include "core/logging.h"
#include "core/session.h"
#include "core/store.h"

#include <QtEndian>

namespace cc {
namespace {

struct ChainState {
    QByteArray key;
    QString stationId;
    qint64 headSeq = 0;
    QByteArray headMac; // the mac of the last entry appended
    QByteArray headTag;
};

struct Entry {
    qint64 seq = 0;
    QString at, stationId, operatorName, action, object, outcome, detail;
};

void appendField(QByteArray &out, QByteArrayView field) {
    char length[4];
    qToBigEndian(quint32(field.size()), length);
    out.append(length, 4).append(field);
}

// SQLite stores a null QString as NULL; the log's columns are NOT NULL.
QString text(const QString &s) {
    return s.isNull() ? QStringLiteral("") : s;
}

QByteArray entryMac(const QByteArray &key, const QByteArray &previousMac, const Entry &e) {
    QByteArray message = previousMac;
    appendField(message, QByteArray::number(e.seq));
    for (const QString *field :
         {&e.at, &e.stationId, &e.operatorName, &e.action, &e.object, &e.outcome, &e.detail})
        appendField(message, field->toUtf8());
    return Crypto::hmacSha256(key, message);
}

QByteArray headTag(const QByteArray &key, qint64 seq, const QByteArray &mac) {
    QByteArray message("head");
    appendField(message, QByteArray::number(seq));
    appendField(message, mac);
    return Crypto::hmacSha256(key, message);
}

Result<ChainState> loadChain(Store &store, QSqlDatabase &db) {
    Result<QSqlQuery *> q = store.exec(
        db, QStringLiteral(
                "SELECT audit_key, station_id, audit_head_seq, audit_head_mac, audit_head_tag "
                "FROM station"));
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    if (!query.next())
        return Error{ErrorCode::IntegrityFailed,
                     AuditLog::tr("The store has no station record; it was never set up."),
                     store.path()};
    return ChainState{query.value(0).toByteArray(), query.value(1).toString(),
                      query.value(2).toLongLong(), query.value(3).toByteArray(),
                      query.value(4).toByteArray()};
}

} // namespace

AuditLog::AuditLog(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock) {}

QByteArray AuditLog::newKey() {
    return Crypto::randomBytes(32);
}

Status AuditLog::append(QSqlDatabase &db, const AuditEvent &event) {
    Result<ChainState> chain = loadChain(m_store, db);
    if (!chain)
        return chain.error();
    // Chain from the station's record of the last entry, not from whatever the
    // table ends with now, so an entry deleted from the end stays detectable.
    const QByteArray &previousMac = chain->headMac;
    const Entry e{chain->headSeq + 1,
                  m_clock.nowUtc().toString(Qt::ISODateWithMs),
                  chain->stationId,
                  event.operatorName.isEmpty() ? QStringLiteral("-") : event.operatorName,
                  text(event.action),
                  text(event.object),
                  text(event.outcome),
                  text(event.detail)};
    const QByteArray mac = entryMac(chain->key, previousMac, e);
    Result<QSqlQuery *> inserted = m_store.exec(
        db,
        QStringLiteral("INSERT INTO audit_entries (seq, at, station_id, operator, action, object, "
                       "outcome, detail, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.seq, e.at, e.stationId, e.operatorName, e.action, e.object, e.outcome, e.detail, mac});
    if (!inserted)
        return inserted.error();
    Result<QSqlQuery *> head = m_store.exec(
        db,
        QStringLiteral(
            "UPDATE station SET audit_head_seq = ?, audit_head_mac = ?, audit_head_tag = ?"),
        {e.seq, mac, headTag(chain->key, e.seq, mac)});
    if (!head)
        return head.error();
    qCDebug(lcAudit).noquote() << e.seq << e.action << e.object << e.outcome;
    return Done{};
}

Status AuditLog::record(const AuditEvent &event) {
    return m_store.write([&](QSqlDatabase &db) { return append(db, event); });
}

Status AuditLog::authorize(const Session &session, Permission permission, const QString &action,
                           const QString &object) {
    Status allowed = session.require(permission);
    if (!allowed) {
        qCInfo(lcAuth).noquote() << "refused" << action << "to operator" << session.operatorId();
        if (Status recorded = record({session.username(), action, object, QStringLiteral("denied"),
                                      errorCodeName(allowed.error().code)});
            !recorded)
            return recorded;
    }
    return allowed;
}

Result<AuditLog::Verification> AuditLog::verify() {
    Result<Verification> result = Error{};
    if (Status read = m_store.read([&](QSqlDatabase &db) -> Status {
            result = verifyIn(db);
            return Done{};
        });
        !read)
        return read.error();
    return result;
}

Result<AuditLog::Verification> AuditLog::verifyIn(QSqlDatabase &db) {
    Result<ChainState> chain = loadChain(m_store, db);
    if (!chain)
        return chain.error();
    Result<QSqlQuery *> q = m_store.exec(
        db, QStringLiteral("SELECT seq, at, station_id, operator, action, object, outcome, "
                           "detail, mac FROM audit_entries ORDER BY seq"));
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    Verification v;
    QByteArray previousMac;
    qint64 expected = 1;
    while (query.next()) {
        const Entry e{query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toString(),   query.value(3).toString(),
                      query.value(4).toString(),   query.value(5).toString(),
                      query.value(6).toString(),   query.value(7).toString()};
        const QByteArray mac = query.value(8).toByteArray();
        if (e.seq != expected) {
            v.firstBadEntry = expected;
            v.problem = tr("Entry %1 is missing: the log goes from entry %2 to entry %3.")
                            .arg(expected)
                            .arg(expected - 1)
                            .arg(e.seq);
            return v;
        }
        if (!Crypto::constantTimeEquals(mac, entryMac(chain->key, previousMac, e))) {
            v.firstBadEntry = e.seq;
            v.problem = tr("Entry %1 does not match its seal: it, or its place in the log, "
                           "was changed.")
                            .arg(e.seq);
            return v;
        }
        previousMac = mac;
        v.entries = e.seq;
        ++expected;
    }
    if (chain->headSeq > v.entries) {
        v.firstBadEntry = v.entries + 1;
        v.problem = tr("Entry %1 is missing: the log ends at entry %2 but reached entry %3.")
                        .arg(v.entries + 1)
                        .arg(v.entries)
                        .arg(chain->headSeq);
        return v;
    }
    if (chain->headSeq < v.entries) {
        v.firstBadEntry = chain->headSeq + 1;
        v.problem = tr("Entry %1 was added outside the program.").arg(chain->headSeq + 1);
        return v;
    }
    if (v.entries > 0 && (chain->headMac != previousMac ||
                          !Crypto::constantTimeEquals(
                              chain->headTag, headTag(chain->key, v.entries, previousMac)))) {
        v.firstBadEntry = v.entries;
        v.problem = tr("The record of the last entry (%1) does not match the log.").arg(v.entries);
    }
    return v;
}

} // namespace cc
