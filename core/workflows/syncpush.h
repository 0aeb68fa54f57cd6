#pragma once

#include "core/domain/result.h"
#include "core/protocol/push.h"

#include <QString>

namespace cc {

class Clock;
class Store;
class SyncTransport;

// How far a push got.
struct PushProgress {
    int batches = 0;        // requests answered
    qint64 heldThrough = 0; // the newest event the centre holds
    qint64 waiting = 0;     // events still to send
};

// Sends the station's outbox to the centre: the events after the last one
// acknowledged, in order, in batches; each batch is marked acknowledged only
// on the centre's answer, so a lost answer means the same events are sent
// again, and the centre keeps them once (docs/sync-protocol.md). Runs on the
// sync worker or the command line, on a connection of its own.
class SyncPush {
public:
    SyncPush(Store &store, const Clock &clock, QString station, SyncTransport &transport,
             int batchSize = PushBatch::kMaxEvents);

    // Until nothing waits, or the first error (the events not yet answered
    // stay waiting; run again later).
    Result<PushProgress> run();

private:
    Store &m_store;
    const Clock &m_clock;
    QString m_station;
    SyncTransport &m_transport;
    int m_batchSize;
};

} // namespace cc
