#include "central/events.h"

#include "central/ledger.h"
#include "central/pg.h"
#include "core/protocol/changes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>

namespace cc::central {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("Events", text);
}

} // namespace

Result<QJsonObject> Events::changesFor(const QString &station, const QString &cursor, int limit) {
    // The cursor is "XID.STATION.SEQ" of the last change served, or "0".
    QString xid = QStringLiteral("0"), from, seq = QStringLiteral("0");
    if (cursor != u"0") {
        const QStringList parts = cursor.split(QLatin1Char('.'));
        bool xidOk = false, seqOk = false;
        (void)parts.value(0).toULongLong(&xidOk);
        (void)parts.value(2).toLongLong(&seqOk);
        if (parts.size() != 3 || !xidOk || !seqOk || parts[1].size() > 32)
            return Error{ErrorCode::BadValue, tr("Not a cursor this centre gave."),
                         QStringLiteral("since")};
        xid = parts[0];
        from = parts[1];
        seq = parts[2];
    }
    Result<PgResult> rows = m_db.exec(
        "SELECT xid::text, station_id, station_seq, topic, object, payload::text FROM events "
        "WHERE ((topic IN ('card.issued', 'card.linked', 'card.blocked', 'card.cancelled') "
        "AND station_id <> $1) OR (topic IN ('flag.raised', 'preapplication.received') AND "
        "station_id = 'centre' AND payload->>'for' = $1) OR (topic = 'policy.published' AND "
        "station_id = 'centre')) "
        "AND xid < pg_snapshot_xmin(pg_current_snapshot()) "
        "AND (xid, station_id, station_seq) > ($2::xid8, $3, $4::bigint) "
        "ORDER BY xid, station_id, station_seq LIMIT $5",
        {station.toUtf8(), xid.toUtf8(), from.toUtf8(), seq.toUtf8(),
         QByteArray::number(std::clamp(limit, 1, 1000))});
    if (!rows)
        return rows.error();
    QJsonArray changes;
    QString next = cursor;
    qsizetype bytes = 0;
    for (int r = 0; r < rows->rows(); ++r) {
        // A page stays well within what a station reads (ChangesPage::kMaxBodyBytes).
        bytes += rows->bytes(r, 5).size() + 128;
        if (r > 0 && bytes > ChangesPage::kMaxBodyBytes / 2)
            break;
        changes.append(QJsonObject{
            {QStringLiteral("station"), rows->text(r, 1)},
            {QStringLiteral("topic"), rows->text(r, 3)},
            {QStringLiteral("object"), rows->text(r, 4)},
            {QStringLiteral("payload"), QJsonDocument::fromJson(rows->bytes(r, 5)).object()}});
        next = QStringLiteral("%1.%2.%3").arg(rows->text(r, 0), rows->text(r, 1), rows->text(r, 2));
    }
    return QJsonObject{{QStringLiteral("changes"), changes}, {QStringLiteral("next"), next}};
}

Result<qint64> Events::heldThrough(const QString &station) {
    Result<PgResult> r =
        m_db.exec("SELECT held_through FROM stations WHERE station_id = $1", {station.toUtf8()});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return Error{ErrorCode::NotFound, tr("The station is not enrolled."), station};
    return r->integer(0, 0);
}

Result<PushAnswer> Events::take(const QString &station, const PushBatch &batch,
                                const QByteArray &body) {
    if (batch.station != station)
        return Error{ErrorCode::Refused, tr("A station pushes only its own events."),
                     QStringLiteral("$.station")};
    PushAnswer answer{station, 0};
    Status done = m_db.transaction([&]() -> Status {
        // Each statement sees what committed before it (the ledger's holder
        // locks rely on it), whatever the database's default isolation.
        if (Status rc = m_db.run("SET TRANSACTION ISOLATION LEVEL READ COMMITTED"); !rc)
            return rc;
        // The station's row, locked: its batches are taken one at a time
        // (NO KEY: rows that only refer to the station are not held up).
        Result<PgResult> row = m_db.exec(
            "SELECT held_through, revoked_at IS NOT NULL FROM stations WHERE station_id = $1 "
            "FOR NO KEY UPDATE",
            {station.toUtf8()});
        if (!row)
            return row.error();
        if (row->rows() == 0 || row->bytes(0, 1) == "t")
            return Error{ErrorCode::Refused, tr("The station is not enrolled or was revoked."),
                         station};
        const qint64 held = row->integer(0, 0);
        answer.heldThrough = held;
        const qint64 first = batch.events.first().seq;
        const qint64 last = batch.events.last().seq;
        if (first > held + 1)
            return Error{ErrorCode::WrongState,
                         tr("The centre holds this station's events up to %1; the batch starts "
                            "at %2.")
                             .arg(held)
                             .arg(first),
                         QStringLiteral("$.events[0].seq")};
        const QByteArray heldText = QByteArray::number(held);
        // Sent again (the answer was lost): the same events must be there.
        if (first <= held) {
            Result<PgResult> same = m_db.exec(
                "SELECT count(*) FROM jsonb_array_elements($2::jsonb->'events') AS s(e) "
                "JOIN events v ON v.station_id = $1 AND v.station_seq = (s.e->>'seq')::bigint "
                "AND v.event_id = (s.e->>'id')::uuid WHERE (s.e->>'seq')::bigint <= $3",
                {station.toUtf8(), body, heldText});
            if (!same)
                return same.error();
            if (same->integer(0, 0) != std::min(last, held) - first + 1)
                return Error{ErrorCode::AlreadyExists,
                             tr("The centre holds other events at these places of the station's "
                                "order: was the station restored from a backup?"),
                             QStringLiteral("$.events")};
        }
        if (last <= held)
            return Done{};
        Result<PgResult> inserted = m_db.exec(
            "INSERT INTO events (event_id, station_id, station_seq, at, topic, object, payload) "
            "SELECT id, $1, seq, at, topic, object, payload FROM jsonb_to_recordset($2::jsonb->"
            "'events') AS n(id uuid, seq bigint, at timestamptz, topic text, object text, "
            "payload jsonb) WHERE seq > $3 ON CONFLICT DO NOTHING",
            {station.toUtf8(), body, heldText});
        if (!inserted)
            return inserted.error();
        if (inserted->affected() != last - held)
            return Error{ErrorCode::AlreadyExists,
                         tr("An event ID of the batch is already held for another event."),
                         QStringLiteral("$.events")};
        answer.heldThrough = last;
        if (Status derived = Ledger(m_db).apply(station, batch, held); !derived)
            return derived;
        return m_db.run("UPDATE stations SET held_through = $2 WHERE station_id = $1",
                        {station.toUtf8(), QByteArray::number(last)});
    });
    if (!done)
        return done.error();
    return answer;
}

} // namespace cc::central
