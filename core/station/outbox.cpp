#include "core/station/outbox.h"

#include "core/station/store.h"

namespace cc {

Status Outbox::append(QSqlDatabase &db, const QString &at, const SyncEvent &event) {
    return m_store.run(
        db, QStringLiteral("INSERT INTO outbox (at, topic, object, payload) VALUES (?, ?, ?, ?)"),
        {at, eventTopicName(event.topic), event.object, event.payloadJson()});
}

} // namespace cc
