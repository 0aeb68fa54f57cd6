// The station's window shows its link to the centre, always: offline while
// the real central service is down, online with nothing waiting once it is
// up again and the worker has pushed; the clerk never waits on it.
#include "demo/fixtureregistry.h"
#include "devices/devicesmodule.h"
#include "sync/httpstransport.h"
#include "tests/support/centralpeers.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/station/outbox.h"
#include "core/workflows/enrolment.h"
#include "ui/common/mainwindow.h"
#include "ui/common/uiservices.h"
#include "ui/login/loginpage.h"
#include "ui/sync/syncindicator.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class TstSyncStatus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offlineThenOnline();

private:
    test::PostgresCluster m_postgres;
    QTemporaryDir m_ca;
    test::CentralProcess m_central;
    ManualClock m_clock;
    std::unique_ptr<StoreFixture> m_station;
};

void TstSyncStatus::initTestCase() {
    QString failed = m_postgres.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const QString caDir = m_ca.filePath("ca");
    QVERIFY(!test::CentralProcess::run(m_postgres.conninfo(),
                                       {"ca", "init", "--dir", caDir, "--server-name", "127.0.0.1"})
                 .isNull());
    failed = m_central.start(m_postgres.conninfo(), caDir);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_station = std::make_unique<StoreFixture>(m_clock);
    QVERIFY(m_station->ok());
    QFile caFile(QDir(caDir).filePath("station-ca.crt"));
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    const QByteArray caPem = caFile.readAll();
    const QString code =
        test::CentralProcess::run(m_postgres.conninfo(), {"station", "enrol", "--station", "0301"})
            .trimmed();
    const QString url = m_central.url();
    QVERIFY(Enrolment(m_station->store(), m_station->audit(), m_clock)
                .run(m_station->admin(), url, caPem, code,
                     [&](const EnrolRequest &r) { return HttpsTransport::enrol(url, caPem, r); })
                .ok());
    Outbox outbox(m_station->store());
    QVERIFY(m_station->store()
                .write([&](QSqlDatabase &db) -> Status {
                    for (int i = 0; i < 3; ++i)
                        if (Status ok = outbox.append(
                                db, m_clock.nowUtc().toString(Qt::ISODateWithMs),
                                SyncEvent::cardStatusChanged(
                                    "0301000000000014", CardStatus::Blocked, StatusReason::Lost));
                            !ok)
                            return ok;
                    return m_station->audit().append(
                        db, {"admin", "card.report-lost", "card:0301000000000014", "ok", {}},
                        &m_station->admin());
                })
                .ok());
    m_central.stop(); // the centre is down when the clerk logs in
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
    QString failed = m_central.start(m_postgres.conninfo(), m_ca.filePath("ca"));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QTRY_VERIFY_WITH_TIMEOUT(indicator->status().online, 30000);
    QCOMPARE(indicator->status().waiting, 0);
    QVERIFY2(indicator->text().contains("Online"), qPrintable(indicator->text()));
    QCOMPARE(m_postgres.psql("SELECT count(*) FROM events"), QString("3"));
}

QTEST_MAIN(TstSyncStatus)
#include "tst_syncstatus.moc"
