#include "ui/login/loginpage.h"

#include "core/station/accounts.h"
#include "ui/common/background.h"
#include "ui/common/stationfont.h"
#include "ui/common/uiservices.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc {

LoginPage::LoginPage(UiServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_title(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_login(new QPushButton(tr("&Log in"), this))
    , m_logOut(new QPushButton(tr("Log o&ut"), this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("loginPage"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setDefault(true);
    m_logOut->setObjectName(QStringLiteral("logOut"));
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * kTitleScale);
    m_title->setFont(big);

    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("中文（台灣）"), QStringLiteral("zh_TW"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(services.language)));

    auto *form = new QFormLayout;
    form->addRow(tr("&Operator"), m_user);
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("La&nguage"), m_language);
    auto *box = new QWidget(this);
    box->setMaximumWidth(420);
    auto *inner = new QVBoxLayout(box);
    inner->addWidget(m_title);
    inner->addLayout(form);
    inner->addWidget(m_login);
    inner->addWidget(m_logOut);
    inner->addWidget(m_message);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_login, &QPushButton::clicked, this, &LoginPage::submit);
    connect(m_logOut, &QPushButton::clicked, this, &LoginPage::logOutRequested);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_user, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_language, &QComboBox::activated, this, &LoginPage::chooseLanguage);
    reset();
}

void LoginPage::reset() {
    m_title->setText(tr("Citizen card counter"));
    m_user->clear();
    m_password->clear();
    m_message->clear();
    m_language->setEnabled(true);
    m_logOut->hide();
    m_user->setFocus();
}

void LoginPage::setLocked(const QString &username) {
    m_title->setText(tr("Locked: %1 was away").arg(username));
    m_user->setText(username);
    m_password->clear();
    m_message->setText(tr("Enter your password to go on, log in as another operator, or log "
                          "out (Alt+U) to change the language."));
    m_language->setEnabled(false);
    m_logOut->show();
    m_password->setFocus();
}

void LoginPage::chooseLanguage(int index) {
    m_services.language = m_language->itemData(index).toString();
    if (m_services.setLanguage)
        m_services.setLanguage(QLocale(m_services.language));
}

void LoginPage::submit() {
    const QString user = m_user->text().trimmed();
    const QString password = m_password->text();
    if (user.isEmpty()) {
        m_message->setText(tr("Enter your operator name."));
        m_user->setFocus();
        return;
    }
    m_login->setEnabled(false);
    m_message->setText(tr("Checking…"));
    Accounts &accounts = m_services.accounts;
    // A login costs one scrypt call: off the GUI thread.
    runInBackground(
        this,
        [&accounts, user, password]() -> Result<std::shared_ptr<Session>> {
            Result<Session> s = accounts.login(user, password);
            if (!s)
                return s.error();
            return std::make_shared<Session>(std::move(s).value());
        },
        [this](Result<std::shared_ptr<Session>> session) {
            m_login->setEnabled(true);
            if (!session) {
                m_message->setText(session.error().message);
                m_password->clear();
                m_password->setFocus();
                return;
            }
            m_password->clear();
            m_message->clear();
            Q_EMIT loggedIn(session.value());
        });
}

} // namespace cc
