#include "core/workflows/offlinelimits.h"

#include "core/ports/clock.h"
#include "core/station/outbox.h"
#include "core/station/synclinks.h"

#include <algorithm>

namespace cc {

OfflineLimits::OfflineLimits(Store &store, AuditLog &audit, const Clock &clock,
                             EligibilityPolicy::Offline limits)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock)
    , m_limits(limits) {}

qint64 OfflineLimits::offlineMs(const SyncContact &contact, const QDateTime &wallNow,
                                const SteadyTime &steadyNow) {
    // The wall clock, but never earlier than the latest time already seen.
    const QDateTime now = std::max(wallNow, contact.highWater);
    qint64 offline = contact.at.msecsTo(now);
    // Within the same boot the steady clock cannot be set back.
    if (steadyNow.boot == contact.steady.boot && !steadyNow.boot.isEmpty())
        offline = std::max(offline, steadyNow.ms - contact.steady.ms);
    return std::max<qint64>(0, offline);
}

Status OfflineLimits::check(const Session &session) {
    if (m_limits.maxDays <= 0 && m_limits.maxUnsentEvents <= 0)
        return Done{};
    SyncLinks links(m_store, m_audit, m_clock);
    Result<std::optional<SyncContact>> contact = links.contact(session);
    if (!contact)
        return contact.error();
    if (!contact->has_value())
        return Done{}; // never enrolled: a stand-alone counter
    if (Status seen = links.noteClock(session); !seen)
        return seen;
    const qint64 days =
        offlineMs(**contact, m_clock.nowUtc(), m_clock.steadyNow()) / (24 * 3600 * 1000);
    if (m_limits.maxDays > 0 && days >= m_limits.maxDays)
        return Error{ErrorCode::WrongState,
                     tr("This station has not reached the central service for %1 days (the "
                        "limit is %2): no new card until it syncs. Connect the station and "
                        "wait for \"Online\" in the status bar.")
                         .arg(days)
                         .arg(m_limits.maxDays),
                     QStringLiteral("offline.maxDays")};
    Result<qint64> waiting = Outbox(m_store).waiting();
    if (!waiting)
        return waiting.error();
    if (m_limits.maxUnsentEvents > 0 && *waiting >= m_limits.maxUnsentEvents)
        return Error{ErrorCode::WrongState,
                     tr("%1 events wait to be sent to the central service (the limit is %2): no "
                        "new card until the station syncs.")
                         .arg(*waiting)
                         .arg(m_limits.maxUnsentEvents),
                     QStringLiteral("offline.maxUnsentEvents")};
    return Done{};
}

} // namespace cc
