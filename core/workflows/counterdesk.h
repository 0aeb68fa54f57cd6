#pragma once

#include "core/domain/carrier.h"
#include "core/domain/result.h"
#include "core/ports/stationdevices.h"
#include "core/workflows/batchrun.h"
#include "core/workflows/counter.h"
#include "core/workflows/issuance.h"
#include "core/workflows/offlinelimits.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cc {

// The devices a call works on, chosen on the devices panel. Passed by value
// to every call, so a worker never reads what the panel is changing.
struct DeviceChoice {
    QString reader;         // the encoder's reader; empty: the only one
    QString printer;        // the card printer; empty: the configured default
    QString receiptPrinter; // a system queue, or "pdf:PATH"; empty: the default queue
};

// What F9 did: the outcome, and the application it produced (recorded even
// when production failed, so F9 again produces the same one).
struct ProduceResult {
    Result<IssuanceOutcome> outcome;
    qint64 applicationId = 0;
};

// The counter's use cases that reach the station's devices, one object per
// station, for the GUI's counter and the command line alike: produce a card
// (F9), resolve what a crash left unfinished, link a citizen's own card,
// reprint a face, print the receipt. Each call may block on a device: run it
// off the GUI thread. The desk holds only references and the policy, so
// several workers may call it at once.
class CounterDesk {
    Q_DECLARE_TR_FUNCTIONS(CounterDesk)

public:
    CounterDesk(Store &store, AuditLog &audit, const Clock &clock, EligibilityPolicy policy,
                StationDevices &devices);

    const EligibilityPolicy &policy() const { return m_counter.policy(); }
    // The transactions that need no device (applications, lost, cancel, cards).
    Counter &counter() { return m_counter; }

    // A new application (taken first) or the one already recorded
    // (`applicationId`: a replacement, a conversion, or F9 again), produced on
    // the chosen encoder and printer.
    ProduceResult produce(const Session &session,
                          const std::optional<CounterApplication> &application,
                          qint64 applicationId, Carrier carrier, const DeviceChoice &devices,
                          const Issuance::Observer &observer = {});

    // An approved batch produced card by card on the chosen devices
    // (BatchRun); the station's offline limit holds as for a walk-in.
    Result<BatchRunReport> produceBatch(const Session &session, qint64 batchId, Carrier carrier,
                                        const DeviceChoice &devices, const BatchRun::Hooks &hooks);
    // The batch's hand-over list (Batches::handOver) on the receipt printer.
    Status printHandOver(const Session &session, qint64 batchId, const DeviceChoice &devices);

    // Attempts a crash left unfinished, resolved on the chosen devices; empty
    // when there are none (the devices are then not opened).
    Result<QList<IssuanceOutcome>> recoverUnfinished(const Session &session,
                                                     const DeviceChoice &devices,
                                                     const Issuance::Observer &observer = {});

    // Links the card on the chosen reader; returns the card number allocated.
    Result<QString> linkOwnCard(const Session &session, const CounterApplication &application,
                                Carrier carrier, const DeviceChoice &devices);

    // Prints the face of an issued card again on the chosen printer.
    Status reprintFace(const Session &session, const QString &cardNumber,
                       const DeviceChoice &devices);

    // The A4 receipt the applicant signs for card `cardNumber`, as the store
    // holds it (type, carrier, dates), with the applicant's name and masked ID
    // number, printed on the chosen receipt printer.
    Status printReceipt(const Session &session, qint64 applicationId, const QString &cardNumber,
                        const QString &name, const QString &nationalId,
                        const DeviceChoice &devices);
    Result<Receipt> receiptFor(const Session &session, qint64 applicationId,
                               const QString &cardNumber, const QString &name,
                               const QString &nationalId);
    // The citizen's proof that card `cardNumber` is reported lost and
    // blocked (after Counter::reportLost), on the chosen receipt printer.
    Status printLostReport(const Session &session, const QString &cardNumber, const QString &name,
                           const QString &nationalId, const DeviceChoice &devices);
    // A receipt or proof printed before (Receipts::forCards), printed again
    // as a copy: the same number and time, marked with when it was printed again.
    Status reprintReceipt(const Session &session, qint64 receiptId, const QString &name,
                          const QString &nationalId, const DeviceChoice &devices);

private:
    Result<Receipt> receiptHeader(const Session &session, const CardSummary &card,
                                  const QString &name, const QString &nationalId);
    Result<Receipt> lostProof(const Session &session, const QString &cardNumber,
                              const QString &name, const QString &nationalId);
    // Numbered and kept, printed, audited; the number given back if it did not print.
    Status printKept(const Session &session, Receipt receipt, qint64 copyOf,
                     const DeviceChoice &devices);
    // The chosen encoder and printer, opened; the first that cannot be says why.
    struct StationPair {
        std::unique_ptr<CardEncoder> encoder;
        std::unique_ptr<CardPrinter> printer;
    };
    Result<StationPair> openStation(const DeviceChoice &devices);

    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
    Counter m_counter;
    Issuance m_issuance;
    OfflineLimits m_offline;
    StationDevices &m_devices;
};

} // namespace cc
