#include "core/workflows/batchrun.h"

#include "core/domain/objects.h"
#include "core/station/auditlog.h"
#include "core/station/batches.h"
#include "core/station/session.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace cc {
namespace {

// A refusal before any card was taken that trying again cannot change: the
// card is skipped with the reason, the run goes on.
bool cardCannotBeMade(ErrorCode code) {
    return code == ErrorCode::MissingField || code == ErrorCode::BadValue ||
           code == ErrorCode::WrongState || code == ErrorCode::AlreadyExists;
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
                    {QStringLiteral("recovered"), int(recovered.size())},
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
            ++(outcome->end == IssuanceStep::Spoiled ? report.spoiled : report.cancelled);
            const Choice choice =
                hooks.onFailure ? hooks.onFailure(application, *outcome, attempt) : Choice::Stop;
            if (choice == Choice::Retry)
                continue;
            const QString why = outcome->failure ? outcome->failure->message : QString();
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
