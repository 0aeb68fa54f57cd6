#pragma once

#include "ui/common/workspace.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace cc {

class IdleWatcher;
class LoginPage;
class ReaderWatch;
class Session;
class SyncIndicator;
class SyncWorker;
class WedgeScanner;
struct UiServices;

// The station's window: the login page until an operator logs in, then the
// workspace (its tabs from a list: counter, devices, …). Idle for the station's lock time, or on
// Ctrl+Shift+L, it locks: the session's keys are wiped and the login page
// asks for the password again; the counter's work is kept for the same
// operator.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `workspaces` are the tabs once an operator has logged in, Ctrl+1, Ctrl+2, …
    MainWindow(UiServices &services, QList<Workspace> workspaces, QWidget *parent = nullptr);
    ~MainWindow() override;

    void lock();
    // Ends the operator's session (Ctrl+Shift+Q, or "Log out" on the lock
    // screen): asked first at work, refused while a card is being made; the
    // pages and their work are dropped and the plain login comes back.
    void logOut();
    // Rebuilds the pages in the current language (on the login page only).
    void retranslate();

    LoginPage *loginPage() const { return m_login; }
    // The workspace page of type T, or null (before a login).
    template<typename T> T *page() const {
        for (WorkspacePage *p : m_pages)
            if (T *typed = qobject_cast<T *>(p))
                return typed;
        return nullptr;
    }
    QTabWidget *workspace() const { return m_tabs; }
    SyncIndicator *syncIndicator() const { return m_syncIndicator; }
    bool isLocked() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void loggedIn(std::shared_ptr<Session> session);
    void buildWorkspace();
    void updateStatus();

    UiServices &m_services;
    QList<Workspace> m_workspaces;
    std::shared_ptr<Session> m_session;
    QString m_lockedUser;
    QStackedWidget *m_stack;
    LoginPage *m_login = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<WorkspacePage *> m_pages;
    QLabel *m_status;
    QLabel *m_idleWarning; // shown a little before the idle lock
    IdleWatcher *m_idle;
    WedgeScanner *m_scanner;
    ReaderWatch *m_readerWatch;
    SyncIndicator *m_syncIndicator;
    SyncWorker *m_sync = nullptr; // when the app syncs
    bool m_lockPending = false;
};

} // namespace cc
