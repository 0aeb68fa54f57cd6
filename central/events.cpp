#include "central/events.h"

#include "central/pg.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>

namespace cc::central {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("Events", text);
}

// A PostgreSQL array literal of text values, bound as one parameter: each
// element quoted, quotes and backslashes escaped (the values are ours, but a
// bound array never mixes data and SQL either way).
QByteArray arrayOf(const QList<QByteArray> &values) {
    QByteArray out("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        out += '"';
        for (char c : values[i]) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    out += '}';
    return out;
}

} // namespace

Result<qint64> Events::heldThrough(const QString &station) {
    Result<PgResult> r =
        m_db.exec("SELECT held_through FROM stations WHERE station_id = $1", {station.toUtf8()});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return Error{ErrorCode::NotFound, tr("The station is not enrolled."), station};
    return r->integer(0, 0);
}

Result<PushAnswer> Events::take(const QString &station, const PushBatch &batch) {
    if (batch.station != station)
        return Error{ErrorCode::Refused, tr("A station pushes only its own events."),
                     QStringLiteral("$.station")};
    PushAnswer answer{station, 0};
    Status done = m_db.transaction([&]() -> Status {
        // The station's row, locked: its batches are taken one at a time.
        Result<PgResult> row = m_db.exec(
            "SELECT held_through, revoked_at IS NOT NULL FROM stations WHERE station_id = $1 "
            "FOR UPDATE",
            {station.toUtf8()});
        if (!row)
            return row.error();
        if (row->rows() == 0 || row->bytes(0, 1) == "t")
            return Error{ErrorCode::Refused, tr("The station is not enrolled or was revoked."),
                         station};
        const qint64 held = row->integer(0, 0);
        answer.heldThrough = held;
        const qint64 first = batch.events.first().seq;
        if (first > held + 1)
            return Error{ErrorCode::WrongState,
                         tr("The centre holds this station's events up to %1; the batch starts "
                            "at %2.")
                             .arg(held)
                             .arg(first),
                         QStringLiteral("$.events[0].seq")};
        QList<QByteArray> ids, seqs, ats, topics, objects, payloads, heldIds, heldSeqs;
        for (const PushedEvent &e : batch.events) {
            const QByteArray id = e.id.toByteArray(QUuid::WithoutBraces);
            const QByteArray seq = QByteArray::number(e.seq);
            if (e.seq <= held) {
                heldIds << id;
                heldSeqs << seq;
                continue;
            }
            ids << id;
            seqs << seq;
            ats << e.at.toUTC().toString(Qt::ISODateWithMs).toUtf8();
            topics << eventTopicName(e.topic).toUtf8();
            objects << e.object.toUtf8();
            payloads << QJsonDocument(e.payload).toJson(QJsonDocument::Compact);
        }
        // Sent again (the answer was lost): the same events must be there.
        if (!heldIds.isEmpty()) {
            Result<PgResult> same = m_db.exec(
                "SELECT count(*) FROM events e JOIN unnest($2::uuid[], $3::bigint[]) AS s(id, seq) "
                "ON e.event_id = s.id AND e.station_seq = s.seq WHERE e.station_id = $1",
                {station.toUtf8(), arrayOf(heldIds), arrayOf(heldSeqs)});
            if (!same)
                return same.error();
            if (same->integer(0, 0) != heldIds.size())
                return Error{ErrorCode::AlreadyExists,
                             tr("The centre holds other events at these places of the station's "
                                "order: was the station restored from a backup?"),
                             QStringLiteral("$.events")};
        }
        if (ids.isEmpty())
            return Done{};
        Result<PgResult> inserted = m_db.exec(
            "INSERT INTO events (event_id, station_id, station_seq, at, topic, object, payload) "
            "SELECT id, $1, seq, at, topic, object, payload FROM unnest($2::uuid[], "
            "$3::bigint[], $4::timestamptz[], $5::text[], $6::text[], $7::jsonb[]) AS "
            "n(id, seq, at, topic, object, payload) ON CONFLICT DO NOTHING",
            {station.toUtf8(), arrayOf(ids), arrayOf(seqs), arrayOf(ats), arrayOf(topics),
             arrayOf(objects), arrayOf(payloads)});
        if (!inserted)
            return inserted.error();
        if (inserted->affected() != ids.size())
            return Error{ErrorCode::AlreadyExists,
                         tr("An event ID of the batch is already held for another event."),
                         QStringLiteral("$.events")};
        answer.heldThrough = batch.events.last().seq;
        return m_db.run("UPDATE stations SET held_through = $2 WHERE station_id = $1",
                        {station.toUtf8(), QByteArray::number(answer.heldThrough)});
    });
    if (!done)
        return done.error();
    return answer;
}

} // namespace cc::central
