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
class EligibilityPolicy;
class RegistryGateway;
class Store;
struct DeviceChoice;

// What the desk works with beyond the store: the station's counter desk
// (production), the policy rosters are checked against, the registry an
// agency roster's people are looked up in, the devices chosen on the devices
// panel.
struct BatchDeskServices {
    CounterDesk *desk = nullptr;               // null: this desk does not produce
    const EligibilityPolicy *policy = nullptr; // null: this desk does not import rosters
    RegistryGateway *registry = nullptr;
    std::function<DeviceChoice()> devices;
};

// The supervisor's batch desk (Ctrl+4): the batches, those waiting for a
// decision first; the selected one's applications with their people and
// what to look at (a re-check pending, a card valid for only a few weeks);
// Approve (Alt+A) and Reject… (Alt+J, with the reason). The buttons say why
// they are off: the batch is the supervisor's own work (four eyes), it is not
// waiting for a decision, or the role does not decide batches. Core refuses
// the same whatever the buttons show. New batch… (Alt+N) makes one; Import
// roster… (Alt+I) fills an open roster batch from a school's or agency's CSV
// (RosterImportDialog); Submit (Alt+U) sends an open batch for a decision;
// Produce… (Alt+P) opens the production of an approved batch
// (BatchProductionDialog).
class BatchDeskPage : public WorkspacePage {
    Q_OBJECT

public:
    BatchDeskPage(Store *store, AuditLog *audit, const Clock &clock,
                  std::shared_ptr<Session> session, BatchDeskServices services = {},
                  QWidget *parent = nullptr);

    void loggedIn(bool sameOperator) override;
    // While a batch is being produced or a roster imported: the station
    // does not lock under it; when it locks, the desk's windows close.
    bool isBusy() const override { return m_producing || m_importing; }
    void locking() override;
    void refresh();
    // Imports the roster at `path` into the selected roster batch, showing
    // the report (the Import roster… button asks for the file first).
    void importRoster(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void decide(bool approve);
    void produce();
    void submit();
    void newBatch();
    const BatchSummary *selected() const;

    Store *m_store;
    AuditLog *m_audit;
    const Clock &m_clock;
    std::shared_ptr<Session> m_session;
    BatchDeskServices m_services;
    QLabel *m_summary;
    QTableWidget *m_batches;
    QTableWidget *m_members;
    QLabel *m_note;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_produce;
    QPushButton *m_submit;
    QPushButton *m_new;
    QPushButton *m_import;
    QList<BatchSummary> m_list;
    bool m_producing = false;
    bool m_importing = false;
    qint64 m_keep = 0;
    QByteArray m_shownVersion; // of the batch whose members are shown // the batch to select at the
                               // next refresh (one just made)
};

} // namespace cc
