#pragma once

#include "core/workflows/counter.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace cc {

// Ctrl+F at the counter: an applicant found by name (Chinese or Latin
// letters, as a search compares names) or by card number, when the clerk has
// no ID number. Type, Enter: the matches, namesakes told apart by birth date
// and masked ID number; Enter on one takes it to the counter.
class ApplicantFinder : public QDialog {
    Q_OBJECT

public:
    // `search` runs on a worker (it reads the store).
    using Search = std::function<Result<QList<ApplicantMatch>>(const QString &text)>;
    ApplicantFinder(Search search, QWidget *parent = nullptr);

    // The chosen applicant's ID number, once accepted.
    QString chosenId() const { return m_chosen; }

private:
    void search();
    void show(const Result<QList<ApplicantMatch>> &found);
    void choose(int row);

    Search m_search;
    QLineEdit *m_text;
    QTableWidget *m_matches;
    QLabel *m_message;
    QList<ApplicantMatch> m_found;
    QString m_chosen;
    bool m_busy = false;
};

// Ctrl+H at the counter: everything the station holds of the applicant on
// screen — applications (with fees), cards, and what was done to them, when
// and by whom — read-only. Esc closes it.
class HistoryDialog : public QDialog {
    Q_OBJECT

public:
    explicit HistoryDialog(const ApplicantHistory &history, QWidget *parent = nullptr);

    // The receipt the clerk chose to print again (Alt+P); 0: none.
    qint64 reprintChosen() const { return m_reprint; }

    // An audit action as a clerk reads it ("Reported lost"); the code when unknown.
    static QString actionText(const QString &action);

private:
    qint64 m_reprint = 0;
};

} // namespace cc
