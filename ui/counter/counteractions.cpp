// The cards panel's transactions as the clerk starts them: what to ask and
// confirm first; the controller does the rest.
#include "core/domain/cardnumber.h"
#include "ui/common/uiservices.h"
#include "ui/counter/cardspanel.h"
#include "ui/counter/countercontroller.h"
#include "ui/counter/counterpage.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace cc {

void CounterPage::runCardAction(CardsPanel::Action action) {
    if (m_controller->isBusy())
        return;
    const std::optional<CardSummary> card = m_cards->current();
    const QString number = card ? card->cardNumber : QString();
    const QString shown = CardNumber::grouped(number); // as on the card
    // One of two reasons, asked in a list; none when the clerk cancels.
    const auto ask = [&](const QString &title, const QString &question,
                         const QStringList &reasons) -> std::optional<int> {
        bool ok = false;
        const QString reason =
            QInputDialog::getItem(this, title, question.arg(shown), reasons, 0, false, &ok);
        if (!ok)
            return std::nullopt;
        return int(reasons.indexOf(reason));
    };
    // Yes or No, No being the default (Enter and Esc do not do it by accident).
    const auto confirm = [this](const QString &name, const QString &title, const QString &text) {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No,
                        this);
        box.setObjectName(name);
        box.setDefaultButton(QMessageBox::No);
        return box.exec() == QMessageBox::Yes;
    };
    using Action = CardsPanel::Action;
    switch (action) {
    case Action::ReportLost:
        if (QMessageBox::question(
                this, tr("Report lost"),
                tr("Block card %1 as lost now? It stops working at once.").arg(shown)) ==
            QMessageBox::Yes)
            m_controller->reportLost(number);
        return;
    case Action::Replace: {
        const std::optional<int> why =
            ask(tr("Replacement"), tr("Why is card %1 replaced?"), {tr("Lost"), tr("Damaged")});
        if (!why)
            return;
        const ReplacementReason reason =
            *why == 0 ? ReplacementReason::Lost : ReplacementReason::Damaged;
        if (const std::optional<FeeSettlement> fee = settleFee(reason))
            m_controller->replace(number, reason, *fee);
        return;
    }
    case Action::Convert: {
        const std::optional<CardType> to = choices().type;
        if (to && card) {
            QString text =
                tr("Convert card %1 from %2 to %3? A new card is made; the old one "
                   "is blocked when the new one is handed over.")
                    .arg(shown, CardTypes::displayName(card->type), CardTypes::displayName(*to));
            if (card->type != CardType::General && *to == CardType::General)
                text += QStringLiteral("\n\n") +
                        tr("Note: a general card has none of the concessions of the %1.")
                            .arg(CardTypes::displayName(card->type));
            if (!confirm(QStringLiteral("confirmConversion"), tr("Convert type"), text))
                return;
        }
        m_controller->convert(number, choices());
        return;
    }
    case Action::Cancel:
        if (const std::optional<int> why = ask(tr("Cancel card"), tr("Why is card %1 cancelled?"),
                                               {tr("Death"), tr("Moved away")}))
            m_controller->cancel(number, *why == 0 ? CancellationReason::Death
                                                   : CancellationReason::MovedAway);
        return;
    case Action::LinkOwn: {
        // The card is read only once the clerk says it lies on the reader.
        const QString reader = m_services.settings.devices.reader;
        QMessageBox box(QMessageBox::Information, tr("Link own card"),
                        tr("Place the applicant's own %1 card on the reader %2, then press OK. "
                           "Its chip is only read: nothing is written to it or printed.")
                            .arg(Carriers::displayName(choices().carrier),
                                 reader.isEmpty() ? tr("(the only one)") : reader),
                        QMessageBox::Ok | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("placeOwnCard"));
        box.setDefaultButton(QMessageBox::Ok);
        if (box.exec() == QMessageBox::Ok)
            m_controller->linkOwnCard(choices());
        return;
    }
    case Action::Reprint:
        if (confirm(QStringLiteral("confirmReprint"), tr("Reprint face"),
                    tr("Print the face of card %1 again, on a blank card from the printer's "
                       "hopper?")
                        .arg(shown)))
            m_controller->reprint(number);
        return;
    }
}

std::optional<FeeSettlement> CounterPage::settleFee(ReplacementReason reason) {
    const int due = m_services.desk.policy().fees.forReplacement(reason);
    if (due == 0)
        return FeeSettlement{};
    QMessageBox box(QMessageBox::Question, tr("Replacement fee"),
                    tr("The replacement fee is NT$%1. Has the applicant paid it?").arg(due),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("replacementFee"));
    QPushButton *paid = box.addButton(tr("&Paid"), QMessageBox::AcceptRole);
    QPushButton *waived = box.addButton(tr("&Waived…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(paid);
    box.exec();
    if (box.clickedButton() == paid)
        return FeeSettlement{};
    if (box.clickedButton() != waived)
        return std::nullopt;
    bool ok = false;
    const QString why = QInputDialog::getText(
        this, tr("Fee waived"),
        tr("Why is the fee of NT$%1 waived? (On the receipt and audited.)").arg(due),
        QLineEdit::Normal, {}, &ok);
    if (!ok || why.trimmed().isEmpty())
        return std::nullopt;
    return FeeSettlement{true, why.trimmed()};
}

CounterPage::Waiting CounterPage::askAboutWaiting(qint64 id) {
    QMessageBox box(
        QMessageBox::Question, tr("Next applicant"),
        tr("Application %1 has no card yet. Does the applicant leave without it?").arg(id),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("waitingApplication"));
    box.setInformativeText(
        tr("Withdraw it if they do not want the card (a fee paid for it is given back). Keep it "
           "waiting if they come back for it: it is found again when their ID is looked up."));
    QPushButton *withdraw = box.addButton(tr("&Withdraw it"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("&Keep it waiting"), QMessageBox::AcceptRole);
    QPushButton *stay = box.addButton(tr("Stay with this applicant"), QMessageBox::RejectRole);
    box.setDefaultButton(stay);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == withdraw)
        return Waiting::Withdraw;
    return box.clickedButton() == keep ? Waiting::Keep : Waiting::Stay;
}

} // namespace cc
