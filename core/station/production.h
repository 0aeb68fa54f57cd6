#pragma once

#include "core/domain/carrier.h"
#include "core/domain/issuancestep.h"
#include "core/domain/result.h"

#include <QCoreApplication>

namespace cc {

class AuditLog;
class Clock;
class Session;
class Store;

struct ProductionAttempt {
    qint64 id = 0;
    qint64 applicationId = 0;
    QString cardNumber;
    Carrier carrier = Carrier::EasyCard;
    IssuanceStep state = IssuanceStep::Requested;
};

// Card production attempts. Starting one allocates the card number in the
// same transaction that records the attempt, its outbox event and its audit
// entry: either all of it is committed or none, so a number once handed out
// is never handed out again — across crashes and across processes.
class Production {
    Q_DECLARE_TR_FUNCTIONS(Production)

public:
    Production(Store &store, AuditLog &audit, const Clock &clock);

    Result<ProductionAttempt> begin(const Session &session, qint64 applicationId, Carrier carrier);

private:
    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace cc
