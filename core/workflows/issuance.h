#pragma once

#include "core/domain/carrier.h"
#include "core/domain/issuancestep.h"
#include "core/domain/result.h"
#include "core/station/production.h"

#include <QCoreApplication>

#include <functional>

namespace cc {

class AuditLog;
class CardEncoder;
class CardPrinter;
struct PrintJobRecord;
class Clock;
class Session;
class Store;

// What the workflow reports while it runs: each step once committed, and each
// device action between two commits.
struct IssuanceEvent {
    enum class Kind { Committed, CardFed, ChipWritten, FacePrinted };
    Kind kind = Kind::Committed;
    qint64 attemptId = 0;
    QString cardNumber;
    IssuanceStep step = IssuanceStep::Requested;
};

struct IssuanceOutcome {
    qint64 attemptId = 0;
    qint64 applicationId = 0;
    QString cardNumber;
    IssuanceStep end = IssuanceStep::Requested;  // Issued, Spoiled or Cancelled
    IssuanceStep from = IssuanceStep::Requested; // where recovery found it
    QByteArray chipUid;
    std::optional<Error> failure; // why it ended Spoiled or Cancelled
    QString faceOutput;           // where a proof printer wrote the face
};

// The durable issuance workflow: requested → encoding → encoded → printing →
// printed → issued. Each step is committed before the device is told to act
// and after it answers, so a crash at any point leaves a state that recovery
// can examine. Encode first (read back and verify), bind the chip UID, then
// print; on a failure the card goes to the reject tray and is recorded
// spoiled with the reason. Issuing commits the card, the stock movement, the
// block of a replaced card, the outbox event and the audit entry together.
class Issuance {
    Q_DECLARE_TR_FUNCTIONS(Issuance)

public:
    using Observer = std::function<void(const IssuanceEvent &)>;

    Issuance(Store &store, AuditLog &audit, const Clock &clock);

    // Produces the card of a received application. Device failures end the
    // attempt (Spoiled or Cancelled, with the failure) and are not errors of
    // this call; an error means nothing was started (permission, state, no
    // stock) or the store failed.
    Result<IssuanceOutcome> produce(const Session &session, qint64 applicationId, Carrier carrier,
                                    CardEncoder &encoder, CardPrinter &printer,
                                    const Observer &observer = {});

    // Attempts left unfinished by a crash or power cut, oldest first.
    Result<QList<ProductionAttempt>> unfinished();

    // Resolves every unfinished attempt: resumed to Issued where the devices
    // confirm how far it came (the card is at the encoder and its chip reads
    // back, or a card printer shows the card left it printed), otherwise
    // closed: Cancelled when the devices show no card was taken, Spoiled when
    // one was or nobody can tell.
    Result<QList<IssuanceOutcome>> recover(const Session &session, CardEncoder &encoder,
                                           CardPrinter &printer, const Observer &observer = {});

    // Prints the face of an issued card again (a damaged face) with the same
    // number and dates. The chip is not touched; no blank stock is used.
    Result<PrintJobRecord> reprintFace(const Session &session, const QString &cardNumber,
                                       CardPrinter &printer);

private:
    struct Job;
    Result<Job> prepare(const Session &session, const ProductionAttempt &attempt);
    IssuanceOutcome run(const Session &session, Job &job, IssuanceStep from, CardEncoder &encoder,
                        CardPrinter &printer, const Observer &observer);
    Status commitStep(const Session &session, Job &job, IssuanceStep to);
    Status commitIssued(const Session &session, Job &job);
    IssuanceOutcome close(const Session &session, Job &job, IssuanceStep end, const Error &why,
                          CardPrinter *rejectOn);

    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace cc
