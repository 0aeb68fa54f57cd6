#pragma once

#include "core/domain/result.h"

#include <QString>

namespace cc {
struct PushBatch;
}

namespace cc::central {

class PgConnection;

// What only the centre can see, kept from the events a station pushes, in
// the transaction that takes them (docs/sync-protocol.md, "What the centre
// derives"):
// - applications and cards by holder pseudonym, with their state;
// - a conflict flag to both stations when one holder has two active
//   personal cards, and a re-check flag when a station reports that the
//   registry did not confirm an offline application;
// - a flag resolved at its station, resolved here.
// Reads the events it was given from the events table (station, seq range),
// so the body is parsed once.
class Ledger {
public:
    explicit Ledger(PgConnection &db)
        : m_db(db) {}

    Status apply(const QString &station, const PushBatch &batch, qint64 after);

private:
    PgConnection &m_db;
};

} // namespace cc::central
