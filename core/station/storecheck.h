#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace cc {

class AuditLog;
class Session;
class Store;

struct StoreCheckReport {
    int schemaVersion = 0;
    qint64 auditEntries = 0;
    qint64 cardNumbers = 0;
    QStringList problems; // each names the table, row or entry concerned
    bool keyed = false;   // the seals and the log's anchor were checked too

    bool ok() const { return problems.isEmpty(); }
};

// "store check": SQLite's own integrity and foreign-key checks, the schema
// version, the card numbering (valid check digits, no number used twice, the
// sequence ahead of every number used), the blank-card stock (every attempt
// booked as used, spoiled or neither as its end says) and the audit chain.
// With a logged-in operator (`by`) also what needs the integrity key: the
// seals of the station, of every operator and of every batch, and the log's
// keyed anchor.
class StoreCheck {
    Q_DECLARE_TR_FUNCTIONS(StoreCheck)

public:
    static Result<StoreCheckReport> run(Store &store, AuditLog &audit, const Session *by = nullptr);
};

} // namespace cc
