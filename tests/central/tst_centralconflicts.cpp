// The second active personal card is found however the two cards arrive:
// two stations push a card for the same person at the same moment, round
// after round, against the real centre; every person is flagged to both
// stations, exactly once each (the holder lock: without it, each push's
// check misses the other's uncommitted card).
#include "sync/httpstransport.h"
#include "tests/support/centralpeers.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/domain/cardnumber.h"
#include "core/protocol/syncevent.h"
#include "core/station/synclinks.h"
#include "core/workflows/syncpush.h"

#include <QTest>

#include <thread>

using namespace cc;

class TstCentralConflicts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void simultaneousSecondCards();
    void companionIsNoConflict();

private:
    struct Station {
        std::unique_ptr<StoreFixture> store;
        SyncLink link;
    };
    QString open(Station &s, const QString &id);
    // application.submitted for `person` and card.issued of card `sequence`.
    QString append(Station &s, int person, qint64 sequence, CardType type);
    static QString pushBoth(Station &a, Station &b, const Clock &clock);

    test::CentralWorld m_world;
    ManualClock m_clock;
    Station m_a, m_b;
};

QString TstCentralConflicts::open(Station &s, const QString &id) {
    s.store = std::make_unique<StoreFixture>(m_clock, LockoutPolicy{}, id);
    if (!s.store->ok())
        return s.store->error();
    if (QString failed = m_world.enrol(*s.store, m_clock); !failed.isEmpty())
        return failed;
    s.link = SyncLinks(s.store->store(), s.store->audit(), m_clock).load(s.store->admin())->value();
    return {};
}

QString TstCentralConflicts::append(Station &s, int person, qint64 sequence, CardType type) {
    const QString holder = SyncLinks::holderOf(s.link.holderKey, QString("P%1").arg(person));
    const QString card = CardNumber::make(s.store->admin().stationId(), sequence).value();
    return test::appendOutbox(
        *s.store, m_clock,
        {SyncEvent::applicationSubmitted(sequence, person, type, "new", holder),
         SyncEvent::cardIssued(sequence, sequence, card, type, Carrier::EasyCard, "04a1b2c3", "")});
}

// Both stations push at once, each on its own connection.
QString TstCentralConflicts::pushBoth(Station &a, Station &b, const Clock &clock) {
    QString failed[2];
    const auto push = [&clock](Station &s, QString &out) {
        Result<std::unique_ptr<HttpsTransport>> t = HttpsTransport::open(s.link);
        if (!t) {
            out = t.error().toString();
            return;
        }
        Result<PushProgress> p =
            SyncPush(s.store->store(), clock, s.store->admin().stationId(), **t).run();
        if (!p)
            out = p.error().toString();
    };
    std::thread first(push, std::ref(a), std::ref(failed[0]));
    std::thread second(push, std::ref(b), std::ref(failed[1]));
    first.join();
    second.join();
    return failed[0] + failed[1];
}

void TstCentralConflicts::initTestCase() {
    QString failed = m_world.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = open(m_a, "0301");
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = open(m_b, "0302");
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TstCentralConflicts::simultaneousSecondCards() {
    constexpr int kRounds = 25;
    for (int round = 1; round <= kRounds; ++round) {
        QCOMPARE(append(m_a, round, round, CardType::General), QString());
        QCOMPARE(append(m_b, round, round, CardType::Senior), QString());
        QCOMPARE(pushBoth(m_a, m_b, m_clock), QString());
    }
    // Each person: one flag for each station, none twice.
    QCOMPARE(m_world.postgres.psql("SELECT count(*) FROM flags WHERE kind = 'conflict'"),
             QString::number(2 * kRounds));
    QCOMPARE(m_world.postgres.psql("SELECT count(DISTINCT subject) FROM flags WHERE kind = "
                                   "'conflict' AND for_station = '0301'"),
             QString::number(kRounds));
    QCOMPARE(m_world.postgres.psql("SELECT count(*) FROM events WHERE topic = 'flag.raised'"),
             QString::number(2 * kRounds));
}

void TstCentralConflicts::companionIsNoConflict() {
    // The companion card is extra: beside a personal card it raises nothing.
    const QString before = m_world.postgres.psql("SELECT count(*) FROM flags");
    QCOMPARE(append(m_a, 1000, 1000, CardType::Disability), QString());
    QCOMPARE(append(m_b, 1000, 1000, CardType::Companion), QString());
    QCOMPARE(pushBoth(m_a, m_b, m_clock), QString());
    QCOMPARE(m_world.postgres.psql("SELECT count(*) FROM flags"), before);
}

QTEST_GUILESS_MAIN(TstCentralConflicts)
#include "tst_centralconflicts.moc"
