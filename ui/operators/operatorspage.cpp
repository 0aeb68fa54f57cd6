#include "ui/operators/operatorspage.h"

#include "core/domain/rocdate.h"
#include "core/ports/clock.h"
#include "core/station/session.h"
#include "ui/common/listtable.h"
#include "ui/common/uiservices.h"

#include <QApplication>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>

namespace cc {
namespace {

constexpr Role kRoles[] = {Role::Clerk, Role::Mobile, Role::Supervisor, Role::Admin};

QString accessOf(const OperatorInfo &o) {
    if (o.role == Role::Admin)
        return OperatorsPage::tr("never (administrator)");
    return o.dataAccess ? OperatorsPage::tr("yes") : OperatorsPage::tr("waits for a supervisor");
}

} // namespace

OperatorsPage::OperatorsPage(UiServices &services, std::shared_ptr<Session> session,
                             QWidget *parent)
    : WorkspacePage(parent)
    , m_services(services)
    , m_session(std::move(session))
    , m_summary(new QLabel(this))
    , m_table(makeListTable({tr("Operator"), tr("Role"), tr("State"), tr("Personal data"),
                             tr("Added"), tr("Added by")},
                            this)) {
    setObjectName(QStringLiteral("operatorsPage"));
    m_table->setObjectName(QStringLiteral("operatorsTable"));
    m_summary->setWordWrap(true);
    const QString labels[] = {tr("&Add operator…"),   tr("&Unlock"),       tr("&Disable"),
                              tr("Reset &password…"), tr("Change r&ole…"), tr("&Give data access")};
    const char *names[] = {"addOperator",   "unlockOperator", "disableOperator",
                           "resetPassword", "setRole",        "grantData"};
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_summary, 0, 0, 1, 3);
    layout->addWidget(m_table, 1, 0, 1, 3);
    for (int i = 0; i < 6; ++i) {
        m_buttons[i] = new QPushButton(labels[i], this);
        m_buttons[i]->setObjectName(QLatin1String(names[i]));
        layout->addWidget(m_buttons[i], 2 + i / 3, i % 3);
        connect(m_buttons[i], &QPushButton::clicked, this, [this, i] { run(Action(i)); });
    }
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OperatorsPage::updateButtons);
    refresh();
}

void OperatorsPage::loggedIn(bool) {
    refresh();
}

void OperatorsPage::showEvent(QShowEvent *event) {
    WorkspacePage::showEvent(event);
    refresh();
}

void OperatorsPage::refresh() {
    const QString keep = selected() ? selected()->username : QString();
    Result<QList<OperatorInfo>> list = m_services.accounts.listOperators(*m_session);
    m_operators = list ? *list : QList<OperatorInfo>();
    if (!list)
        m_summary->setText(list.error().code == ErrorCode::PermissionDenied
                               ? tr("Only a supervisor or an administrator manages operators.")
                               : list.error().message);
    else
        m_summary->setText(tr("Supervisors look after clerks and mobile teams; administrators "
                              "after every operator. Nobody changes their own account here."));
    const QDateTime now = m_services.clock.nowUtc();
    m_table->setRowCount(int(m_operators.size()));
    for (int r = 0; r < m_operators.size(); ++r) {
        const OperatorInfo &o = m_operators[r];
        const QStringList cells{
            o.username,
            Roles::displayName(o.role),
            Accounts::describeState(o, now),
            accessOf(o),
            RocDate::formatShort(o.createdAt.toTimeZone(QTimeZone("Asia/Taipei")).date()),
            o.createdBy};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
        if (o.username == keep)
            m_table->selectRow(r);
    }
    updateButtons();
}

const OperatorInfo *OperatorsPage::selected() const {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_operators.size() || !m_table->selectionModel()->hasSelection())
        return nullptr;
    return &m_operators[row];
}

void OperatorsPage::updateButtons() {
    const OperatorInfo *o = selected();
    const Role me = m_session->role();
    const bool other = o && o->username != m_session->username();
    const QDateTime now = m_services.clock.nowUtc();
    // Enabled when the role allows it; else the tooltip names who may.
    const auto set = [&](Action action, bool applies, Permission needed) {
        QPushButton *b = m_buttons[int(action)];
        const bool allowed = Roles::allows(me, needed);
        b->setEnabled(m_session->isUnlocked() && applies && allowed);
        b->setToolTip(allowed ? QString() : Roles::refusal(me, needed));
    };
    const Permission manage = o ? Roles::toManage(o->role) : Permission::ManageClerks;
    set(Action::Add, true, Permission::ManageClerks);
    set(Action::Unlock, other && o->lockedUntil.isValid() && o->lockedUntil > now, manage);
    set(Action::Disable, other, manage);
    m_buttons[int(Action::Disable)]->setText(o && o->disabled ? tr("Enable (&D)") : tr("&Disable"));
    set(Action::ResetPassword, other, manage);
    set(Action::SetRole, other, Permission::ManageOperators);
    set(Action::Grant, o && o->role != Role::Admin && !o->dataAccess && !o->disabled,
        Permission::GrantDataAccess);
}

QString OperatorsPage::askNewPassword(const QString &title, const QString &username) {
    for (;;) {
        bool ok = false;
        const QString first =
            QInputDialog::getText(this, title,
                                  tr("New password for %1 (at least %2 characters):")
                                      .arg(username)
                                      .arg(Accounts::kMinPasswordLength),
                                  QLineEdit::Password, {}, &ok);
        if (!ok)
            return {};
        const QString again = QInputDialog::getText(this, title, tr("The same password again:"),
                                                    QLineEdit::Password, {}, &ok);
        if (!ok)
            return {};
        if (first == again)
            return first;
        QMessageBox::warning(this, title, tr("The two passwords differ. Type them again."));
    }
}

void OperatorsPage::report(const QString &title, const Status &done, const QString &success) {
    if (!done)
        QMessageBox::warning(this, title, done.error().message);
    else
        m_summary->setText(success);
    refresh();
}

void OperatorsPage::run(Action action) {
    const OperatorInfo *o = selected();
    if (action != Action::Add && !o)
        return;
    const QString name = o ? o->username : QString();
    Accounts &accounts = m_services.accounts;
    const QString title = m_buttons[int(action)]->text().remove(QLatin1Char('&'));
    switch (action) {
    case Action::Add: {
        bool ok = false;
        const QString username = QInputDialog::getText(this, title, tr("The new operator's name:"),
                                                       QLineEdit::Normal, {}, &ok);
        if (!ok || username.isEmpty())
            return;
        QStringList roles;
        for (Role r : kRoles)
            if (Roles::allows(m_session->role(), Roles::toManage(r)))
                roles << Roles::displayName(r);
        const QString role = QInputDialog::getItem(this, title, tr("Role:"), roles, 0, false, &ok);
        if (!ok)
            return;
        const QString password = askNewPassword(title, username);
        if (password.isEmpty())
            return;
        Role chosen = Role::Clerk;
        for (Role r : kRoles)
            if (Roles::displayName(r) == role)
                chosen = r;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status added = accounts.addOperator(*m_session, username, chosen, password);
        QApplication::restoreOverrideCursor();
        report(title, added, tr("%1 was added as %2.").arg(username.toLower(), role));
        return;
    }
    case Action::Unlock:
        report(title, accounts.unlockOperator(*m_session, name),
               tr("%1 can log in again.").arg(name));
        return;
    case Action::Disable: {
        const bool disable = !o->disabled;
        if (disable &&
            QMessageBox::question(this, title,
                                  tr("Disable %1? They cannot log in until someone enables the "
                                     "account again; nothing of theirs is deleted.")
                                      .arg(name)) != QMessageBox::Yes)
            return;
        report(title, accounts.setDisabled(*m_session, name, disable),
               disable ? tr("%1 is disabled.").arg(name) : tr("%1 is enabled again.").arg(name));
        return;
    }
    case Action::ResetPassword: {
        const QString password = askNewPassword(title, name);
        if (password.isEmpty())
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status reset = accounts.resetPassword(*m_session, name, password);
        QApplication::restoreOverrideCursor();
        report(title, reset,
               m_session->holdsPersonalData() || o->role == Role::Admin
                   ? tr("%1 has a new password: give it to them in person.").arg(name)
                   : tr("%1 has a new password: give it to them in person. A supervisor gives "
                        "them access to personal data again.")
                         .arg(name));
        return;
    }
    case Action::SetRole: {
        QStringList roles;
        for (Role r : kRoles)
            if (r != o->role)
                roles << Roles::displayName(r);
        bool ok = false;
        const QString role = QInputDialog::getItem(this, title, tr("New role for %1:").arg(name),
                                                   roles, 0, false, &ok);
        if (!ok)
            return;
        for (Role r : kRoles)
            if (Roles::displayName(r) == role)
                report(title, accounts.setRole(*m_session, name, r),
                       tr("%1 is now %2.").arg(name, role));
        return;
    }
    case Action::Grant:
        report(title, accounts.grantDataAccess(*m_session, name),
               tr("%1 now has access to personal data.").arg(name));
        return;
    }
}

} // namespace cc
