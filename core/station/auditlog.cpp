#include "core/station/auditlog.h"

#include "core/crypto/crypto.h"
#include "core/ports/clock.h"
#include "core/station/logging.h"
#include "core/station/rows.h"
#include "core/station/session.h"
#include "core/station/store.h"

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

struct Anchor {
    qint64 seq = 0;
    QByteArray mac;
    qint64 outbox = 0;    // the newest outbox event at the anchor
    qint64 operators = 0; // the newest operator at the anchor
};

QByteArray anchorMessage(const QString &stationId, const Anchor &a) {
    QByteArray message("anchor");
    appendField(message, stationId.toUtf8());
    appendField(message, QByteArray::number(a.seq));
    appendField(message, a.mac);
    appendField(message, QByteArray::number(a.outbox));
    appendField(message, QByteArray::number(a.operators));
    return message;
}

// The newest row of each table that only keyed use cases append to.
Result<std::pair<qint64, qint64>> newestRows(Store &store, QSqlDatabase &db) {
    Result<QSqlQuery *> q =
        store.exec(db, QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM outbox) AS outbox, "
                                      "(SELECT coalesce(max(id), 0) FROM operators) AS operators"));
    if (!q)
        return q.error();
    RowReader row(**q, QStringLiteral("station"), "");
    row.next();
    return std::pair{row.integer("outbox"), row.integer("operators")};
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
    RowReader row(**q, QStringLiteral("station"), "station_id");
    if (!row.next())
        return Error{ErrorCode::IntegrityFailed,
                     AuditLog::tr("The store has no station record; it was never set up."),
                     store.path()};
    return ChainState{row.blob("audit_key"), row.text("station_id"), row.integer("audit_head_seq"),
                      row.blob("audit_head_mac"), row.blob("audit_head_tag")};
}

} // namespace

AuditLog::AuditLog(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock) {}

QByteArray AuditLog::newKey() {
    return Crypto::randomBytes(32);
}

Status AuditLog::append(QSqlDatabase &db, const AuditEvent &event, const Session *by) {
    return appendAll(db, {event}, by);
}

Status AuditLog::appendAll(QSqlDatabase &db, const QList<AuditEvent> &events, const Session *by) {
    if (events.isEmpty())
        return Done{};
    Result<ChainState> chain = loadChain(m_store, db);
    if (!chain)
        return chain.error();
    // Chain from the station's record of the last entry, not from whatever the
    // table ends with now, so an entry deleted from the end stays detectable.
    qint64 seq = chain->headSeq;
    QByteArray mac = chain->headMac;
    const QString at = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    QVariantList rows;
    rows.reserve(events.size() * 9);
    for (const AuditEvent &event : events) {
        const Entry e{++seq,
                      at,
                      chain->stationId,
                      event.operatorName.isEmpty() ? QStringLiteral("-") : event.operatorName,
                      text(event.action),
                      text(event.object),
                      text(event.outcome),
                      text(event.detail)};
        mac = entryMac(chain->key, mac, e);
        rows << e.seq << e.at << e.stationId << e.operatorName << e.action << e.object << e.outcome
             << e.detail << mac;
        qCDebug(lcAudit).noquote() << e.seq << e.action << e.object << e.outcome;
    }
    if (Status inserted = m_store.insertRows(
            db, QStringLiteral("audit_entries"),
            {QStringLiteral("seq"), QStringLiteral("at"), QStringLiteral("station_id"),
             QStringLiteral("operator"), QStringLiteral("action"), QStringLiteral("object"),
             QStringLiteral("outcome"), QStringLiteral("detail"), QStringLiteral("mac")},
            rows);
        !inserted)
        return inserted;
    Status head = m_store.run(
        db,
        QStringLiteral(
            "UPDATE station SET audit_head_seq = ?, audit_head_mac = ?, audit_head_tag = ?"),
        {seq, mac, headTag(chain->key, seq, mac)});
    if (!head)
        return head.error();
    if (by && by->isUnlocked())
        if (Status ok = anchor(db, *by, seq, mac); !ok)
            return ok;
    return Done{};
}

// Called after the use case's own writes (every use case appends its entry
// last), so the newest outbox event and operator are those it made.
Status AuditLog::anchor(QSqlDatabase &db, const Session &by, qint64 seq, const QByteArray &mac) {
    Result<std::pair<qint64, qint64>> newest = newestRows(m_store, db);
    if (!newest)
        return newest.error();
    const Anchor a{seq, mac, newest->first, newest->second};
    Status q = m_store.run(
        db,
        QStringLiteral("UPDATE station SET anchor_seq = ?, anchor_mac = ?, anchor_outbox = ?, "
                       "anchor_operators = ?, anchor_tag = ?"),
        {a.seq, a.mac, a.outbox, a.operators, by.integrityTag(anchorMessage(by.stationId(), a))});
    if (!q)
        return q.error();
    return Done{};
}

Status AuditLog::verifyAnchor(QSqlDatabase &db, const Session &by) {
    const auto broken = [](const QString &problem) {
        return Error{ErrorCode::IntegrityFailed, problem, QStringLiteral("audit_entries")};
    };
    Result<QSqlQuery *> q = m_store.exec(
        db, QStringLiteral("SELECT anchor_seq, anchor_mac, anchor_outbox, anchor_operators, "
                           "anchor_tag FROM station"));
    if (!q)
        return q.error();
    RowReader station(**q, QStringLiteral("station"), "");
    if (!station.next())
        return broken(tr("The store has no station record; it was never set up."));
    const Anchor a{station.integer("anchor_seq"), station.blob("anchor_mac"),
                   station.integer("anchor_outbox"), station.integer("anchor_operators")};
    const QByteArray tag = station.blob("anchor_tag");
    if (tag.isEmpty() || a.seq < 1 ||
        !Crypto::constantTimeEquals(tag, by.integrityTag(anchorMessage(by.stationId(), a))))
        return broken(tr("The log's keyed anchor is missing or does not match: the log or the "
                         "station record was rewritten outside the program."));
    Result<QSqlQuery *> entry =
        m_store.exec(db, QStringLiteral("SELECT mac FROM audit_entries WHERE seq = ?"), {a.seq});
    if (!entry)
        return entry.error();
    if (!(*entry)->next() || (*entry)->value(0).toByteArray() != a.mac)
        return broken(tr("Entry %1, the last one written by a logged-in operator, is missing or "
                         "changed: the log was emptied, shortened or rolled back.")
                          .arg(a.seq));
    Result<QSqlQuery *> after =
        m_store.exec(db,
                     QStringLiteral("SELECT min(seq) FROM audit_entries WHERE seq > ? AND "
                                    "outcome = 'ok'"),
                     {a.seq});
    if (!after)
        return after.error();
    if ((*after)->next() && !(*after)->value(0).isNull())
        return broken(tr("Entry %1 follows the last keyed entry (%2) and records a success that no "
                         "logged-in operator sealed: it was added outside the program.")
                          .arg((*after)->value(0).toLongLong())
                          .arg(a.seq));
    Result<std::pair<qint64, qint64>> newest = newestRows(m_store, db);
    if (!newest)
        return newest.error();
    if (newest->first != a.outbox || newest->second != a.operators)
        return broken(tr("The log ends before the newest changes in the store (outbox %1, "
                         "operators %2; the log's anchor knows %3 and %4): its newest entries "
                         "were removed, or an older log was copied in.")
                          .arg(newest->first)
                          .arg(newest->second)
                          .arg(a.outbox)
                          .arg(a.operators));
    return Done{};
}

Status AuditLog::record(const AuditEvent &event, const Session *by) {
    return m_store.write([&](QSqlDatabase &db) { return append(db, event, by); });
}

Status AuditLog::authorize(const Session &session, Permission permission, const QString &action,
                           const QString &object) {
    Status allowed = session.require(permission);
    if (!allowed) {
        qCInfo(lcAuth).noquote() << "refused" << action << "to operator" << session.operatorId();
        if (Status recorded = record({session.username(), action, object, QStringLiteral("denied"),
                                      errorCodeName(allowed.error().code)},
                                     &session);
            !recorded)
            return recorded;
    }
    return allowed;
}

Result<AuditLog::Verification> AuditLog::verify(const Session *by) {
    Result<Verification> result = Error{};
    if (Status read = m_store.read([&](QSqlDatabase &db) -> Status {
            result = verifyIn(db);
            if (result && !result->firstBadEntry && by) {
                if (Status anchored = verifyAnchor(db, *by); !anchored) {
                    if (anchored.error().code != ErrorCode::IntegrityFailed)
                        return anchored;
                    Verification v = *result;
                    v.firstBadEntry = v.entries + 1;
                    v.problem = anchored.error().message;
                    result = v;
                }
            }
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
    RowReader row(**q, QStringLiteral("audit_entries"), "seq");
    Verification v;
    QByteArray previousMac;
    qint64 expected = 1;
    while (row.next()) {
        const Entry e{row.integer("seq"),   row.text("at"),     row.text("station_id"),
                      row.text("operator"), row.text("action"), row.text("object"),
                      row.text("outcome"),  row.text("detail")};
        const QByteArray mac = row.blob("mac");
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
    // A set-up station has entries from its first transaction on.
    if (v.entries == 0) {
        v.firstBadEntry = 1;
        v.problem = tr("The log is empty, but setting up the station wrote its first entries: "
                       "it was emptied.");
        return v;
    }
    if ((chain->headMac != previousMac ||
         !Crypto::constantTimeEquals(chain->headTag,
                                     headTag(chain->key, v.entries, previousMac)))) {
        v.firstBadEntry = v.entries;
        v.problem = tr("The record of the last entry (%1) does not match the log.").arg(v.entries);
    }
    return v;
}

} // namespace cc
