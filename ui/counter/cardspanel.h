#pragma once

#include "core/domain/roles.h"
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
    // A card as a row of the list: number (grouped as on the card), type,
    // state, issued, valid until; the columns' titles.
    static QStringList cells(const CardSummary &card);
    static QStringList columns();
    // The chosen card: the selected row, or the only card.
    std::optional<CardSummary> current() const;
    void setPersonLoaded(bool loaded);
    // What the operator's role may do: a button it may not use stays
    // disabled, its tooltip saying who may.
    void setRole(Role role);
    // F6: the cursor to the card list (arrows choose, Alt + letter acts).
    void focusList();
    QPushButton *button(Action action) const { return m_buttons[int(action)]; }

Q_SIGNALS:
    void actionRequested(cc::CardsPanel::Action action);

private:
    void updateButtons();

    QTableWidget *m_table;
    QList<CardSummary> m_cards;
    QPushButton *m_buttons[6] = {};
    bool m_loaded = false;
    Role m_role = Role::Clerk;
};

} // namespace cc
