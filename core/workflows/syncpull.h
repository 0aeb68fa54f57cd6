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
    int flags = 0; // flags raised for this station
};

// Reads what the centre has for this station since the last pull: cards
// other stations issued, blocked or cancelled (RemoteCards), and flags for
// its supervisors (Flags). Each page is applied in one transaction with the
// cursor that follows it, so a page is applied once and none is skipped.
class SyncPull {
public:
    SyncPull(Store &store, AuditLog &audit, const Clock &clock, SyncTransport &transport,
             int pageSize = ChangesPage::kMaxChanges);

    Result<PullProgress> run(const Session &session);

private:
    Status apply(const Session &session, const ChangesPage &page, PullProgress &progress);

    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
    SyncTransport &m_transport;
    int m_pageSize;
};

} // namespace cc
