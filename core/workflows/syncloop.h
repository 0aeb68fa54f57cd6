#pragma once

#include "core/domain/result.h"
#include "core/workflows/syncpush.h"

#include <QDeadlineTimer>

#include <functional>
#include <random>

namespace cc {

// How long to wait before the next try after the centre could not be
// reached: "full jitter" (a random wait up to an exponentially growing
// ceiling), so stations that lost the centre together do not come back
// together. The ceiling starts at `baseMs` and stops growing at `maxMs`.
class Backoff {
public:
    explicit Backoff(int baseMs = 500, int maxMs = 60000,
                     std::uint32_t seed = std::random_device{}());

    int nextMs();
    void reset() { m_attempt = 0; }

private:
    int m_baseMs;
    int m_maxMs;
    int m_attempt = 0;
    std::mt19937 m_random;
};

// Pushes until nothing waits: a failure to reach the centre (NetworkFailed)
// waits its backoff and tries again; any other error (a refusal, a damaged
// store) stops, as retrying would not change it. `sleep` waits and returns
// false when the loop should stop early (the station is closing).
class SyncLoop {
public:
    using Sleep = std::function<bool(int ms)>;

    SyncLoop(SyncPush &push, Backoff backoff, Sleep sleep);

    // The progress of the last try, or the error that stopped the loop, or
    // the last network error when `deadline` passed.
    Result<PushProgress> runUntilSent(QDeadlineTimer deadline = QDeadlineTimer::Forever);
    int failures() const { return m_failures; } // tries that could not reach the centre

private:
    SyncPush &m_push;
    Backoff m_backoff;
    Sleep m_sleep;
    int m_failures = 0;
};

} // namespace cc
