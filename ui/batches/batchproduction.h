#pragma once

#include "core/station/batches.h"
#include "core/workflows/batchrun.h"
#include "core/workflows/counterdesk.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace cc {

class Session;
struct RunControl;

// Producing an approved batch on the card printer, watched live: n of N,
// the card's step, the time left, the counts; Pause (Alt+P) stops between two
// cards and Start (Alt+S) goes on; a card whose chip failed waits for the
// operator: try again (Alt+T), skip it (Alt+K, it waits for the next run) or
// stop the run (Alt+O). A device fault stops the run with what to do. Once
// cards are made, the hand-over list (Alt+H) goes to the receipt printer.
// The dialog stays open while a card is being made: closing it then pauses
// the run and waits for that card to end, so no attempt is left half-way.
class BatchProductionDialog : public QDialog {
    Q_OBJECT

public:
    BatchProductionDialog(CounterDesk &desk, DeviceChoice devices, std::shared_ptr<Session> session,
                          const BatchSummary &batch, QWidget *parent = nullptr);
    ~BatchProductionDialog() override;

    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // A run ended: completed, paused, stopped or refused (the status line says which).
    void runEnded();
    void runningChanged(bool running);
    void handOverPrinted(bool ok);

protected:
    void reject() override;

private:
    void start();
    void answer(BatchRun::Choice choice);
    void showProgress(const BatchProgress &progress);
    void showStep(IssuanceStep step, const QString &cardNumber);
    void showFailure(const QString &text, int attempt);
    void ended(const Result<BatchRunReport> &report);
    void printHandOver();
    void setRunning(bool running);

    CounterDesk &m_desk;
    const DeviceChoice m_devices;
    std::shared_ptr<Session> m_session;
    const BatchSummary m_batch;
    std::shared_ptr<RunControl> m_control;
    QFutureWatcher<Result<BatchRunReport>> m_watcher;
    bool m_running = false;
    int m_issuedBefore = 0; // issued in earlier runs of this dialog
    int m_issued = 0;

    QComboBox *m_carrier;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_step;
    QLabel *m_counts;
    QWidget *m_failure;
    QLabel *m_failureText;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_handOver;
    QPushButton *m_close;
};

} // namespace cc
