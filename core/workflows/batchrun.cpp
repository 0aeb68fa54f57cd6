#include "core/workflows/batchrun.h"

#include "core/domain/objects.h"
#include "core/ports/cardprinter.h"
#include "core/station/auditlog.h"
#include "core/station/batches.h"
#include "core/station/session.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace cc {
namespace {

// Tries of one card in a run, whatever the operator answers.
constexpr int kMaxAttempts = 5;

// A refusal before any card was taken that trying again cannot change: the
// card is skipped with the reason, the run goes on.
bool cardCannotBeMade(ErrorCode code) {
    return code == ErrorCode::MissingField || code == ErrorCode::BadValue ||
           code == ErrorCode::WrongState || code == ErrorCode::AlreadyExists;
}

// A fault of the station's devices rather than of the card: every next card
// would meet it too (and a ribbon or jam fault would spoil each one), so the
// run stops and says what to do.
bool stationFault(ErrorCode code) {
    switch (code) {
    case ErrorCode::FeederEmpty:
    case ErrorCode::RibbonOut:
    case ErrorCode::CoverOpen:
    case ErrorCode::CardJam:
    case ErrorCode::DeviceNotFound:
    case ErrorCode::ServiceUnavailable:
    case ErrorCode::DeviceBusy:
    case ErrorCode::DeviceTimeout:
    case ErrorCode::DeviceFailed:
        return true;
    default:
        return false;
    }
}

bool ended(IssuanceStep step) {
    return step == IssuanceStep::Issued || step == IssuanceStep::Spoiled ||
           step == IssuanceStep::Cancelled;
}

Error unfinishedError(const IssuanceOutcome &o) {
    return Error{o.failure ? o.failure->code : ErrorCode::StoreFailed,
                 BatchRun::tr("Card %1 was left unfinished (%2); run card recover before going "
                              "on.")
                     .arg(o.cardNumber, o.failure ? o.failure->message : QString()),
                 Objects::attempt(o.attemptId)};
}

} // namespace

QJsonObject BatchRunReport::toJson() const {
    QJsonArray skips;
    for (const auto &[application, why] : skipped)
        skips.append(QJsonObject{{QStringLiteral("application"), application},
                                 {QStringLiteral("why"), why}});
    QJsonObject out{{QStringLiteral("batch"), batchId},
                    {QStringLiteral("total"), total},
                    {QStringLiteral("issued"), issued},
                    {QStringLiteral("spoiled"), spoiled},
                    {QStringLiteral("cancelled"), cancelled},
                    {QStringLiteral("skipped"), skips},
                    {QStringLiteral("recovered"),
                     [this] {
                         QJsonArray list;
                         for (const IssuanceOutcome &o : recovered)
                             list.append(
                                 QJsonObject{{QStringLiteral("attempt"), o.attemptId},
                                             {QStringLiteral("application"), o.applicationId},
                                             {QStringLiteral("cardNumber"), o.cardNumber},
                                             {QStringLiteral("end"), issuanceStepName(o.end)}});
                         return list;
                     }()},
                    {QStringLiteral("paused"), paused}};
    if (stoppedBy)
        out.insert(QStringLiteral("stoppedBy"), stoppedBy->toString());
    return out;
}

BatchRun::BatchRun(Store &store, AuditLog &audit, const Clock &clock)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock) {}

Result<BatchRunReport> BatchRun::run(const Session &session, qint64 batchId, Carrier carrier,
                                     CardEncoder &encoder, CardPrinter &printer,
                                     const Hooks &hooks) {
    const QString action = QStringLiteral("batch.produce");
    if (Status ok =
            m_audit.authorize(session, Permission::ProduceCards, action, Objects::batch(batchId));
        !ok)
        return ok.error();
    Batches batches(m_store, m_audit, m_clock);
    Result<BatchSummary> batch = batches.show(session, batchId);
    if (!batch)
        return batch.error();
    if (!batch->sealed)
        return Error{ErrorCode::IntegrityFailed,
                     tr("The batch does not match its seal: it was changed outside the program."),
                     Objects::batch(batchId)};
    if (batch->status != BatchStatus::Approved && batch->status != BatchStatus::InProduction)
        return Error{ErrorCode::WrongState,
                     tr("The batch is %1: its cards are made once a supervisor has approved it.")
                         .arg(States::displayName(batch->status)),
                     Objects::batch(batchId)};

    BatchRunReport report;
    report.batchId = batchId;
    Issuance issuance(m_store, m_audit, m_clock);
    // A crash or power cut mid-batch: the card it left is resolved first.
    Result<QList<IssuanceOutcome>> recovered =
        issuance.recover(session, encoder, printer, hooks.observer);
    if (!recovered)
        return recovered.error();
    report.recovered = *recovered;
    for (const IssuanceOutcome &o : report.recovered)
        if (!ended(o.end))
            return unfinishedError(o);
    Result<QList<qint64>> waiting = batches.waiting(batchId);
    if (!waiting)
        return waiting.error();
    report.total = int(waiting->size());

    QElapsedTimer clock;
    clock.start();
    int done = 0;
    const auto finished = [&](qint64 application, IssuanceStep step) {
        ++done;
        if (!hooks.progress)
            return;
        const double perCard = double(clock.elapsed()) / 1000.0 / done;
        hooks.progress({done, report.total, report.issued, report.spoiled,
                        int(report.skipped.size()), application, step,
                        perCard * (report.total - done)});
    };
    for (const qint64 application : std::as_const(*waiting)) {
        if (hooks.pauseRequested && hooks.pauseRequested()) {
            report.paused = true;
            break;
        }
        for (int attempt = 1;; ++attempt) {
            Result<IssuanceOutcome> outcome =
                issuance.produce(session, application, carrier, encoder, printer, hooks.observer);
            if (!outcome) {
                if (cardCannotBeMade(outcome.error().code)) {
                    report.skipped.append({application, outcome.error().message});
                    finished(application, IssuanceStep::Requested);
                    break;
                }
                report.stoppedBy = outcome.error(); // no stock, the store failing
                break;
            }
            if (outcome->end == IssuanceStep::Issued) {
                ++report.issued;
                finished(application, outcome->end);
                break;
            }
            if (!ended(outcome->end)) { // the store failed mid-card: recovery's job
                report.stoppedBy = unfinishedError(*outcome);
                break;
            }
            ++(outcome->end == IssuanceStep::Spoiled ? report.spoiled : report.cancelled);
            const ErrorCode code =
                outcome->failure ? outcome->failure->code : ErrorCode::DeviceFailed;
            if (stationFault(code)) {
                report.stoppedBy = Error{
                    code,
                    tr("%1 Put it right, then produce the batch again: it goes on with this card.")
                        .arg(outcome->failure ? outcome->failure->message : QString()),
                    outcome->failure ? outcome->failure->where : printer.name()};
                break;
            }
            const QString why = outcome->failure ? outcome->failure->message : QString();
            Choice choice = Choice::Stop;
            if (cardCannotBeMade(code)) // a face that cannot be printed: no try helps
                choice = Choice::Skip;
            else if (hooks.onFailure)
                choice = hooks.onFailure(application, *outcome, attempt);
            if (choice == Choice::Retry && attempt >= kMaxAttempts)
                choice = Choice::Skip;
            if (choice == Choice::Retry)
                continue;
            if (choice == Choice::Skip) {
                report.skipped.append({application, why});
                finished(application, outcome->end);
                break;
            }
            report.stoppedBy = outcome->failure.value_or(Error{ErrorCode::DeviceFailed,
                                                               tr("The card could not be made."),
                                                               Objects::application(application)});
            break;
        }
        if (report.stoppedBy)
            break;
    }
    (void)m_audit.record({session.username(), action, Objects::batch(batchId),
                          report.stoppedBy ? QStringLiteral("stopped")
                          : report.paused  ? QStringLiteral("paused")
                                           : QStringLiteral("ok"),
                          QStringLiteral("issued=%1 spoiled=%2 cancelled=%3 skipped=%4")
                              .arg(report.issued)
                              .arg(report.spoiled)
                              .arg(report.cancelled)
                              .arg(report.skipped.size())},
                         &session);
    return report;
}

} // namespace cc
