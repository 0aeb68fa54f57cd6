#pragma once

#include "core/domain/carrier.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QMap>

class QSqlDatabase;

namespace cc {

class AuditLog;
class Clock;
class Session;
class Store;

struct StockLevel {
    qint64 received = 0;
    qint64 used = 0;
    qint64 spoiled = 0;
    qint64 returned = 0;
    qint64 onHand() const { return received - used - spoiled - returned; }
};

// Blank-card stock per carrier, kept as movements (received, used, spoiled,
// returned) so the count on hand always reconciles with what happened.
class Stock {
    Q_DECLARE_TR_FUNCTIONS(Stock)

public:
    Stock(Store &store, AuditLog &audit, const Clock &clock);

    Status receive(const Session &session, Carrier carrier, int quantity, const QString &note);
    Result<QMap<QString, StockLevel>> levels(); // by carrier code
    // The same inside the caller's read or write transaction.
    static Result<QMap<QString, StockLevel>> levelsIn(Store &store, QSqlDatabase &db);

    // Inside the caller's transaction: one line of the stock log. `movement`
    // is "received", "used" or "spoiled"; `attempt` the production attempt a
    // card was used or spoiled by (0 for a delivery).
    static Status record(Store &store, QSqlDatabase &db, Carrier carrier, const char *movement,
                         int quantity, qint64 attempt, const QString &note, qint64 operatorId,
                         const QString &now);

private:
    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace cc
