#pragma once

#include "core/station/flags.h"
#include "ui/common/workspace.h"

#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QTimer;

namespace cc {

// The supervisor's flags (Ctrl+3): what the centre and the re-checks raised
// for this station, each with its facts; "Resolve…" (Alt+R) closes one with
// the reason, audited. Other roles are told who may see them.
class FlagsPage : public WorkspacePage {
    Q_OBJECT

public:
    FlagsPage(UiServices &services, std::shared_ptr<Session> session, QWidget *parent = nullptr);

    void loggedIn(bool sameOperator) override;
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void resolveSelected();

    UiServices &m_services;
    std::shared_ptr<Session> m_session;
    QLabel *m_summary;
    QTableWidget *m_table;
    QTextBrowser *m_facts;
    QPushButton *m_resolve;
    QTimer *m_timer;
    QList<Flag> m_flags;
};

} // namespace cc
