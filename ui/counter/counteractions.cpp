// The counter's work on cards already made: finishing what a crash left
// unfinished, and the transactions of the cards panel (lost, replacement,
// conversion, cancellation, linking, reprint), and the receipt of the card
// just made.
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
    setBusy(true);
    runInBackground(
        this,
        [&desk = m_services.desk, session = sessionCopy(), devices = m_services.settings.devices,
         application = m_lastOutcome->applicationId, card = m_lastOutcome->cardNumber,
         name = m_entry->name, id = m_nationalId] {
            return desk.printReceipt(*session, application, card, name, id, devices);
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
        [&desk = m_services.desk, devices = m_services.settings.devices, session = sessionCopy()] {
            return desk.recoverUnfinished(*session, devices);
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
    CounterDesk &desk = m_services.desk;
    const std::shared_ptr<const Session> session = sessionCopy();
    const DeviceChoice devices = m_services.settings.devices;
    switch (action) {
    case Action::ReportLost:
        if (QMessageBox::question(
                this, tr("Report lost"),
                tr("Block card %1 as lost now? It stops working at once.").arg(number)) !=
            QMessageBox::Yes)
            return;
        work = [&desk, session, number]() -> Result<Done> {
            Status s = desk.counter().reportLost(*session, number);
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
        const int fee = desk.policy().fees.forReplacement(why);
        work = [&desk, session, number, why, fee]() -> Result<Done> {
            Result<qint64> id = desk.counter().applyReplacement(*session, number, why);
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
        work = [&desk, session, number, app]() -> Result<Done> {
            Result<qint64> id = desk.counter().applyConversion(*session, number, *app);
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
        work = [&desk, session, number, why]() -> Result<Done> {
            Status s = desk.counter().cancel(*session, number, why);
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
        work = [&desk, session, app, carrier = chosenCarrier(), devices]() -> Result<Done> {
            Result<QString> linked = desk.linkOwnCard(*session, *app, carrier, devices);
            if (!linked)
                return linked.error();
            return Done{tr("The applicant's own card is linked as card %1.").arg(*linked), 0};
        };
        break;
    }
    case Action::Reprint:
        work = [&desk, session, number, devices]() -> Result<Done> {
            if (Status printed = desk.reprintFace(*session, number, devices); !printed)
                return printed.error();
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
