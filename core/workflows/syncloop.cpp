#include "core/workflows/syncloop.h"

#include "core/workflows/logging.h"

#include <algorithm>

namespace cc {

Backoff::Backoff(int baseMs, int maxMs, std::uint32_t seed)
    : m_baseMs(std::max(1, baseMs))
    , m_maxMs(std::max(m_baseMs, maxMs))
    , m_random(seed) {}

int Backoff::nextMs() {
    const int shift = std::min(m_attempt++, 20);
    const qint64 ceiling = std::min<qint64>(m_maxMs, qint64(m_baseMs) << shift);
    return std::uniform_int_distribution<int>(0, int(ceiling))(m_random);
}

SyncLoop::SyncLoop(SyncPush &push, Backoff backoff, Sleep sleep)
    : m_push(push)
    , m_backoff(std::move(backoff))
    , m_sleep(std::move(sleep)) {}

Result<PushProgress> SyncLoop::runUntilSent(QDeadlineTimer deadline) {
    for (;;) {
        Result<PushProgress> tried = m_push.run();
        if (tried) {
            m_backoff.reset();
            return tried;
        }
        if (tried.error().code != ErrorCode::NetworkFailed)
            return tried;
        ++m_failures;
        const int wait = m_backoff.nextMs();
        qCDebug(lcSync) << "centre not reached; next try in" << wait << "ms";
        const qint64 left = deadline.isForever() ? wait : deadline.remainingTime();
        if (deadline.hasExpired() || !m_sleep(int(std::min<qint64>(wait, left))))
            return tried;
    }
}

} // namespace cc
