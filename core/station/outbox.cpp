#include "core/station/outbox.h"

#include "core/station/rows.h"
#include "core/station/store.h"

#include <QJsonDocument>
#include <QSqlQuery>

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
    return m_store.run(db,
                       QStringLiteral("INSERT INTO outbox (event_id, at, topic, object, payload) "
                                      "VALUES (?, ?, ?, ?, ?)"),
                       {QUuid::createUuid().toString(QUuid::WithoutBraces), at,
                        eventTopicName(event.topic), event.object, event.payloadJson()});
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
