#include "core/workflows/syncpush.h"

#include "core/ports/clock.h"
#include "core/ports/synctransport.h"
#include "core/station/outbox.h"
#include "core/workflows/logging.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <algorithm>
#include <future>

namespace cc {

SyncPush::SyncPush(Store &store, const Clock &clock, QString station, SyncTransport &transport,
                   int batchSize)
    : m_store(store)
    , m_clock(clock)
    , m_station(std::move(station))
    , m_transport(transport)
    , m_batchSize(std::clamp(batchSize, 1, PushBatch::kMaxEvents)) {}

namespace {

// A batch read from the outbox and written as JSON, ready to go.
struct Batch {
    qint64 first = 0;
    qint64 last = 0; // 0: nothing waits
    QByteArray json;
};

// What the helper thread prepared while a batch was on its way: the
// acknowledgement of the one before it, and the batch after it.
struct Prepared {
    Status acknowledged = Done{};
    Result<Batch> next = Batch{};
};

} // namespace

Result<PushProgress> SyncPush::run() {
    Outbox outbox(m_store);
    PushProgress progress;
    Result<qint64> acknowledged = outbox.acknowledgedThrough();
    if (!acknowledged)
        return acknowledged.error();
    qint64 marked = *acknowledged; // acknowledged in the store
    qint64 held = marked;          // held by the centre, as it last answered
    progress.heldThrough = held;
    const auto acknowledge = [&](qint64 through) -> Status {
        if (through <= marked)
            return Done{};
        return outbox.acknowledge(through, m_clock.nowUtc().toString(Qt::ISODateWithMs));
    };
    // One helper thread (one store connection of its own): while a batch is
    // on its way it marks the previous one and reads the next, so the
    // station's work overlaps the centre's.
    const auto batchAfter = [&](qint64 seq) -> Result<Batch> {
        Result<QList<PushedEvent>> events = outbox.after(seq, m_batchSize);
        if (!events)
            return events.error();
        if (events->isEmpty())
            return Batch{};
        const qint64 first = events->first().seq, last = events->last().seq;
        return Batch{first, last, PushBatch{m_station, std::move(events).value()}.toJson()};
    };
    QThreadPool helper;
    helper.setMaxThreadCount(1);
    helper.setExpiryTimeout(-1);
    Result<Batch> batch = batchAfter(held);
    int stalled = 0;
    while (batch && batch->last > 0) {
        const qint64 last = batch->last;
        std::promise<Prepared> promise;
        std::future<Prepared> prepared = promise.get_future();
        helper.start([&, last, through = held] {
            Prepared p;
            p.acknowledged = acknowledge(through);
            p.next = batchAfter(last);
            promise.set_value(std::move(p));
        });
        Result<PushAnswer> answer = m_transport.push(batch->json);
        Prepared ready = prepared.get();
        if (!ready.acknowledged)
            return ready.acknowledged.error();
        marked = std::max(marked, held);
        if (!answer)
            return answer.error();
        ++progress.batches;
        // The centre holds up to its answer: this batch, or less when the
        // batch started beyond it (then the events from there go again).
        const qint64 through = std::min(answer->heldThrough, last);
        stalled = through <= held ? stalled + 1 : 0;
        if (stalled > 2)
            return Error{ErrorCode::WrongState,
                         QCoreApplication::translate(
                             "SyncPush", "The central service holds this station's events up "
                                         "to %1 and takes none after it.")
                             .arg(answer->heldThrough),
                         QStringLiteral("central")};
        progress.heldThrough = answer->heldThrough;
        batch = through == last ? std::move(ready.next) : batchAfter(through);
        held = through;
        qCDebug(lcSync) << "pushed through" << through << "of" << last;
    }
    if (!batch)
        return batch.error();
    if (Status ok = acknowledge(held); !ok)
        return ok.error();
    Result<qint64> waiting = outbox.waiting();
    if (!waiting)
        return waiting.error();
    progress.waiting = *waiting;
    return progress;
}

} // namespace cc
