// The offline limits: an enrolled station too long without the central
// service, or with too many unsent events, produces no new card; setting the
// PC's clock back does not help, nor does a restart after it; the record of
// the last contact cannot be refreshed with sqlite3.
#include "devices/devicesmodule.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/station/outbox.h"
#include "core/station/synclinks.h"
#include "core/workflows/counterdesk.h"
#include "core/workflows/offlinelimits.h"

#include <QSqlQuery>
#include <QTest>

using namespace cc;

class TestOfflineLimits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void neverEnrolledHasNoLimit();
    void withinTheLimits();
    void tooLongOffline();
    void clockSetBackStillRefused();
    void restartWithTheClockBackStillRefused();
    void tooManyUnsentEvents();
    void contactRewrittenWithSqliteIsRefused();
    void produceRefusesBeforeAnythingIsRecorded();

private:
    void enrol();
    Status check() {
        return OfflineLimits(m_fixture->store(), m_fixture->audit(), m_clock, m_limits)
            .check(m_clerk);
    }

    ManualClock m_clock;
    std::unique_ptr<StoreFixture> m_fixture;
    Session m_clerk;
    EligibilityPolicy::Offline m_limits{7, 10};
};

void TestOfflineLimits::init() {
    m_clock = ManualClock();
    m_fixture = std::make_unique<StoreFixture>(m_clock);
    QVERIFY(m_fixture->ok());
    m_clerk = m_fixture->loginAs(Role::Clerk);
}

void TestOfflineLimits::cleanup() {
    m_clerk.lock();
    m_fixture.reset();
}

void TestOfflineLimits::enrol() {
    // The link as enrolment keeps it (the certificates' bytes do not matter here).
    QVERIFY(SyncLinks(m_fixture->store(), m_fixture->audit(), m_clock)
                .save(m_fixture->admin(),
                      {"https://central.example:8443", "ca", "cert", "key", "holder"})
                .ok());
}

void TestOfflineLimits::neverEnrolledHasNoLimit() {
    m_clock.advanceSeconds(400LL * 24 * 3600);
    QVERIFY(check().ok());
}

void TestOfflineLimits::withinTheLimits() {
    enrol();
    m_clock.advanceSeconds(6 * 24 * 3600 + 23 * 3600);
    QVERIFY(check().ok());
}

void TestOfflineLimits::tooLongOffline() {
    enrol();
    m_clock.advanceSeconds(7 * 24 * 3600);
    const Status refused = check();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::WrongState);
    QCOMPARE(refused.error().where, QString("offline.maxDays"));
    // Reaching the centre again lifts it.
    QVERIFY(SyncLinks(m_fixture->store(), m_fixture->audit(), m_clock).noteContact(m_clerk).ok());
    QVERIFY(check().ok());
}

void TestOfflineLimits::clockSetBackStillRefused() {
    enrol();
    const QDateTime enrolled = m_clock.nowUtc();
    m_clock.advanceSeconds(8 * 24 * 3600);
    m_clock.setWallClock(enrolled.addSecs(3600)); // "it is only an hour later"
    const Status refused = check();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().where, QString("offline.maxDays"));
}

void TestOfflineLimits::restartWithTheClockBackStillRefused() {
    enrol();
    const QDateTime enrolled = m_clock.nowUtc();
    m_clock.advanceSeconds(8 * 24 * 3600);
    QVERIFY(!check().ok()); // seen: eight days on
    m_clock.reboot();
    m_clock.setWallClock(enrolled.addSecs(3600));
    const Status refused = check();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().where, QString("offline.maxDays"));
}

void TestOfflineLimits::tooManyUnsentEvents() {
    enrol();
    Outbox outbox(m_fixture->store());
    QVERIFY(m_fixture->store()
                .write([&](QSqlDatabase &db) -> Status {
                    for (int i = 0; i < 10; ++i)
                        if (Status ok = outbox.append(
                                db, m_clock.nowUtc().toString(Qt::ISODateWithMs),
                                SyncEvent::cardStatusChanged(
                                    "0301000000000014", CardStatus::Blocked, StatusReason::Lost));
                            !ok)
                            return ok;
                    return Done{};
                })
                .ok());
    const Status refused = check();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().where, QString("offline.maxUnsentEvents"));
    QVERIFY(Outbox(m_fixture->store()).acknowledge(3, "2026-11-21T03:00:00.000Z").ok());
    QVERIFY(check().ok());
}

void TestOfflineLimits::contactRewrittenWithSqliteIsRefused() {
    enrol();
    m_clock.advanceSeconds(30 * 24 * 3600);
    QSqlQuery forged(m_fixture->store().connection());
    QVERIFY(forged.exec(QString("UPDATE sync_link SET last_contact_at = '%1'")
                            .arg(m_clock.nowUtc().toString(Qt::ISODateWithMs))));
    const Status refused = check();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::IntegrityFailed);
}

void TestOfflineLimits::produceRefusesBeforeAnythingIsRecorded() {
    enrol();
    m_clock.advanceSeconds(10 * 24 * 3600);
    DevicesModule devices; // not loaded: the refusal comes before any device
    EligibilityPolicy policy = EligibilityPolicy::defaults();
    QCOMPARE(policy.offline.maxDays, 7);
    CounterDesk desk(m_fixture->store(), m_fixture->audit(), m_clock, policy, devices);
    const ProduceResult produced =
        desk.produce(m_clerk, CounterApplication{}, 0, Carrier::EasyCard, DeviceChoice{});
    QVERIFY(!produced.outcome.ok());
    QCOMPARE(produced.outcome.error().where, QString("offline.maxDays"));
    QCOMPARE(produced.applicationId, 0);
    QSqlQuery none(m_fixture->store().connection());
    QVERIFY(none.exec("SELECT count(*) FROM applications"));
    QVERIFY(none.next());
    QCOMPARE(none.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestOfflineLimits)
#include "tst_offlinelimits.moc"
