#include "central/hotlists.h"

#include "central/pg.h"

namespace cc::central {
namespace {

// The cards blocked, cancelled or replaced in the events after the cursor,
// in their transactions' order, and only of transactions older than any
// still running (as GET /v1/changes): each gets the next version, the first
// event of a card wins, and the cursor moves past what was read.
const char *const kPublish =
    "WITH c AS (SELECT xid, station_id, station_seq FROM hotlist_cursor), "
    "src AS (SELECT e.xid, e.station_id, e.station_seq, e.at, e.topic, e.payload FROM events e, "
    "c WHERE (e.xid, e.station_id, e.station_seq) > (c.xid, c.station_id, c.station_seq) AND "
    "e.xid < pg_snapshot_xmin(pg_current_snapshot())), "
    "blocked AS (SELECT payload->>'cardNumber' AS card, at, CASE WHEN payload->>'reason' ~ "
    "'^[a-z-]{1,32}$' THEN payload->>'reason' ELSE 'blocked' END AS reason, xid, station_id, "
    "station_seq FROM src WHERE topic IN ('card.blocked', 'card.cancelled') UNION ALL "
    "SELECT payload->>'replaces', at, 'replaced', xid, station_id, station_seq FROM src WHERE "
    "topic = 'card.issued' AND payload->>'replaces' <> ''), "
    "firsts AS (SELECT DISTINCT ON (card) * FROM blocked WHERE card ~ '^[0-9]{16}$' ORDER BY "
    "card, xid, station_id, station_seq), "
    "ins AS (INSERT INTO hotlist (card_number, chip_uid, since, reason, version) SELECT f.card, "
    "coalesce(k.chip_uid, ''), f.at, f.reason, nextval('hotlist_version') FROM (SELECT * FROM "
    "firsts ORDER BY xid, station_id, station_seq) f LEFT JOIN cards k ON k.card_number = "
    "f.card ON CONFLICT (card_number) DO NOTHING) "
    "UPDATE hotlist_cursor h SET xid = l.xid, station_id = l.station_id, station_seq = "
    "l.station_seq FROM (SELECT xid, station_id, station_seq FROM src ORDER BY xid DESC, "
    "station_id DESC, station_seq DESC LIMIT 1) l";

} // namespace

Result<Hotlist> Hotlists::since(qint64 since) {
    if (since < 0)
        return Error{ErrorCode::BadValue, QStringLiteral("A hotlist version is 0 or more."),
                     QStringLiteral("since")};
    Status published = m_db.transaction([&]() -> Status {
        if (Status locked = m_db.run("SELECT pg_advisory_xact_lock(7201303)"); !locked)
            return locked;
        return m_db.run(kPublish);
    });
    if (!published)
        return published.error();
    Hotlist list;
    Status read = m_db.transaction([&]() -> Status {
        if (Status ok = m_db.run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"); !ok)
            return ok;
        Result<PgResult> head =
            m_db.exec("SELECT coalesce(max(version), 0), to_char(now() AT TIME ZONE 'UTC', "
                      "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM hotlist");
        if (!head)
            return head.error();
        list.version = std::max(head->integer(0, 0), since);
        list.since = since;
        list.generated = QDateTime::fromString(head->text(0, 1), Qt::ISODateWithMs);
        Result<PgResult> rows =
            m_db.exec("SELECT card_number, chip_uid, to_char(since AT TIME ZONE 'UTC', "
                      "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), reason, version FROM hotlist "
                      "WHERE version > $1 ORDER BY version",
                      {QByteArray::number(since)});
        if (!rows)
            return rows.error();
        list.entries.reserve(rows->rows());
        for (int r = 0; r < rows->rows(); ++r)
            list.entries.append({rows->text(r, 0), rows->text(r, 1),
                                 QDateTime::fromString(rows->text(r, 2), Qt::ISODateWithMs),
                                 rows->text(r, 3), rows->integer(r, 4)});
        return Done{};
    });
    if (!read)
        return read.error();
    return list;
}

} // namespace cc::central
