#pragma once

#include "core/domain/eligibilitypolicy.h"
#include "core/domain/result.h"

#include <QCoreApplication>

namespace cc {

class AuditLog;
class Clock;
class Session;
class Store;
struct SteadyTime;
struct SyncContact;

// The policy's offline limits (EligibilityPolicy::Offline): an enrolled
// station that has not reached the central service for too long, or holds
// too many unsent events, produces no new card until it syncs. Time offline
// is counted from the last contact by the wall clock and by the steady
// clock, whichever is longer, and never less than the latest wall time seen:
// setting the PC's clock back does not extend it. A station never enrolled
// has no such limit.
class OfflineLimits {
    Q_DECLARE_TR_FUNCTIONS(OfflineLimits)

public:
    OfflineLimits(Store &store, AuditLog &audit, const Clock &clock,
                  EligibilityPolicy::Offline limits);

    // Done within the limits; WrongState naming the limit otherwise;
    // IntegrityFailed when the record of the last contact was changed.
    Status check(const Session &session);

    // How long the station has been offline, by the rule above.
    static qint64 offlineMs(const SyncContact &contact, const QDateTime &wallNow,
                            const SteadyTime &steadyNow);

private:
    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
    EligibilityPolicy::Offline m_limits;
};

} // namespace cc
