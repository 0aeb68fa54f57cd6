#include "core/station/outbox.h"

#include "core/crypto/crypto.h"
#include "core/station/rows.h"
#include "core/station/store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace cc {
namespace {

// One number from a query that selects one.
Result<qint64> single(Store &store, const QString &sql) {
    std::optional<qint64> value;
    Status read = store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = store.exec(db, sql);
        if (!q)
            return q.error();
        value = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
        (*q)->finish();
        return Done{};
    });
    if (!read)
        return read.error();
    return *value;
}

} // namespace

Status Outbox::append(QSqlDatabase &db, const QString &at, const SyncEvent &event) {
    return appendAll(db, at, {event});
}

Status Outbox::appendAll(QSqlDatabase &db, const QString &at, const QList<SyncEvent> &events) {
    // Time-ordered (version 7, RFC 9562) UUIDs: 48 bits of Unix time in
    // milliseconds (of `at`), then 74 random bits, drawn for all the events at once.
    // Unique as version 4 is, but new ones sort after old ones, so the
    // unique index on them grows at its end instead of at random pages of a
    // store that holds years of events.
    constexpr int kUuidSize = 16;
    QByteArray random = Crypto::randomBytes(int(events.size()) * kUuidSize);
    const QDateTime time = QDateTime::fromString(at, Qt::ISODateWithMs);
    const quint64 ms =
        quint64(time.isValid() ? time.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
    QVariantList values;
    values.reserve(events.size() * 5);
    for (qsizetype i = 0; i < events.size(); ++i) {
        char *uuid = random.data() + i * kUuidSize;
        for (int b = 0; b < 6; ++b)
            uuid[b] = char(ms >> (8 * (5 - b)));
        uuid[6] = char((uuid[6] & 0x0F) | 0x70); // version 7
        uuid[8] = char((uuid[8] & 0x3F) | 0x80); // RFC 9562 variant
        const SyncEvent &event = events[i];
        values << QUuid::fromRfc4122(QByteArrayView(uuid, kUuidSize)).toString(QUuid::WithoutBraces)
               << at << eventTopicName(event.topic) << event.object << event.payloadJson();
    }
    return m_store.insertRows(db, QStringLiteral("outbox"),
                              {QStringLiteral("event_id"), QStringLiteral("at"),
                               QStringLiteral("topic"), QStringLiteral("object"),
                               QStringLiteral("payload")},
                              values);
}

Result<QList<PushedEvent>> Outbox::after(qint64 afterSeq, int limit) {
    QList<PushedEvent> events;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("SELECT id, event_id, at, topic, object, payload FROM outbox "
                           "WHERE id > ? ORDER BY id LIMIT ?"),
            {afterSeq, limit});
        if (!q)
            return q.error();
        RowReader row(**q, QStringLiteral("outbox"));
        while (row.next()) {
            PushedEvent e;
            e.seq = row.integer("id");
            e.id = QUuid::fromString(row.text("event_id"));
            e.at = QDateTime::fromString(row.text("at"), Qt::ISODateWithMs);
            const std::optional<EventTopic> topic = eventTopicFromName(row.text("topic"));
            e.payload = row.blob("payload"); // compact JSON, as Outbox::append wrote it
            if (e.id.isNull() || !e.at.isValid() || !topic || !e.payload.startsWith('{') ||
                !e.payload.endsWith('}'))
                return Error{ErrorCode::IntegrityFailed,
                             RowReader::tr("The store holds a value this program does not know "
                                           "(\"%1\"): the row was written by something else.")
                                 .arg(row.text("topic")),
                             QStringLiteral("outbox:%1").arg(e.seq)};
            e.topic = *topic;
            e.object = row.text("object");
            events << e;
        }
        return Done{};
    });
    if (!read)
        return read.error();
    return events;
}

Result<qint64> Outbox::acknowledgedThrough() {
    return single(m_store, QStringLiteral("SELECT coalesce(max(id), 0) FROM outbox WHERE "
                                          "acknowledged_at IS NOT NULL"));
}

Result<qint64> Outbox::waiting() {
    return single(m_store,
                  QStringLiteral("SELECT count(*) FROM outbox WHERE acknowledged_at IS NULL"));
}

Status Outbox::acknowledge(qint64 seq, const QString &at) {
    return m_store.write([&](QSqlDatabase &db) -> Status {
        return m_store.run(db,
                           QStringLiteral("UPDATE outbox SET acknowledged_at = ? WHERE id <= ? "
                                          "AND acknowledged_at IS NULL"),
                           {at, seq});
    });
}

} // namespace cc
