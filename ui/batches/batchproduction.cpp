#include "ui/batches/batchproduction.h"

#include "core/domain/cardnumber.h"
#include "core/station/session.h"
#include "ui/common/background.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace cc {

// What the run's worker and the dialog share: the pause request, and the
// operator's answer to a failed card, which the worker waits for.
struct RunControl {
    std::atomic<bool> pause{false};
    std::mutex mutex;
    std::condition_variable answered;
    bool waiting = false; // a failed card waits for the operator
    bool stopped = false; // the window goes: no answer is waited for any more
    std::optional<BatchRun::Choice> choice;

    // Before the failure is shown: from then on an answer is taken.
    void expectAnswer() {
        const std::lock_guard lock(mutex);
        waiting = !stopped;
    }
    BatchRun::Choice wait() {
        std::unique_lock lock(mutex);
        answered.wait(lock, [this] { return choice.has_value() || !waiting; });
        waiting = false;
        const BatchRun::Choice c = choice.value_or(BatchRun::Choice::Stop);
        choice.reset();
        return c;
    }
    // Answers the card waiting; an answer with none waiting (a second key
    // press) is refused, so it never answers the next failure unseen.
    bool answer(BatchRun::Choice c) {
        {
            const std::lock_guard lock(mutex);
            if (!waiting || choice)
                return false;
            choice = c;
        }
        answered.notify_all();
        return true;
    }
    // No more cards: the one being made is finished, a failed one not retried.
    void stop() {
        pause = true;
        {
            const std::lock_guard lock(mutex);
            stopped = true;
            if (waiting)
                choice = BatchRun::Choice::Stop;
        }
        answered.notify_all();
    }
};

namespace {

QString stepText(IssuanceStep step) {
    switch (step) {
    case IssuanceStep::Requested:
        return BatchProductionDialog::tr("taking a blank card");
    case IssuanceStep::Encoding:
        return BatchProductionDialog::tr("writing the chip");
    case IssuanceStep::Encoded:
    case IssuanceStep::Printing:
        return BatchProductionDialog::tr("printing the face");
    case IssuanceStep::Printed:
        return BatchProductionDialog::tr("recording the card");
    case IssuanceStep::Issued:
        return BatchProductionDialog::tr("issued");
    case IssuanceStep::Spoiled:
        return BatchProductionDialog::tr("spoiled: the card went to the reject tray");
    case IssuanceStep::Cancelled:
        return BatchProductionDialog::tr("no card taken");
    }
    return {};
}

} // namespace

BatchProductionDialog::BatchProductionDialog(CounterDesk &desk, DeviceChoice devices,
                                             std::shared_ptr<Session> session,
                                             const BatchSummary &batch, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_devices(std::move(devices))
    , m_session(std::move(session))
    , m_batch(batch)
    , m_control(std::make_shared<RunControl>())
    , m_issued(batch.issued)
    , m_carrier(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_step(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_failure(new QWidget(this))
    , m_failureText(new QLabel(m_failure))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_handOver(new QPushButton(tr("&Hand-over list"), this))
    , m_close(new QPushButton(tr("Close"), this)) {
    setObjectName(QStringLiteral("batchProduction"));
    setWindowTitle(tr("Producing batch %1 \"%2\"").arg(batch.id).arg(batch.label));
    m_carrier->setObjectName(QStringLiteral("runCarrier"));
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_step->setObjectName(QStringLiteral("cardStep"));
    m_counts->setObjectName(QStringLiteral("runCounts"));
    m_failureText->setObjectName(QStringLiteral("failureText"));
    m_start->setObjectName(QStringLiteral("startRun"));
    m_pause->setObjectName(QStringLiteral("pauseRun"));
    m_handOver->setObjectName(QStringLiteral("printHandOver"));
    m_close->setObjectName(QStringLiteral("closeRun"));
    for (const Carrier c : {Carrier::EasyCard, Carrier::IPass})
        m_carrier->addItem(Carriers::displayName(c), int(c));
    m_status->setWordWrap(true);
    m_failureText->setWordWrap(true);
    m_progress->setFormat(tr("%v of %m"));

    auto *retry = new QPushButton(tr("&Try again"), m_failure);
    auto *skip = new QPushButton(tr("S&kip this card"), m_failure);
    auto *stop = new QPushButton(tr("St&op the run"), m_failure);
    retry->setObjectName(QStringLiteral("retryCard"));
    skip->setObjectName(QStringLiteral("skipCard"));
    stop->setObjectName(QStringLiteral("stopRun"));
    auto *failure = new QVBoxLayout(m_failure);
    failure->setContentsMargins(0, 0, 0, 0);
    failure->addWidget(m_failureText);
    auto *choices = new QHBoxLayout;
    choices->addStretch(1);
    choices->addWidget(retry);
    choices->addWidget(skip);
    choices->addWidget(stop);
    failure->addLayout(choices);
    m_failure->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_failure->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Blank cards"), m_carrier);
    form->addRow(tr("Progress"), m_progress);
    form->addRow(tr("This card"), m_step);
    form->addRow(tr("Batch"), m_counts);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_handOver);
    buttons->addStretch(1);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_start);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_failure);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, &BatchProductionDialog::start);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        m_control->pause = true;
        m_pause->setEnabled(false);
        m_status->setText(tr("Pausing after this card…"));
    });
    connect(retry, &QPushButton::clicked, this, [this] { answer(BatchRun::Choice::Retry); });
    connect(skip, &QPushButton::clicked, this, [this] { answer(BatchRun::Choice::Skip); });
    connect(stop, &QPushButton::clicked, this, [this] { answer(BatchRun::Choice::Stop); });
    connect(m_handOver, &QPushButton::clicked, this, &BatchProductionDialog::printHandOver);
    connect(m_close, &QPushButton::clicked, this, &BatchProductionDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this,
            [this] { ended(m_watcher.future().result()); });
    // Quitting (a logoff, a shutdown) waits for the thread pool before this
    // window goes: stop the run first, or it would wait for the whole batch.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [control = m_control] { control->stop(); });

    m_progress->setRange(0, qMax(1, batch.applications - batch.issued));
    m_progress->setValue(0);
    m_counts->setText(tr("%1 of %2 issued").arg(m_issued).arg(batch.applications));
    m_status->setText(tr("Load the blank cards, then Start (Alt+S)."));
    m_handOver->setEnabled(m_issued > 0);
    m_pause->setEnabled(false);
    m_start->setDefault(true);
    resize(560, sizeHint().height());
}

BatchProductionDialog::~BatchProductionDialog() {
    // The card being made is finished, never left half-way; no further card
    // is started, and a failed card waiting for an answer is not retried.
    m_control->stop();
    m_watcher.waitForFinished();
}

void BatchProductionDialog::reject() {
    if (m_running) {
        m_control->pause = true;
        m_pause->setEnabled(false);
        m_status->setText(tr("A card is being made: the run pauses after it, then the window "
                             "can be closed."));
        return;
    }
    QDialog::reject();
}

void BatchProductionDialog::setRunning(bool running) {
    m_running = running;
    Q_EMIT runningChanged(running);
    m_start->setEnabled(!running);
    m_carrier->setEnabled(!running);
    m_close->setEnabled(!running);
    m_pause->setEnabled(running);
    m_handOver->setEnabled(!running && m_issued > 0);
}

void BatchProductionDialog::start() {
    if (m_running)
        return;
    m_control->pause = false;
    setRunning(true);
    m_failure->hide();
    m_step->clear();
    m_status->setText(tr("Producing…"));
    const Carrier carrier = Carrier(m_carrier->currentData().toInt());
    // The worker talks back through queued calls; the destructor waits for it,
    // so `this` outlives every call it posts.
    BatchRun::Hooks hooks;
    hooks.progress = [this](const BatchProgress &p) {
        QMetaObject::invokeMethod(
            this, [this, p] { showProgress(p); }, Qt::QueuedConnection);
    };
    hooks.observer = [this](const IssuanceEvent &e) {
        if (e.kind == IssuanceEvent::Kind::Committed)
            QMetaObject::invokeMethod(
                this, [this, step = e.step, number = e.cardNumber] { showStep(step, number); },
                Qt::QueuedConnection);
    };
    hooks.pauseRequested = [control = m_control] { return control->pause.load(); };
    hooks.onFailure = [this, control = m_control](qint64, const IssuanceOutcome &failed,
                                                  int attempt) {
        const QString text = failed.failure ? failed.failure->message : stepText(failed.end);
        control->expectAnswer();
        QMetaObject::invokeMethod(
            this, [this, text, attempt] { showFailure(text, attempt); }, Qt::QueuedConnection);
        return control->wait();
    };
    m_watcher.setFuture(QtConcurrent::run(
        [&desk = m_desk, session = std::make_shared<const Session>(m_session->share()),
         id = m_batch.id, carrier, devices = m_devices, hooks]() -> Result<BatchRunReport> {
            return desk.produceBatch(*session, id, carrier, devices, hooks);
        }));
}

void BatchProductionDialog::answer(BatchRun::Choice choice) {
    if (m_control->answer(choice))
        m_failure->hide();
}

void BatchProductionDialog::showProgress(const BatchProgress &p) {
    m_progress->setRange(0, qMax(1, p.total));
    m_progress->setValue(p.done);
    m_issued = m_batch.issued + m_issuedBefore + p.issued;
    m_counts->setText(tr("%1 of %2 issued, %3 spoiled, %4 skipped in this run; about %n s left",
                         nullptr, qRound(p.secondsLeft))
                          .arg(m_issued)
                          .arg(m_batch.applications)
                          .arg(p.spoiled)
                          .arg(p.skipped));
}

void BatchProductionDialog::showStep(IssuanceStep step, const QString &cardNumber) {
    m_step->setText(cardNumber.isEmpty()
                        ? stepText(step)
                        : tr("%1: %2").arg(CardNumber::grouped(cardNumber), stepText(step)));
}

void BatchProductionDialog::showFailure(const QString &text, int attempt) {
    m_failureText->setText(tr("The card failed (try %1): %2\nPut the spoiled card aside. Try "
                              "again (Alt+T), skip it for the next run (Alt+K) or stop the run "
                              "(Alt+O).")
                               .arg(attempt)
                               .arg(text));
    m_failure->show();
    m_status->setText(tr("The run waits for your choice."));
}

void BatchProductionDialog::ended(const Result<BatchRunReport> &report) {
    setRunning(false);
    m_failure->hide();
    if (!report) {
        m_status->setText(report.error().message);
    } else {
        m_issuedBefore += report->issued;
        m_issued = m_batch.issued + m_issuedBefore;
        QString text = tr("This run: %1 issued, %2 spoiled, %3 skipped.")
                           .arg(report->issued)
                           .arg(report->spoiled)
                           .arg(report->skipped.size());
        if (!report->recovered.isEmpty())
            text += QLatin1Char(' ') + tr("%n card(s) left by an interrupted run were resolved "
                                          "first.",
                                          nullptr, int(report->recovered.size()));
        if (report->stoppedBy)
            text += QLatin1Char(' ') + tr("Stopped: %1").arg(report->stoppedBy->message);
        else if (report->paused)
            text += QLatin1Char(' ') + tr("Paused: Start (Alt+S) goes on with the next card.");
        else if (m_issued >= m_batch.applications)
            text += QLatin1Char(' ') + tr("The batch is complete: print the hand-over list "
                                          "(Alt+H).");
        m_status->setText(text);
    }
    m_counts->setText(tr("%1 of %2 issued").arg(m_issued).arg(m_batch.applications));
    m_handOver->setEnabled(m_issued > 0);
    Q_EMIT runEnded();
}

void BatchProductionDialog::printHandOver() {
    m_handOver->setEnabled(false);
    m_status->setText(tr("Printing the hand-over list…"));
    runInBackground(
        this,
        [&desk = m_desk, session = std::make_shared<const Session>(m_session->share()),
         id = m_batch.id,
         devices = m_devices] { return desk.printHandOver(*session, id, devices); },
        [this](const Status &printed) {
            m_status->setText(printed ? tr("The hand-over list was printed.")
                                      : printed.error().message);
            m_handOver->setEnabled(!m_running);
            Q_EMIT handOverPrinted(printed.ok());
        });
}

} // namespace cc
