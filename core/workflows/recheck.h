#pragma once

#include "core/domain/eligibilitypolicy.h"
#include "core/domain/result.h"

namespace cc {

class AuditLog;
class Clock;
class RegistryGateway;
class Session;
class Store;

// The re-check of offline applications (docs/domain.md, "Offline and
// sync"): once the registry can be asked, each application whose
// eligibility rested on documents seen offline is decided again on the
// registry's facts, for its card type on its own date. A failure raises a
// flag for the station's supervisors and marks the application; either
// outcome goes to the centre (application.rechecked). An application whose
// registry lookup fails stays pending for the next round.
class Recheck {
public:
    Recheck(Store &store, AuditLog &audit, const Clock &clock, RegistryGateway &registry,
            EligibilityPolicy policy);

    struct Outcome {
        int passed = 0;
        int failed = 0;
        int pending = 0; // the registry could not be asked
    };
    // Needs an operator who may read applicants (the ID number is the key
    // the registry is asked by); for others it does nothing.
    Result<Outcome> run(const Session &session);

private:
    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
    RegistryGateway &m_registry;
    EligibilityPolicy m_policy;
};

} // namespace cc
