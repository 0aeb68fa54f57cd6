#pragma once

#include "core/domain/result.h"
#include "core/protocol/push.h"
#include "core/protocol/syncevent.h"

class QSqlDatabase;

namespace cc {

class Store;

// The station's outbox: the events the central service is to hear of. An
// event is appended in the same transaction as the change it tells of, so
// either both are in the store or neither is; it is marked acknowledged when
// the centre answers that it holds it, and never deleted before.
class Outbox {
public:
    explicit Outbox(Store &store)
        : m_store(store) {}

    // Appends `event` at `at` (ISO 8601 UTC) inside the caller's transaction,
    // with a new UUID as its stable ID.
    Status append(QSqlDatabase &db, const QString &at, const SyncEvent &event);
    // The same for many events, in order.
    Status appendAll(QSqlDatabase &db, const QString &at, const QList<SyncEvent> &events);

    // Up to `limit` events after `afterSeq`, in order: what the next push sends.
    Result<QList<PushedEvent>> after(qint64 afterSeq, int limit);
    // The newest event the centre has acknowledged (0: none).
    Result<qint64> acknowledgedThrough();
    // Every event up to `seq` is held by the centre, as it answered at `at`.
    Status acknowledge(qint64 seq, const QString &at);
    // Events not yet acknowledged.
    Result<qint64> waiting();

private:
    Store &m_store;
};

} // namespace cc
