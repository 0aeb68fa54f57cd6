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
    case Action::Convert:
        m_controller->convert(number, choices());
        return;
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
        m_controller->reprint(number);
        return;
    }
}

} // namespace cc
