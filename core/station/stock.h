#pragma once

#include "core/domain/carrier.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QMap>

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

private:
    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace cc
