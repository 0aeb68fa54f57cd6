#pragma once

#include "core/domain/result.h"
#include "core/protocol/hotlist.h"

namespace cc::central {

class PgConnection;

// The hotlist as partners get it (docs/sync-protocol.md, "Hotlist"). An
// entry gets its version when it is published, not when it is written: a
// publication numbers, under one lock, the entries committed since the last
// one, so a partner that asks "since 41" never misses an entry a slow
// transaction committed after 42 was handed out.
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
