// The counter's work on cards already made: finishing what a crash left
// unfinished, and the transactions of the cards panel (lost, replacement,
// conversion, cancellation, linking, reprint), and the receipt of the card
// just made.
#include "core/domain/nationalid.h"
#include "core/domain/rocdate.h"
#include "core/ports/clock.h"
#include "core/ports/stationdevices.h"
#include "core/station/session.h"
#include "ui/common/background.h"
#include "ui/common/uiservices.h"
#include "ui/counter/cardpreview.h"
#include "ui/counter/counterpage.h"
#include "ui/counter/identry.h"
#include "ui/counter/offlinedialog.h"
#include "ui/counter/photocropper.h"
#include "ui/counter/producesteps.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace cc {

void CounterPage::printReceipt() {
    if (!m_lastOutcome || !m_entry || m_busy)
        return;
    const std::optional<CardType> type = chosenType();
    Receipt receipt;
    receipt.applicationId = m_lastOutcome->applicationId;
    receipt.cardNumber = m_lastOutcome->cardNumber;
    receipt.cardType = type ? CardTypes::displayName(*type) : QString();
    receipt.carrier = Carriers::displayName(chosenCarrier());
    receipt.name = m_entry->name;
    receipt.maskedId = NationalId::masked(m_nationalId);
    receipt.issued = m_services.clock.todayInTaipei();
    if (m_result && type)
        receipt.expires = m_result->decision(*type).validUntil;
    receipt.stationId = m_session->stationId();
    receipt.operatorName = m_session->username();
    receipt.sensitiveData = type && (*type == CardType::Disability || *type == CardType::Companion);
    setBusy(true);
    runInBackground(
        this,
        [&devices = m_services.devices, receipt, printer = m_services.settings.receiptPrinter] {
            return devices.printReceipt(receipt, printer);
        },
        [this](Status printed) {
            setBusy(false);
            if (printed)
                setNotice(tr("The receipt is printed: the applicant signs it."));
            else
                setNotice(printed.error().message, true);
        });
}

void CounterPage::recoverUnfinished() {
    setBusy(true);
    runInBackground(
        this,
        [&services = m_services, issuance = m_issuance,
         session = m_session]() mutable -> Result<QList<IssuanceOutcome>> {
            Result<QList<ProductionAttempt>> open = issuance.unfinished();
            if (!open || open->isEmpty())
                return open ? Result<QList<IssuanceOutcome>>(QList<IssuanceOutcome>{})
                            : Result<QList<IssuanceOutcome>>(open.error());
            Result<std::unique_ptr<CardEncoder>> encoder =
                services.devices.openEncoder(services.settings.reader);
            if (!encoder)
                return encoder.error();
            Result<std::unique_ptr<CardPrinter>> printer =
                services.devices.openPrinter(services.settings.printer);
            if (!printer)
                return printer.error();
            return issuance.recover(*session, **encoder, **printer);
        },
        [this](Result<QList<IssuanceOutcome>> outcomes) {
            setBusy(false);
            if (!outcomes) {
                setNotice(tr("Cards left unfinished by the last session could not be resolved: "
                             "%1 Check the devices (Ctrl+2) and log in again.")
                              .arg(outcomes.error().message),
                          true);
                return;
            }
            if (outcomes->isEmpty())
                return;
            QStringList lines;
            for (const IssuanceOutcome &o : *outcomes) {
                if (o.end == IssuanceStep::Issued)
                    lines << tr("card %1: finished and issued").arg(o.cardNumber);
                else if (o.end == IssuanceStep::Spoiled)
                    lines << tr("card %1: spoiled (%2); put it aside for destruction")
                                 .arg(o.cardNumber, o.failure ? o.failure->message : QString());
                else
                    lines << tr("card %1: cancelled, no card was used").arg(o.cardNumber);
            }
            setNotice(tr("Cards left unfinished by the last session: %1")
                          .arg(lines.join(QStringLiteral("; "))),
                      false);
        });
}

void CounterPage::runCardAction(CardsPanel::Action action) {
    if (m_busy)
        return;
    const std::optional<CardSummary> card = m_cards->current();
    const QString number = card ? card->cardNumber : QString();
    using Action = CardsPanel::Action;
    // What an action reports: a message, and the application a replacement or
    // conversion recorded (F9 produces it).
    using Done = std::pair<QString, qint64>;
    std::function<Result<Done>()> work;
    Counter counter = m_counter;
    Issuance issuance = m_issuance;
    std::shared_ptr<Session> session = m_session;
    switch (action) {
    case Action::ReportLost:
        if (QMessageBox::question(
                this, tr("Report lost"),
                tr("Block card %1 as lost now? It stops working at once.").arg(number)) !=
            QMessageBox::Yes)
            return;
        work = [counter, session, number]() mutable -> Result<Done> {
            Status s = counter.reportLost(*session, number);
            if (!s)
                return s.error();
            return Done{tr("Card %1 is blocked as lost.").arg(number), 0};
        };
        break;
    case Action::Replace: {
        bool ok = false;
        const QStringList reasons = {tr("Lost"), tr("Damaged")};
        const QString reason = QInputDialog::getItem(this, tr("Replacement"),
                                                     tr("Why is card %1 replaced?").arg(number),
                                                     reasons, 0, false, &ok);
        if (!ok)
            return;
        const ReplacementReason why =
            reason == reasons[0] ? ReplacementReason::Lost : ReplacementReason::Damaged;
        const int fee = why == ReplacementReason::Lost ? m_services.policy.fees.replacementLost
                                                       : m_services.policy.fees.replacementDamaged;
        work = [counter, session, number, why, fee]() mutable -> Result<Done> {
            Result<qint64> id = counter.applyReplacement(*session, number, why);
            if (!id)
                return id.error();
            return Done{tr("Replacement of card %1 recorded, fee NT$%2. F9 produces the new card.")
                            .arg(number)
                            .arg(fee),
                        *id};
        };
        break;
    }
    case Action::Convert: {
        QString problem;
        const std::optional<CounterApplication> app = application(problem);
        if (!app) {
            setNotice(problem, true);
            return;
        }
        work = [counter, session, number, app]() mutable -> Result<Done> {
            Result<qint64> id = counter.applyConversion(*session, number, *app);
            if (!id)
                return id.error();
            return Done{tr("Conversion to %1 recorded; card %2 is blocked on hand-over. F9 "
                           "produces the new card.")
                            .arg(CardTypes::displayName(app->type), number),
                        *id};
        };
        break;
    }
    case Action::Cancel: {
        bool ok = false;
        const QStringList reasons = {tr("Death"), tr("Moved away")};
        const QString reason = QInputDialog::getItem(this, tr("Cancel card"),
                                                     tr("Why is card %1 cancelled?").arg(number),
                                                     reasons, 0, false, &ok);
        if (!ok)
            return;
        const CancellationReason why =
            reason == reasons[0] ? CancellationReason::Death : CancellationReason::MovedAway;
        work = [counter, session, number, why]() mutable -> Result<Done> {
            Status s = counter.cancel(*session, number, why);
            if (!s)
                return s.error();
            return Done{tr("Card %1 is cancelled.").arg(number), 0};
        };
        break;
    }
    case Action::LinkOwn: {
        QString problem;
        const std::optional<CounterApplication> app = application(problem);
        if (!app) {
            setNotice(problem, true);
            return;
        }
        setNotice(tr("Place the applicant's own card on the reader…"));
        work = [&services = m_services, counter, session, app,
                carrier = chosenCarrier()]() mutable -> Result<Done> {
            Result<std::unique_ptr<CardEncoder>> encoder =
                services.devices.openEncoder(services.settings.reader);
            if (!encoder)
                return encoder.error();
            Result<QString> linked = counter.linkOwnCard(*session, *app, carrier, **encoder);
            if (!linked)
                return linked.error();
            return Done{tr("The applicant's own card is linked as card %1.").arg(*linked), 0};
        };
        break;
    }
    case Action::Reprint:
        work = [&services = m_services, issuance, session, number]() mutable -> Result<Done> {
            Result<std::unique_ptr<CardPrinter>> printer =
                services.devices.openPrinter(services.settings.printer);
            if (!printer)
                return printer.error();
            Result<PrintJobRecord> job = issuance.reprintFace(*session, number, **printer);
            if (!job)
                return job.error();
            if (job->outcome != PrintJobOutcome::Printed)
                return job->error ? *job->error
                                  : Error{ErrorCode::DeviceFailed, tr("The face was not printed."),
                                          number};
            return Done{tr("The face of card %1 is printed again.").arg(number), 0};
        };
        break;
    }
    setBusy(true);
    runInBackground(this, std::move(work), [this](Result<Done> done) {
        setBusy(false);
        if (done && done->second)
            m_pendingApplication = done->second;
        if (done)
            setNotice(done->first);
        else
            setNotice(done.error().message + QLatin1Char(' ') +
                          ProduceSteps::adviceFor(done.error()),
                      true);
        refreshCards();
    });
}

} // namespace cc
