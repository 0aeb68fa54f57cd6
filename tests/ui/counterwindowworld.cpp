#include "tests/ui/counterwindowworld.h"

#include "translations/translations.h"
#include "ui/common/stationfont.h"
#include "ui/counter/counterpage.h"
#include "ui/counter/identry.h"
#include "ui/login/loginpage.h"
#include "ui/workspaces.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

namespace cc::test {

QString CounterWindowWorld::startWindowWorld() {
    // zh_TW, the counter's language; scripts/screenshots takes a few in English.
    const QString language = qEnvironmentVariable("CITIZENCARD_SCREENSHOT_LANGUAGE", "zh_TW");
    // English is the source language: it has no catalogue to load.
    if (!installTranslations(*qApp, QLocale(language)) && !language.startsWith(u"en"))
        return QStringLiteral("the %1 translations do not load").arg(language);
    useStationFont(); // as the app does: the screenshots show its typeface
    if (QString failed = startWorld(); !failed.isEmpty())
        return failed;
    LocalDevicesConfig config;
    config.keyFile = m_devices.keyFilePath();
    config.keyPassphrase = CounterDevices::kPassphrase;
    config.defaultPrinter = QStringLiteral("evolis://") + m_devices.printerAddress();
    Result<std::unique_ptr<LocalDevices>> station = LocalDevices::open(config);
    if (!station)
        return station.error().toString();
    m_station = std::move(station).value();
    return m_station->waitForReaders(5000) ? QString() : QStringLiteral("no reader came");
}

QString CounterWindowWorld::openWindow() {
    if (QString failed = freshStore(5); !failed.isEmpty())
        return failed;
    m_desk = std::make_unique<CounterDesk>(m_fixture->store(), m_fixture->audit(), m_clock,
                                           EligibilityPolicy::defaults(), *m_station);
    m_services.reset(new UiServices{m_fixture->accounts(),
                                    m_clock,
                                    *m_registry,
                                    *m_desk,
                                    *m_station,
                                    {},
                                    QStringLiteral("zh_TW"),
                                    {}});
    m_services->store = &m_fixture->store(); // the desks beyond the counter
    m_services->audit = &m_fixture->audit();
    m_services->settings.devices.reader = kReader0;
    m_services->settings.devices.receiptPrinter =
        QStringLiteral("pdf:") + m_tmp.filePath(QStringLiteral("receipt.pdf"));
    m_window = std::make_unique<MainWindow>(*m_services, stationWorkspaces());
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return QStringLiteral("the window is not shown");
    // Shortcuts need the active window (under Xvfb there is no window manager to give it).
    m_window->activateWindow();
    return QTest::qWaitForWindowActive(m_window.get()) ? QString()
                                                       : QStringLiteral("the window is not active");
}

void CounterWindowWorld::closeWindow() {
    m_window.reset();
    m_services.reset();
    m_desk.reset();
    closeStore();
}

QString CounterWindowWorld::logIn(const QString &user) {
    LoginPage *login = m_window->loginPage();
    auto *name = login->findChild<QLineEdit *>(QStringLiteral("user"));
    auto *password = login->findChild<QLineEdit *>(QStringLiteral("password"));
    QTest::keyClicks(name, user);
    QTest::keyClicks(password, StoreFixture::passwordOf(user));
    QTest::keyClick(password, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return !m_window->isLocked(); }, 10000) ||
        !m_window->page<CounterPage>())
        return QStringLiteral("%1 did not get to the counter").arg(user);
    // A login first resolves what a crash left unfinished, in the background;
    // the clerk's first key waits for it (a dialog opened from that key's
    // deferred action would run inside whatever the test is waiting in).
    return QTest::qWaitFor([&] { return !m_window->page<CounterPage>()->isBusy(); }, 30000)
               ? QString()
               : QStringLiteral("the counter stayed busy after the login");
}

QString CounterWindowWorld::lookUp(const QString &id, const QString &shown) {
    CounterPage *counter = m_window->page<CounterPage>();
    QLineEdit *field = counter->idEntry()->field();
    field->setFocus();
    field->selectAll(); // as F2 does: what is typed replaces the last one
    QTest::keyClicks(field, id);
    QTest::keyClick(field, Qt::Key_Return);
    // The real outcome, not "not busy": the page may be busy with earlier work
    // (recovery after login) when Enter comes, and must still look the ID up.
    auto *person = counter->findChild<QLabel *>(QStringLiteral("person"));
    if (!QTest::qWaitFor([&] { return person->text().contains(shown); }, 10000))
        return QStringLiteral("the person shown is \"%1\", not %2").arg(person->text(), shown);
    return QTest::qWaitFor([&] { return !counter->isBusy(); }, 10000)
               ? QString()
               : QStringLiteral("the counter stayed busy after the lookup");
}

} // namespace cc::test
