#include "core/workflows/syncround.h"

#include "core/station/session.h"
#include "core/workflows/logging.h"

namespace cc {

SyncRound::SyncRound(Store &store, AuditLog &audit, const Clock &clock, SyncTransport &transport,
                     RegistryGateway *registry, EligibilityPolicy policy)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock)
    , m_transport(transport)
    , m_registry(registry)
    , m_policy(std::move(policy)) {}

Result<SyncRoundResult> SyncRound::run(const Session &session) {
    SyncRoundResult result;
    SyncPush push(m_store, m_clock, session.stationId(), m_transport);
    Result<PushProgress> pushed = push.run();
    if (!pushed)
        return pushed.error();
    result.pushed = *pushed;
    if (m_registry) {
        // The re-check never holds up the pull: what it could not do waits.
        Result<Recheck::Outcome> rechecked =
            Recheck(m_store, m_audit, m_clock, *m_registry, m_policy).run(session);
        if (!rechecked)
            qCWarning(lcSync) << "re-check stopped:" << errorCodeName(rechecked.error().code);
        result.rechecked = rechecked.value_or(Recheck::Outcome{});
        if (result.rechecked.passed + result.rechecked.failed > 0) {
            Result<PushProgress> again = push.run();
            if (!again)
                return again.error();
            result.pushed.batches += again->batches;
            result.pushed.heldThrough = again->heldThrough;
            result.pushed.waiting = again->waiting;
        }
    }
    Result<PullProgress> pulled = SyncPull(m_store, m_audit, m_clock, m_transport).run(session);
    if (!pulled)
        return pulled.error();
    result.pulled = *pulled;
    return result;
}

} // namespace cc
