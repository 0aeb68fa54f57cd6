#pragma once

#include "core/workflows/counter.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace cc {

// The person's cards and the counter transactions on them, each one
// keystroke away (Alt + the underlined letter).
class CardsPanel : public QWidget {
    Q_OBJECT

public:
    enum class Action { ReportLost, Replace, Convert, Cancel, LinkOwn, Reprint };

    explicit CardsPanel(QWidget *parent = nullptr);

    void setCards(const QList<CardSummary> &cards);
    // The chosen card: the selected row, or the only card.
    std::optional<CardSummary> current() const;
    void setPersonLoaded(bool loaded);
    QPushButton *button(Action action) const { return m_buttons[int(action)]; }

Q_SIGNALS:
    void actionRequested(cc::CardsPanel::Action action);

private:
    void updateButtons();

    QTableWidget *m_table;
    QList<CardSummary> m_cards;
    QPushButton *m_buttons[6] = {};
    bool m_loaded = false;
};

} // namespace cc
