// Changes since a cursor: what the other stations changed, in the order of
// the transactions that wrote it, and never skipping a row whose transaction
// commits after a later one (the cursor trap of a plain serial column).
#include "sync/httpstransport.h"
#include "tests/support/centralpeers.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/station/synclinks.h"
#include "core/workflows/syncpush.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace cc;

class TstCentralPull : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void othersChangesInOrder();
    void lateCommitIsNotSkipped();

private:
    void push(StoreFixture &station, int events);

    test::CentralWorld m_world;
    ManualClock m_clock;
    std::unique_ptr<StoreFixture> m_a, m_b;
    QString m_cursor = "0"; // station B's, across the tests
};

void TstCentralPull::initTestCase() {
    QString failed = m_world.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_a = m_world.enrolled("0301", m_clock, failed);
    QVERIFY2(m_a, qPrintable(failed));
    m_b = m_world.enrolled("0302", m_clock, failed);
    QVERIFY2(m_b, qPrintable(failed));
}

void TstCentralPull::push(StoreFixture &station, int events) {
    QVERIFY(test::appendEvents(station, m_clock, events).isEmpty());
    std::unique_ptr<HttpsTransport> t = test::transportOf(station, m_clock);
    QVERIFY(SyncPush(station.store(), m_clock, station.admin().stationId(), *t).run().ok());
}

void TstCentralPull::othersChangesInOrder() {
    push(*m_a, 3);
    push(*m_b, 2);
    std::unique_ptr<HttpsTransport> b = test::transportOf(*m_b, m_clock);
    const ChangesPage first = b->changes("0", 1000).value();
    QCOMPARE(first.changes.size(), 3); // A's, not B's own
    for (const Change &c : first.changes) {
        QCOMPARE(c.station, QString("0301"));
        QCOMPARE(c.topic, EventTopic::CardBlocked);
    }
    QCOMPARE(first.changes.at(0).payload.value("cardNumber").toString(),
             QString("0301000000000000"));
    m_cursor = first.next;
    QCOMPARE(b->changes(m_cursor, 1000).value().changes.size(), 0);
    // In pages: the same three, one at a time.
    QString cursor = "0";
    for (int i = 0; i < 3; ++i) {
        const ChangesPage page = b->changes(cursor, 1).value();
        QCOMPARE(page.changes.size(), 1);
        cursor = page.next;
    }
    QCOMPARE(cursor, m_cursor);
    // A sees B's two.
    QCOMPARE(test::transportOf(*m_a, m_clock)->changes("0", 1000).value().changes.size(), 2);
    // A made-up cursor is refused.
    QCOMPARE(b->changes("1.x", 1000).error().code, ErrorCode::BadValue);
}

void TstCentralPull::lateCommitIsNotSkipped() {
    // A transaction that wrote a change earlier and commits later.
    QProcess psql;
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start("psql",
               {"-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", m_world.postgres.conninfo()});
    QVERIFY(psql.waitForStarted());
    psql.write("BEGIN;\n"
               "INSERT INTO events (event_id, station_id, station_seq, at, topic, object, payload) "
               "VALUES (gen_random_uuid(), '0301', 9000, now(), 'card.blocked', "
               "'card:0301000000009000', '{\"cardNumber\": \"0301000000009000\"}');\n");
    // psql's output is buffered: ask the server when the insert is in.
    QTRY_COMPARE_WITH_TIMEOUT(m_world.postgres.psql("SELECT count(*) FROM pg_stat_activity "
                                                    "WHERE state = 'idle in transaction'"),
                              QString("1"), 10000);
    // Meanwhile A's next change commits.
    push(*m_a, 1);
    std::unique_ptr<HttpsTransport> b = test::transportOf(*m_b, m_clock);
    // Held back while the older transaction runs: serving A's now would move
    // the cursor past the late row.
    QCOMPARE(b->changes(m_cursor, 1000).value().changes.size(), 0);
    psql.write("COMMIT;\n\\q\n");
    QVERIFY(psql.waitForFinished(10000));
    QCOMPARE(psql.exitCode(), 0);
    const QList<Change> changes = b->changes(m_cursor, 1000).value().changes;
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).object,
             QString("card:0301000000009000")); // the late one first: its transaction is older
}

QTEST_GUILESS_MAIN(TstCentralPull)
#include "tst_centralpull.moc"
