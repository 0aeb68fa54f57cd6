// The cards panel's transactions as the clerk starts them: what to ask and
// confirm first; the controller does the rest.
#include "ui/counter/cardspanel.h"
#include "ui/counter/countercontroller.h"
#include "ui/counter/counterpage.h"

#include <QInputDialog>
#include <QMessageBox>

namespace cc {

void CounterPage::runCardAction(CardsPanel::Action action) {
    if (m_controller->isBusy())
        return;
    const std::optional<CardSummary> card = m_cards->current();
    const QString number = card ? card->cardNumber : QString();
    // One of two reasons, asked in a list; none when the clerk cancels.
    const auto ask = [&](const QString &title, const QString &question,
                         const QStringList &reasons) -> std::optional<int> {
        bool ok = false;
        const QString reason =
            QInputDialog::getItem(this, title, question.arg(number), reasons, 0, false, &ok);
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
                tr("Block card %1 as lost now? It stops working at once.").arg(number)) ==
            QMessageBox::Yes)
            m_controller->reportLost(number);
        return;
    case Action::Replace:
        if (const std::optional<int> why =
                ask(tr("Replacement"), tr("Why is card %1 replaced?"), {tr("Lost"), tr("Damaged")}))
            m_controller->replace(number,
                                  *why == 0 ? ReplacementReason::Lost : ReplacementReason::Damaged);
        return;
    case Action::Convert: {
        const std::optional<CardType> to = choices().type;
        if (to && card) {
            QString text =
                tr("Convert card %1 from %2 to %3? A new card is made; the old one "
                   "is blocked when the new one is handed over.")
                    .arg(number, CardTypes::displayName(card->type), CardTypes::displayName(*to));
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
    case Action::LinkOwn:
        m_controller->linkOwnCard(choices());
        return;
    case Action::Reprint:
        if (confirm(QStringLiteral("confirmReprint"), tr("Reprint face"),
                    tr("Print the face of card %1 again, on a blank card from the printer's "
                       "hopper?")
                        .arg(number)))
            m_controller->reprint(number);
        return;
    }
}

} // namespace cc
