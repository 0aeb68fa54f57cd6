// The station's window shows its link to the centre, always: offline while
// the real central service is down, online with nothing waiting once it is
// up again and the worker has pushed; the clerk never waits on it. A flag
// the centre raises (one person's second personal card, at another
// station) reaches the status bar and the supervisor's Flags tab, where it
// is resolved with a reason.
#include "devices/devicesmodule.h"
#include "registry/fixtureregistry.h"
#include "sync/httpstransport.h"
#include "tests/support/centralpeers.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/station/flags.h"
#include "core/station/synclinks.h"
#include "core/workflows/syncpush.h"
#include "ui/common/mainwindow.h"
#include "ui/common/uiservices.h"
#include "ui/login/loginpage.h"
#include "ui/sync/syncindicator.h"
#include "ui/workspaces.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace cc;

class TstSyncStatus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offlineThenOnline();

private:
    QList<SyncEvent> cardFor(StoreFixture &station, const QString &cardNumber);

    test::CentralWorld m_world;
    ManualClock m_clock;
    std::unique_ptr<StoreFixture> m_station;
    std::unique_ptr<StoreFixture> m_other; // 0302, where the same person got a card
};

// The events a station writes when it issues a general card to 林怡君
// (F222222222): the application with his holder pseudonym, then the card.
QList<SyncEvent> TstSyncStatus::cardFor(StoreFixture &station, const QString &cardNumber) {
    const SyncLink link =
        SyncLinks(station.store(), station.audit(), m_clock).load(station.admin())->value();
    const QString holder = SyncLinks::holderOf(link.holderKey, "F222222222");
    return {SyncEvent::applicationSubmitted(1, 1, CardType::General, "new", holder),
            SyncEvent::cardIssued(1, 1, cardNumber, CardType::General, Carrier::EasyCard,
                                  "04a1b2c3d4e5f6", "")};
}

void TstSyncStatus::initTestCase() {
    QString failed = m_world.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_station = std::make_unique<StoreFixture>(m_clock);
    QVERIFY(m_station->ok());
    failed = m_world.enrol(*m_station, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = test::appendOutbox(*m_station, m_clock, cardFor(*m_station, "0301000000000017"));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = test::appendEvents(*m_station, m_clock, 1);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_other = std::make_unique<StoreFixture>(m_clock, LockoutPolicy{}, "0302");
    QVERIFY(m_other->ok());
    failed = m_world.enrol(*m_other, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = test::appendOutbox(*m_other, m_clock, cardFor(*m_other, "0302000000000015"));
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
    MainWindow window(services, stationWorkspaces());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SyncIndicator *indicator = window.syncIndicator();
    // Before a login the link is not opened: what the store says without a key.
    QVERIFY(indicator->status().enrolled);
    QVERIFY(!indicator->status().online);
    QCOMPARE(indicator->status().waiting, 3);
    QVERIFY2(indicator->text().contains("Offline"), qPrintable(indicator->text()));
    QCOMPARE(indicator->toolTip(), QString("Sync starts when an operator logs in."));
    QTest::keyClicks(window.loginPage()->findChild<QLineEdit *>("user"), "supervisor");
    QTest::keyClicks(window.loginPage()->findChild<QLineEdit *>("password"),
                     StoreFixture::passwordOf("supervisor"));
    QTest::keyClick(window.loginPage()->findChild<QLineEdit *>("password"), Qt::Key_Return);
    QTRY_VERIFY(!window.isLocked());
    // The centre is down: offline, 3 waiting, the reason in the tooltip.
    QTRY_VERIFY_WITH_TIMEOUT(indicator->status().problem.contains("cannot be reached"), 10000);
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
    QCOMPARE(m_world.postgres.psql("SELECT count(*) FROM events WHERE station_id = '0301'"),
             QString("3"));
    QCOMPARE(indicator->status().openFlags, 0);

    // 0302 pushes its card for the same person: the centre flags both
    // stations, and this one's next pull brings the flag.
    const SyncLink other =
        SyncLinks(m_other->store(), m_other->audit(), m_clock).load(m_other->admin())->value();
    QVERIFY(SyncPush(m_other->store(), m_clock, "0302", *HttpsTransport::open(other).value())
                .run()
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(indicator->status().openFlags, 1, 30000);
    QVERIFY2(indicator->text().contains("1 open flag"), qPrintable(indicator->text()));

    // The supervisor's Flags tab (Ctrl+3): the case with its facts.
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    auto *table = window.findChild<QTableWidget *>("flagsTable");
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    QTRY_COMPARE(table->rowCount(), 1);
    const QString what = table->item(0, 3)->text();
    QVERIFY2(what.contains("0301 0000 0000 0017") && what.contains("0302 0000 0000 0015") &&
                 what.contains("station 0302"),
             qPrintable(what));
    QCOMPARE(table->item(0, 2)->text(), QString("open"));
    table->setFocus();
    table->selectRow(0);
    auto *resolve = window.findChild<QPushButton *>("resolveFlag");
    QTRY_VERIFY(resolve->isEnabled());
    // Alt+R asks why; the reason is typed and kept.
    QTimer answer;
    bool asked = false;
    connect(&answer, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            asked = true;
            answer.stop();
            dialog->setTextValue("0302 cancelled its card: issued twice");
            dialog->accept();
        }
    });
    answer.start(50);
    QTest::keyClick(resolve->window(), Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(asked);
    QTRY_COMPARE(table->item(0, 2)->text(), QString("resolved"));
    QCOMPARE(Flags(m_station->store(), m_station->audit(), m_clock).openCount().value(), 0);
    qint64 audited = 0;
    QVERIFY(m_station->store()
                .read([&](QSqlDatabase &db) -> Status {
                    Result<QSqlQuery *> q = m_station->store().exec(
                        db, "SELECT count(*) FROM audit_entries WHERE action = 'flag.resolve' "
                            "AND operator = 'supervisor'");
                    if (!q)
                        return q.error();
                    (*q)->next();
                    audited = (*q)->value(0).toLongLong();
                    (*q)->finish();
                    return Done{};
                })
                .ok());
    QCOMPARE(audited, 1);
    // The centre hears of it on the next round.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_world.postgres.psql("SELECT count(*) FROM flags WHERE for_station = '0301' AND "
                              "resolution = '0302 cancelled its card: issued twice'"),
        QString("1"), 30000);
}

QTEST_MAIN(TstSyncStatus)
#include "tst_syncstatus.moc"
