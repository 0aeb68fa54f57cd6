#pragma once

#include "core/domain/result.h"
#include "core/protocol/syncevent.h"

class QSqlDatabase;

namespace cc {

class Store;

// The station's outbox: the events the central service is to hear of. An
// event is appended in the same transaction as the change it tells of, so
// either both are in the store or neither is.
class Outbox {
public:
    explicit Outbox(Store &store)
        : m_store(store) {}

    // Appends `event` at `at` (ISO 8601 UTC) inside the caller's transaction.
    Status append(QSqlDatabase &db, const QString &at, const SyncEvent &event);

private:
    Store &m_store;
};

} // namespace cc
