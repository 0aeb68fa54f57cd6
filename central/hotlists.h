#pragma once

#include "core/domain/result.h"
#include "core/protocol/hotlist.h"

namespace cc::central {

class PgConnection;

// The hotlist as partners get it (docs/sync-protocol.md, "Hotlist"). It is
// made when it is asked for, not when a station pushes: a publication takes,
// under one lock, the blocked, cancelled and replaced cards of the events
// committed since the last one (in their transactions' order, as the
// changes cursor reads them) and gives each the next version, so a partner
// that asks "since 41" never misses an entry a slow transaction committed
// after 42 was handed out, and a push does no hotlist work.
class Hotlists {
public:
    explicit Hotlists(PgConnection &db)
        : m_db(db) {}

    // Publishes what waits, then the entries after version `since` (all
    // with 0).
    Result<Hotlist> since(qint64 since);

private:
    PgConnection &m_db;
};

} // namespace cc::central
