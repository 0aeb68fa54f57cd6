#pragma once

#include "core/domain/eligibilitypolicy.h"
#include "core/domain/result.h"
#include "core/workflows/recheck.h"
#include "core/workflows/syncpull.h"
#include "core/workflows/syncpush.h"

namespace cc {

class AuditLog;
class Clock;
class RegistryGateway;
class Session;
class Store;
class SyncTransport;

struct SyncRoundResult {
    PushProgress pushed;
    Recheck::Outcome rechecked;
    PullProgress pulled;
};

// One round of sync, the same from the GUI's worker and from `sync run`:
// push the outbox; re-check offline applications against the registry (when
// one is given); push what the re-check wrote; pull what the centre has for
// the station. The first error stops the round (the next one starts over;
// every step is idempotent).
class SyncRound {
public:
    SyncRound(Store &store, AuditLog &audit, const Clock &clock, SyncTransport &transport,
              RegistryGateway *registry, EligibilityPolicy policy);

    Result<SyncRoundResult> run(const Session &session);

private:
    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
    SyncTransport &m_transport;
    RegistryGateway *m_registry;
    EligibilityPolicy m_policy;
};

} // namespace cc
