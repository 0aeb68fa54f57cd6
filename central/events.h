#pragma once

#include "core/domain/result.h"
#include "core/protocol/push.h"

#include <QJsonObject>

namespace cc::central {

class PgConnection;

// The events stations push, held exactly once and in each station's order.
class Events {
public:
    explicit Events(PgConnection &db)
        : m_db(db) {}

    // Takes `batch` from the enrolled station `station` (its certificate's
    // name; the batch must name the same). Events the centre already holds
    // are checked to be the same events (same ID at the same place) and not
    // written again; the new ones are written in one transaction. A batch
    // that starts beyond the next expected event is refused (WrongState)
    // with what the centre holds, so the station resends from there.
    // `body` is the request `batch` was read from (PushBatch::fromJson): the
    // rows are written from it by PostgreSQL in one statement.
    Result<PushAnswer> take(const QString &station, const PushBatch &batch, const QByteArray &body);

    // Up to `limit` events of the other stations that change a card, after
    // `cursor` ("0" for the start), in the order their transactions wrote
    // them, and only from transactions older than any still running: a row
    // that commits late has an older transaction ID than what is served
    // after it, so it is never skipped (docs/sync-protocol.md). The answer's
    // "next" is the cursor for the next call.
    Result<QJsonObject> changesFor(const QString &station, const QString &cursor, int limit);

    // How far the centre holds `station`'s events; NotFound when it is not
    // enrolled.
    Result<qint64> heldThrough(const QString &station);

private:
    PgConnection &m_db;
};

} // namespace cc::central
