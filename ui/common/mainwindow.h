#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace cc {

class CounterPage;
class DevicesPanel;
class IdleWatcher;
class LoginPage;
class ReaderWatch;
class Session;
class WedgeScanner;
struct UiServices;

// The station's window: the login page until an operator logs in, then the
// workspace (counter, devices). Idle for the station's lock time, or on
// Ctrl+Shift+L, it locks: the session's keys are wiped and the login page
// asks for the password again; the counter's work is kept for the same
// operator.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(UiServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    void lock();
    // Rebuilds the pages in the current language (on the login page only).
    void retranslate();

    LoginPage *loginPage() const { return m_login; }
    CounterPage *counterPage() const { return m_counter; }
    DevicesPanel *devicesPanel() const { return m_devices; }
    QTabWidget *workspace() const { return m_tabs; }
    bool isLocked() const;

private:
    void loggedIn(std::shared_ptr<Session> session);
    void buildWorkspace();
    void updateStatus();

    UiServices &m_services;
    std::shared_ptr<Session> m_session;
    QString m_lockedUser;
    QStackedWidget *m_stack;
    LoginPage *m_login = nullptr;
    QTabWidget *m_tabs = nullptr;
    CounterPage *m_counter = nullptr;
    DevicesPanel *m_devices = nullptr;
    QLabel *m_status;
    IdleWatcher *m_idle;
    WedgeScanner *m_scanner;
    ReaderWatch *m_readerWatch;
    bool m_lockPending = false;
};

} // namespace cc
