#pragma once

#include "core/domain/carrier.h"
#include "core/workflows/issuance.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace cc {

class AuditLog;
class CardEncoder;
class CardPrinter;
class Clock;
class Session;
class Store;

// Where a batch run is, after each card.
struct BatchProgress {
    int done = 0;  // cards finished (issued or skipped) in this run
    int total = 0; // cards waiting when the run started
    int issued = 0;
    int spoiled = 0; // blank cards used up by failures
    int skipped = 0;
    qint64 applicationId = 0; // the card just finished
    IssuanceStep step = IssuanceStep::Requested;
    double secondsLeft = 0; // at the pace so far
};

struct BatchRunReport {
    qint64 batchId = 0;
    int total = 0;
    int issued = 0;
    int spoiled = 0;
    int cancelled = 0;                         // attempts that ended before a blank was taken
    QList<std::pair<qint64, QString>> skipped; // application, why
    QList<IssuanceOutcome> recovered;          // what a crash had left, resolved first
    bool paused = false;                       // stopped between cards when asked
    std::optional<Error> stoppedBy;            // why the run stopped before the end

    QJsonObject toJson() const;
};

// Produces an approved batch card by card through the same issuance workflow
// as the counter (encode, bind the UID, print; a failure rejects the card and
// counts it spoiled). What a crash left unfinished is resolved first, so a run
// after a power cut resumes at the right card; each card is one durable
// attempt, so no number is used twice and the stock reconciles. A card whose
// chip failed is retried (at most kMaxAttempts tries), skipped (its
// application stays waiting for the next run) or ends the run, as the
// operator chooses; a refusal that no retry can fix (no photo, a face that
// cannot be printed) skips the card. A fault of the station's devices (feeder,
// ribbon, jam, cover, a printer that does not answer), running out of stock,
// or the store failing stops the run, saying what to do: the next run goes on
// with that card. Pausing stops cleanly between two cards.
class BatchRun {
    Q_DECLARE_TR_FUNCTIONS(BatchRun)

public:
    enum class Choice { Retry, Skip, Stop };
    struct Hooks {
        // A card's attempt failed (`attempt` counts from 1): what now. Unset: stop.
        std::function<Choice(qint64 applicationId, const IssuanceOutcome &failed, int attempt)>
            onFailure;
        std::function<void(const BatchProgress &)> progress;
        std::function<bool()> pauseRequested; // asked before each card
        Issuance::Observer observer;          // each card's steps
    };

    BatchRun(Store &store, AuditLog &audit, const Clock &clock);

    Result<BatchRunReport> run(const Session &session, qint64 batchId, Carrier carrier,
                               CardEncoder &encoder, CardPrinter &printer, const Hooks &hooks);

private:
    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace cc
