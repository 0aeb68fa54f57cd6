#pragma once

#include "core/domain/result.h"
#include "core/protocol/changes.h"

namespace cc {

class AuditLog;
class Clock;
class Session;
class Store;
class SyncTransport;

struct PullProgress {
    int pages = 0;
    int changes = 0;
    int flags = 0;           // flags raised for this station
    int preApplications = 0; // pre-applications fetched for this office
};

// Reads what the centre has for this station since the last pull: cards
// other stations issued, blocked or cancelled (RemoteCards), flags for its
// supervisors (Flags), the city's policies (CentralPolicies) and the
// pre-applications made online for its office (PreApplications). Each page is applied in one
// transaction with the cursor that follows it, so a page is applied once and none is skipped.
class SyncPull {
public:
    SyncPull(Store &store, AuditLog &audit, const Clock &clock, SyncTransport &transport,
             int pageSize = ChangesPage::kMaxChanges);

    Result<PullProgress> run(const Session &session);

private:
    Status apply(const Session &session, const ChangesPage &page, PullProgress &progress);
    // The documents of the pre-applications noted and not yet fetched, when
    // the session may hold personal data.
    Status fetchPreApplications(const Session &session, PullProgress &progress);

    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
    SyncTransport &m_transport;
    int m_pageSize;
};

} // namespace cc
