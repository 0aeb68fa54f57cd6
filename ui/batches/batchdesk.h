#pragma once

#include "core/station/batches.h"
#include "ui/common/workspace.h"

#include <QList>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cc {

class AuditLog;
class Clock;
class CounterDesk;
class Store;
struct DeviceChoice;

// How the desk starts a batch's production: the station's counter desk, and
// the devices chosen on the devices panel at the time.
struct BatchProducer {
    CounterDesk *desk = nullptr; // null: this desk does not produce
    std::function<DeviceChoice()> devices;
};

// The supervisor's batch desk (Ctrl+4): the batches, those waiting for a
// decision first; the selected one's applications with their people and
// what to look at (a re-check pending, a card valid for only a few weeks);
// Approve (Alt+A) and Reject… (Alt+J, with the reason). The buttons say why
// they are off: the batch is the supervisor's own work (four eyes), it is not
// waiting for a decision, or the role does not decide batches. Core refuses
// the same whatever the buttons show. Submit (Alt+U) sends an open batch
// for a decision; Produce… (Alt+P) opens the production of an approved
// batch (BatchProductionDialog).
class BatchDeskPage : public WorkspacePage {
    Q_OBJECT

public:
    BatchDeskPage(Store *store, AuditLog *audit, const Clock &clock,
                  std::shared_ptr<Session> session, BatchProducer producer = {},
                  QWidget *parent = nullptr);

    void loggedIn(bool sameOperator) override;
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void decide(bool approve);
    void produce();
    void submit();
    const BatchSummary *selected() const;

    Store *m_store;
    AuditLog *m_audit;
    const Clock &m_clock;
    std::shared_ptr<Session> m_session;
    BatchProducer m_producer;
    QLabel *m_summary;
    QTableWidget *m_batches;
    QTableWidget *m_members;
    QLabel *m_note;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_produce;
    QPushButton *m_submit;
    QList<BatchSummary> m_list;
};

} // namespace cc
