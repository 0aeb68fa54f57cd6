#include "ui/common/mainwindow.h"

#include "core/domain/roles.h"
#include "core/station/accounts.h"
#include "core/station/session.h"
#include "ui/common/idlewatcher.h"
#include "ui/common/uiservices.h"
#include "ui/common/wedgescanner.h"
#include "ui/devices/readerwatch.h"
#include "ui/login/loginpage.h"
#include "ui/sync/syncindicator.h"
#include "ui/sync/syncworker.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QThreadPool>

#include <algorithm>

namespace cc {

MainWindow::MainWindow(UiServices &services, QList<Workspace> workspaces, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_workspaces(std::move(workspaces))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_idleWarning(new QLabel(this))
    , m_idle(new IdleWatcher(services.settings.idleLockSeconds, this))
    , m_scanner(new WedgeScanner(this))
    , m_readerWatch(new ReaderWatch(services.devices, this))
    , m_syncIndicator(new SyncIndicator(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_stack);
    statusBar()->addWidget(m_status, 1);
    m_idleWarning->setObjectName(QStringLiteral("idleWarning"));
    m_idleWarning->setStyleSheet(
        QStringLiteral("background: #fff3cd; color: #5c4400; padding: 1px 8px"));
    m_idleWarning->hide();
    statusBar()->addWidget(m_idleWarning);
    statusBar()->addPermanentWidget(m_syncIndicator);
    if (services.sync.openTransport) {
        m_sync = new SyncWorker(services, this);
        connect(m_sync, &SyncWorker::statusChanged, m_syncIndicator, &SyncIndicator::show);
        m_syncIndicator->show(SyncWorker::beforeLogin(services));
    }
    qApp->installEventFilter(m_scanner);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    connect(m_idle, &IdleWatcher::warning, this, [this](int secondsLeft) {
        m_idleWarning->setText(
            tr("The station locks in %n s: press any key to stay.", nullptr, secondsLeft));
        m_idleWarning->show();
    });
    connect(m_idle, &IdleWatcher::active, m_idleWarning, &QWidget::hide);
    connect(m_scanner, &WedgeScanner::scanned, this, [this](const QString &code) {
        if (isLocked())
            return;
        for (WorkspacePage *page : std::as_const(m_pages))
            if (page->acceptScan(code)) {
                m_tabs->setCurrentWidget(page);
                return;
            }
    });
    auto *lockKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this);
    connect(lockKey, &QShortcut::activated, this, &MainWindow::lock);
    auto *logOutKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), this);
    connect(logOutKey, &QShortcut::activated, this, &MainWindow::logOut);
    for (int index = 0; index < std::min<int>(9, int(m_workspaces.size())); ++index) {
        auto *s = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(s, &QShortcut::activated, this, [this, index] {
            if (m_tabs && !isLocked())
                m_tabs->setCurrentIndex(index);
        });
    }
    retranslate();
    // A district office's laptop is 1366×768: less a title bar and a taskbar,
    // the whole window (status bar included) stays on screen.
    resize(1366, 698);
}

MainWindow::~MainWindow() {
    qApp->removeEventFilter(m_scanner);
    // Background work uses the services the app owns: let it finish first.
    QThreadPool::globalInstance()->waitForDone();
}

bool MainWindow::isLocked() const {
    return m_stack->currentWidget() == m_login;
}

void MainWindow::retranslate() {
    setWindowTitle(tr("Citizen card counter"));
    if (m_login) {
        m_stack->removeWidget(m_login);
        m_login->deleteLater();
    }
    m_login = new LoginPage(m_services, m_stack);
    connect(m_login, &LoginPage::loggedIn, this, &MainWindow::loggedIn);
    connect(m_login, &LoginPage::logOutRequested, this, &MainWindow::logOut);
    m_stack->insertWidget(0, m_login);
    m_stack->setCurrentWidget(m_login);
    updateStatus();
    m_login->reset();
}

void MainWindow::buildWorkspace() {
    if (m_tabs) {
        m_stack->removeWidget(m_tabs);
        m_tabs->deleteLater();
    }
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("workspace"));
    m_pages.clear();
    const WorkspaceContext context{m_services, m_session, *m_readerWatch};
    for (const Workspace &workspace : std::as_const(m_workspaces)) {
        WorkspacePage *page = workspace.make(context, m_tabs);
        m_pages << page;
        m_tabs->addTab(page, workspace.title());
        connect(page, &WorkspacePage::busyChanged, this, [this](bool busy) {
            if (!busy && m_lockPending)
                lock();
        });
    }
    m_stack->addWidget(m_tabs);
}

void MainWindow::loggedIn(std::shared_ptr<Session> session) {
    const bool sameOperator = m_session && m_tabs && session->username() == m_lockedUser;
    if (sameOperator) {
        *m_session = std::move(*session); // the counter keeps its work and its pointer
    } else {
        m_session = std::move(session);
        buildWorkspace();
    }
    m_lockedUser.clear();
    if (m_sync && !sameOperator)
        m_sync->start(*m_session);
    else if (m_sync)
        m_sync->setAttended(true);
    m_stack->setCurrentWidget(m_tabs);
    m_idle->setSeconds(m_services.settings.idleLockSeconds);
    m_idle->setActive(true);
    updateStatus();
    for (WorkspacePage *page : std::as_const(m_pages))
        page->loggedIn(sameOperator);
}

void MainWindow::lock() {
    if (!m_session || isLocked())
        return;
    if (std::any_of(m_pages.cbegin(), m_pages.cend(),
                    [](const WorkspacePage *p) { return p->isBusy(); })) {
        m_lockPending = true; // e.g. a card in production: lock when it is done
        return;
    }
    m_lockPending = false;
    for (WorkspacePage *p : std::as_const(m_pages))
        p->locking();
    m_lockedUser = m_session->username();
    m_session->lock();
    if (m_sync)
        m_sync->setAttended(false);
    m_idle->setActive(false);
    m_idleWarning->hide();
    m_stack->setCurrentWidget(m_login);
    m_login->setLocked(m_lockedUser);
    updateStatus();
}

void MainWindow::logOut() {
    if (!m_session)
        return;
    const bool busy = std::any_of(m_pages.cbegin(), m_pages.cend(),
                                  [](const WorkspacePage *p) { return p->isBusy(); });
    if (busy) {
        QMessageBox::information(this, tr("Log out"),
                                 tr("A card is being made or a long task is running: log out "
                                    "once it is done."));
        return;
    }
    if (!isLocked()) {
        QMessageBox ask(
            QMessageBox::Question, tr("Log out"),
            tr("Log out %1? Work not yet saved on screen is dropped.").arg(m_session->username()),
            QMessageBox::Yes | QMessageBox::No, this);
        ask.setObjectName(QStringLiteral("confirmLogOut"));
        ask.setDefaultButton(QMessageBox::No);
        if (ask.exec() != QMessageBox::Yes)
            return;
        for (WorkspacePage *p : std::as_const(m_pages))
            p->locking();
        m_services.accounts.logout(*m_session);
    }
    if (m_sync)
        m_sync->setAttended(false);
    m_idle->setActive(false);
    m_idleWarning->hide();
    m_lockPending = false;
    m_lockedUser.clear();
    m_session->lock();
    m_session.reset();
    m_stack->setCurrentWidget(m_login);
    if (m_tabs) {
        m_stack->removeWidget(m_tabs);
        m_tabs->deleteLater();
        m_tabs = nullptr;
    }
    m_pages.clear();
    m_login->reset();
    updateStatus();
}

void MainWindow::updateStatus() {
    if (m_session && isLocked() && !m_lockedUser.isEmpty()) {
        m_status->setText(tr("Locked by %1, station %2").arg(m_lockedUser, m_session->stationId()));
        return;
    }
    if (!m_session || isLocked()) {
        m_status->setText(tr("Not logged in"));
        return;
    }
    m_status->setText(tr("%1 (%2), station %3   ·   F2 ID  F3 offline  F4 photo  F9 produce  "
                         "F10 receipt  Ctrl+N next  Ctrl+Shift+L lock  Ctrl+Shift+Q log out")
                          .arg(m_session->username(), Roles::displayName(m_session->role()),
                               m_session->stationId()));
}

void MainWindow::closeEvent(QCloseEvent *event) {
    // Alt+F4 or the title bar's ✕ with an operator at work: asked first, and
    // never while a card is being made (what only a hard kill leaves half-way
    // is recovered at the next login).
    if (!m_session || isLocked()) {
        event->accept();
        return;
    }
    event->ignore();
    const bool busy = std::any_of(m_pages.cbegin(), m_pages.cend(),
                                  [](const WorkspacePage *p) { return p->isBusy(); });
    QMessageBox ask(QMessageBox::Question, tr("Quit citizencard"),
                    busy ? tr("A card is being made or a long task is running: quit once it "
                              "is done.")
                         : tr("Quit citizencard? %1 is logged in.").arg(m_session->username()),
                    busy ? QMessageBox::Ok : QMessageBox::Yes | QMessageBox::No, this);
    ask.setObjectName(QStringLiteral("confirmQuit"));
    if (!busy) {
        ask.setDefaultButton(QMessageBox::No);
        ask.setEscapeButton(QMessageBox::No);
    }
    if (ask.exec() == QMessageBox::Yes)
        event->accept();
}

} // namespace cc
