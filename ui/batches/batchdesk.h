#pragma once

#include "core/station/batches.h"
#include "ui/common/workspace.h"

#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cc {

class AuditLog;
class Clock;
class Store;

// The supervisor's batch desk (Ctrl+4): the batches, those waiting for a
// decision first; the selected one's applications with their people and
// what to look at (a re-check pending, a card valid for only a few weeks);
// Approve (Alt+A) and Reject… (Alt+J, with the reason). The buttons say why
// they are off: the batch is the supervisor's own work (four eyes), it is not
// waiting for a decision, or the role does not decide batches. Core refuses
// the same whatever the buttons show.
class BatchDeskPage : public WorkspacePage {
    Q_OBJECT

public:
    BatchDeskPage(Store *store, AuditLog *audit, const Clock &clock,
                  std::shared_ptr<Session> session, QWidget *parent = nullptr);

    void loggedIn(bool sameOperator) override;
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void decide(bool approve);
    const BatchSummary *selected() const;

    Store *m_store;
    AuditLog *m_audit;
    const Clock &m_clock;
    std::shared_ptr<Session> m_session;
    QLabel *m_summary;
    QTableWidget *m_batches;
    QTableWidget *m_members;
    QLabel *m_note;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QList<BatchSummary> m_list;
};

} // namespace cc
