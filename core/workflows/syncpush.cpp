#include "core/workflows/syncpush.h"

#include "core/ports/clock.h"
#include "core/ports/synctransport.h"
#include "core/station/outbox.h"
#include "core/workflows/logging.h"

#include <QCoreApplication>

#include <algorithm>

namespace cc {

SyncPush::SyncPush(Store &store, const Clock &clock, QString station, SyncTransport &transport,
                   int batchSize)
    : m_store(store)
    , m_clock(clock)
    , m_station(std::move(station))
    , m_transport(transport)
    , m_batchSize(std::clamp(batchSize, 1, PushBatch::kMaxEvents)) {}

Result<PushProgress> SyncPush::run() {
    Outbox outbox(m_store);
    PushProgress progress;
    Result<qint64> acknowledged = outbox.acknowledgedThrough();
    if (!acknowledged)
        return acknowledged.error();
    qint64 marked = *acknowledged;
    qint64 from = marked;
    progress.heldThrough = from;
    int stalled = 0;
    for (;;) {
        Result<QList<PushedEvent>> events = outbox.after(from, m_batchSize);
        if (!events)
            return events.error();
        if (events->isEmpty())
            break;
        Result<PushAnswer> answer = m_transport.push({m_station, *events});
        if (!answer)
            return answer.error();
        ++progress.batches;
        const qint64 held = answer->heldThrough;
        const qint64 last = events->last().seq;
        // The centre holds up to `held`: what this batch added, or less when
        // the batch started beyond it (then the events from there go again).
        const qint64 through = std::min(held, last);
        if (through > marked) {
            if (Status ok =
                    outbox.acknowledge(through, m_clock.nowUtc().toString(Qt::ISODateWithMs));
                !ok)
                return ok.error();
            marked = through;
        }
        progress.heldThrough = held;
        stalled = through <= from ? stalled + 1 : 0;
        if (stalled > 2)
            return Error{ErrorCode::WrongState,
                         QCoreApplication::translate(
                             "SyncPush", "The central service holds this station's events up "
                                         "to %1 and takes none after it.")
                             .arg(held),
                         QStringLiteral("central")};
        from = through;
        qCDebug(lcSync) << "pushed through" << through << "of" << last;
    }
    Result<qint64> waiting = outbox.waiting();
    if (!waiting)
        return waiting.error();
    progress.waiting = *waiting;
    return progress;
}

} // namespace cc
