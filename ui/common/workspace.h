#pragma once

#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

namespace cc {

class ReaderWatch;
class Session;
struct UiServices;

// One tab of the station's window (counter, devices, and what comes: batches,
// reports, sync). What the window needs from a page is here; the rest is the
// page's own business.
class WorkspacePage : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Work in progress that a lock must wait for (a card in production).
    virtual bool isBusy() const { return false; }
    // After a login; `sameOperator` when the operator who locked came back
    // (the page keeps its work).
    virtual void loggedIn(bool sameOperator) { (void)sameOperator; }
    // The station is locking: close what would stay over the login page.
    virtual void locking() {}
    // A code the wedge scanner read; true when this page takes it.
    virtual bool acceptScan(const QString &code) {
        (void)code;
        return false;
    }

Q_SIGNALS:
    void busyChanged(bool busy);
};

// What a page is made from: the app's services, the operator's session, the
// readers as the devices report them.
struct WorkspaceContext {
    UiServices &services;
    std::shared_ptr<Session> session;
    ReaderWatch &readers;
};

// A tab: its title (translated when called) and how to make its page. The
// window gives the tabs Ctrl+1, Ctrl+2, … in the order of the list.
struct Workspace {
    std::function<QString()> title;
    std::function<WorkspacePage *(const WorkspaceContext &context, QWidget *parent)> make;
};

} // namespace cc
