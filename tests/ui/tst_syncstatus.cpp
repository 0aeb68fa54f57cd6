// The station's window shows its link to the centre, always: offline while
// the real central service is down, online with nothing waiting once it is
// up again and the worker has pushed; the clerk never waits on it.
#include "devices/devicesmodule.h"
#include "registry/fixtureregistry.h"
#include "sync/httpstransport.h"
#include "tests/support/centralpeers.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "ui/common/mainwindow.h"
#include "ui/common/uiservices.h"
#include "ui/login/loginpage.h"
#include "ui/sync/syncindicator.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

using namespace cc;

class TstSyncStatus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offlineThenOnline();

private:
    test::CentralWorld m_world;
    ManualClock m_clock;
    std::unique_ptr<StoreFixture> m_station;
};

void TstSyncStatus::initTestCase() {
    QString failed = m_world.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_station = std::make_unique<StoreFixture>(m_clock);
    QVERIFY(m_station->ok());
    failed = m_world.enrol(*m_station, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = test::appendEvents(*m_station, m_clock, 3);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_world.central.stop(); // the centre is down when the clerk logs in
}

void TstSyncStatus::offlineThenOnline() {
    Result<std::unique_ptr<FixtureRegistry>> registry =
        FixtureRegistry::load(CITIZENCARD_SOURCE_DIR "/demo/registry");
    QVERIFY(registry.ok());
    DevicesModule devices; // not loaded: this window needs none
    CounterDesk desk(m_station->store(), m_station->audit(), m_clock, EligibilityPolicy::defaults(),
                     devices);
    UiServices services{m_station->accounts(), m_clock, **registry, desk, devices, {}, "en", {}};
    services.sync = {&m_station->store(), &m_station->audit(),
                     [](const SyncLink &link) -> Result<std::unique_ptr<SyncTransport>> {
                         Result<std::unique_ptr<HttpsTransport>> t = HttpsTransport::open(link, 2);
                         if (!t)
                             return t.error();
                         return std::unique_ptr<SyncTransport>(std::move(t).value());
                     },
                     300};
    MainWindow window(services, {});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SyncIndicator *indicator = window.syncIndicator();
    QVERIFY(!indicator->status().enrolled); // before a login the link is not opened
    QTest::keyClicks(window.loginPage()->findChild<QLineEdit *>("user"), "supervisor");
    QTest::keyClicks(window.loginPage()->findChild<QLineEdit *>("password"),
                     StoreFixture::passwordOf("supervisor"));
    QTest::keyClick(window.loginPage()->findChild<QLineEdit *>("password"), Qt::Key_Return);
    QTRY_VERIFY(!window.isLocked());
    // The centre is down: offline, 3 waiting, the reason in the tooltip.
    QTRY_VERIFY_WITH_TIMEOUT(indicator->status().enrolled, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!indicator->status().problem.isEmpty(), 10000);
    QVERIFY(!indicator->status().online);
    QCOMPARE(indicator->status().waiting, 3);
    QVERIFY2(indicator->text().contains("Offline"), qPrintable(indicator->text()));
    QVERIFY(!indicator->toolTip().isEmpty());
    // The centre comes back: within the backoff the worker pushes.
    QString failed = m_world.central.start(m_world.postgres.conninfo(), m_world.caDir());
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QTRY_VERIFY_WITH_TIMEOUT(indicator->status().online, 30000);
    QCOMPARE(indicator->status().waiting, 0);
    QVERIFY2(indicator->text().contains("Online"), qPrintable(indicator->text()));
    QCOMPARE(m_world.postgres.psql("SELECT count(*) FROM events"), QString("3"));
}

QTEST_MAIN(TstSyncStatus)
#include "tst_syncstatus.moc"
