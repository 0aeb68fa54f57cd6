#include "ui/counter/cardspanel.h"

#include "core/domain/cardnumber.h"
#include "core/domain/rocdate.h"
#include "ui/common/listtable.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

namespace cc {

CardsPanel::CardsPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(makeListTable(columns(), this)) {
    m_table->setObjectName(QStringLiteral("cards"));

    const QString labels[] = {tr("Report &lost"),        tr("&Replacement"),   tr("Con&vert type"),
                              tr("Cancel card (Alt+X)"), tr("Lin&k own card"), tr("Re&print face")};
    const char *names[] = {"reportLost", "replace", "convert", "cancelCard", "linkOwn", "reprint"};
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 0, 0, 1, 3);
    for (int i = 0; i < 6; ++i) {
        m_buttons[i] = new QPushButton(labels[i], this);
        m_buttons[i]->setObjectName(QLatin1String(names[i]));
        layout->addWidget(m_buttons[i], 1 + i / 3, i % 3);
        connect(m_buttons[i], &QPushButton::clicked, this,
                [this, i] { Q_EMIT actionRequested(Action(i)); });
    }
    // Alt+L is "lost"; cancelling is Alt+X.
    m_buttons[int(Action::Cancel)]->setShortcut(QKeySequence(Qt::ALT | Qt::Key_X));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CardsPanel::updateButtons);
    updateButtons();
}

void CardsPanel::setPersonLoaded(bool loaded) {
    m_loaded = loaded;
    updateButtons();
}

void CardsPanel::setCards(const QList<CardSummary> &cards) {
    m_cards = cards;
    m_table->setRowCount(int(cards.size()));
    for (int row = 0; row < cards.size(); ++row) {
        const QStringList texts = cells(cards[row]);
        for (int col = 0; col < texts.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(texts[col]));
    }
    if (cards.size() == 1)
        m_table->selectRow(0);
    updateButtons();
}

QStringList CardsPanel::cells(const CardSummary &c) {
    return {CardNumber::grouped(c.cardNumber), CardTypes::displayName(c.type),
            cardStateText(c.state()), RocDate::formatShort(c.issued),
            c.expires.isValid() ? RocDate::formatShort(c.expires) : tr("no expiry")};
}

QStringList CardsPanel::columns() {
    return {tr("Card number"), tr("Type"), tr("Status"), tr("Issued"), tr("Valid until")};
}

std::optional<CardSummary> CardsPanel::current() const {
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_cards.size() && m_table->selectionModel()->hasSelection())
        return m_cards[row];
    if (m_cards.size() == 1)
        return m_cards.first();
    return std::nullopt;
}

void CardsPanel::focusList() {
    m_table->setFocus();
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);
}

void CardsPanel::setRole(Role role) {
    m_role = role;
    updateButtons();
}

void CardsPanel::updateButtons() {
    const std::optional<CardSummary> card = current();
    // The card's state allows it, and the role; if not the role, the
    // tooltip says who may.
    const auto set = [&](Action action, bool applies, Permission needed) {
        QPushButton *b = m_buttons[int(action)];
        const bool allowed = Roles::allows(m_role, needed);
        b->setEnabled(applies && allowed);
        b->setToolTip(allowed ? QString() : Roles::refusal(m_role, needed));
    };
    const auto allows = [&](CardAction action) {
        return card && cardAllows(card->state(), action);
    };
    set(Action::ReportLost, allows(CardAction::ReportLost), Permission::BlockCards);
    set(Action::Replace, allows(CardAction::Replace), Permission::ProduceCards);
    set(Action::Convert, allows(CardAction::Convert), Permission::ProduceCards);
    set(Action::Cancel, allows(CardAction::Cancel), Permission::CancelCards);
    set(Action::LinkOwn, m_loaded, Permission::ProduceCards);
    set(Action::Reprint, allows(CardAction::Reprint) && !card->linked, Permission::ProduceCards);
}

} // namespace cc
