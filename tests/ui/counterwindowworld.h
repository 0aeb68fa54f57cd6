#pragma once

#include "devices/localdevices.h"
#include "tests/support/counterworld.h"

#include "ui/common/mainwindow.h"
#include "ui/common/uiservices.h"

#include <QTemporaryDir>

#include <memory>

class QLineEdit;

namespace cc::test {

// The counter's main window on the counter's real devices (CounterWorld),
// in zh_TW: the devices for the test case, a fresh store and window per test
// function. Each call returns an empty string on success, else what failed.
struct CounterWindowWorld : CounterWorld {
    QString startWindowWorld(); // initTestCase
    QString openWindow();       // init: a store with 5 blanks, the window shown and active
    void closeWindow();         // cleanup
    // Types `user`'s password at the login window; waits for the counter
    // page and for what the login resolves in the background.
    QString logIn(const QString &user);
    // The ID (or a pre-application's code) typed and Enter; waits until the
    // person label contains `shown`.
    QString lookUp(const QString &id, const QString &shown);

    std::unique_ptr<LocalDevices> m_station;
    std::unique_ptr<CounterDesk> m_desk;
    std::unique_ptr<UiServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_tmp;
};

} // namespace cc::test
