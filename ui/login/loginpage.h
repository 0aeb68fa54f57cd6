#pragma once

#include "core/station/session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cc {

struct UiServices;

// Operator and password; a successful login unlocks the store's personal data
// for this session. Also the lock screen: the locked operator's name is
// filled in, and another operator may log in instead.
class LoginPage : public QWidget {
    Q_OBJECT

public:
    explicit LoginPage(UiServices &services, QWidget *parent = nullptr);

    // Shows the page as the lock screen of `username`, or as the plain login.
    void setLocked(const QString &username);
    void reset();

Q_SIGNALS:
    void loggedIn(std::shared_ptr<cc::Session> session);
    // The lock screen's "Log out": the locked operator's work ends, and the
    // page becomes the plain login (any operator, any language).
    void logOutRequested();

private:
    void submit();
    void chooseLanguage(int index);

    UiServices &m_services;
    QLabel *m_title;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_language;
    QPushButton *m_login;
    QPushButton *m_logOut;
    QLabel *m_message;
};

} // namespace cc
