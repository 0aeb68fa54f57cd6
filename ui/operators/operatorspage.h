#pragma once

#include "core/station/accounts.h"
#include "ui/common/workspace.h"

#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cc {

// The operators (Ctrl+5), for supervisors and admins: who may log in, with
// which role, locked or disabled, and whether they hold the key to personal
// data. Unlock, disable / enable, reset a password, change a role, add an
// operator and give data access, each audited by the use case behind it; a
// button the role may not use is disabled and its tooltip says who may.
class OperatorsPage : public WorkspacePage {
    Q_OBJECT

public:
    enum class Action { Add, Unlock, Disable, ResetPassword, SetRole, Grant };

    OperatorsPage(UiServices &services, std::shared_ptr<Session> session,
                  QWidget *parent = nullptr);

    void loggedIn(bool sameOperator) override;
    void refresh();
    QPushButton *button(Action action) const { return m_buttons[int(action)]; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    const OperatorInfo *selected() const;
    void updateButtons();
    void run(Action action);
    // A new password typed twice; empty when the supervisor cancels.
    QString askNewPassword(const QString &title, const QString &username);
    void report(const QString &title, const Status &done, const QString &success);

    UiServices &m_services;
    std::shared_ptr<Session> m_session;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_buttons[6] = {};
    QList<OperatorInfo> m_operators;
};

} // namespace cc
