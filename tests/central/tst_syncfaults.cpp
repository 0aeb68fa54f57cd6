// Exactly once through faults: three enrolled stations push 2,000 events
// each through citizencard-fault-proxy (connections refused, cut mid-request
// and mid-response, delayed, stalled) to the real centre, which is killed
// with SIGKILL once and whose PostgreSQL is stopped with -m immediate once,
// mid-run. The centre must end with exactly 6,000 events, each station's in
// its order under its own IDs, and every outbox row acknowledged.
#include "sync/httpstransport.h"
#include "tests/support/centralpeers.h"
#include "tests/support/childprocess.h"
#include "tests/support/manualclock.h"
#include "tests/support/printingpeers.h"
#include "tests/support/storefixture.h"

#include "core/station/outbox.h"
#include "core/station/synclinks.h"
#include "core/workflows/syncloop.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>

using namespace cc;

namespace {

constexpr int kStations = 3;
constexpr int kEvents = 2000;

// Counts the requests a station makes and those that failed to reach the
// centre, around the real transport.
class CountingTransport : public SyncTransport {
public:
    explicit CountingTransport(SyncTransport &inner)
        : m_inner(inner) {}
    Result<PushAnswer> push(const QByteArray &batch) override {
        ++requests;
        Result<PushAnswer> r = m_inner.push(batch);
        if (!r && r.error().code == ErrorCode::NetworkFailed)
            ++failed;
        return r;
    }
    Result<ChangesPage> changes(const QString &since, int limit) override {
        return m_inner.changes(since, limit);
    }
    Result<QByteArray> document(const QString &kind, qint64 version) override {
        return m_inner.document(kind, version);
    }
    Result<QByteArray> preApplication(const QString &code) override {
        return m_inner.preApplication(code);
    }
    std::atomic<int> requests = 0;
    std::atomic<int> failed = 0;

private:
    SyncTransport &m_inner;
};

} // namespace

class TstSyncFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exactlyOnceThroughFaults();

private:
    qint64 held() const { return m_postgres.psql("SELECT count(*) FROM events").toLongLong(); }
    bool waitForHeld(qint64 atLeast, int timeoutMs);

    test::CentralWorld m_world;
    test::PostgresCluster &m_postgres = m_world.postgres;
    test::CentralProcess &m_central = m_world.central;
    QProcess m_proxy;
    int m_proxyPort = 0;
    ManualClock m_clock;
    std::vector<std::unique_ptr<StoreFixture>> m_stations;
};

void TstSyncFaults::initTestCase() {
    QString failed = m_world.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    test::dieWithParent(m_proxy);
    m_proxy.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_proxy.start(CITIZENCARD_FAULT_PROXY,
                  {"--listen", "0", "--upstream", QString("127.0.0.1:%1").arg(m_central.port()),
                   "--fault-rate", "0.3", "--seed", "20261201"});
    QVERIFY(m_proxy.waitForReadyRead(10000));
    m_proxyPort = m_proxy.readLine().trimmed().split(' ').last().toInt();
    QVERIFY(m_proxyPort > 0);

    for (int s = 0; s < kStations; ++s) {
        const QString id = QString("030%1").arg(s + 1);
        auto station = std::make_unique<StoreFixture>(m_clock, LockoutPolicy{}, id);
        QVERIFY2(station->ok(), qPrintable(station->error()));
        failed = m_world.enrol(*station, m_clock);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        failed = test::appendEvents(*station, m_clock, kEvents);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_stations.push_back(std::move(station));
    }
}

void TstSyncFaults::cleanupTestCase() {
    test::stopChild(m_proxy);
}

bool TstSyncFaults::waitForHeld(qint64 atLeast, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (held() >= atLeast)
            return true;
        QTest::qWait(100);
    }
    return false;
}

void TstSyncFaults::exactlyOnceThroughFaults() {
    std::vector<std::thread> workers;
    std::vector<std::unique_ptr<CountingTransport>> counted(kStations);
    std::vector<std::unique_ptr<HttpsTransport>> transports(kStations);
    std::vector<QString> outcomes(kStations);
    std::atomic<bool> stop = false;
    for (int s = 0; s < kStations; ++s) {
        StoreFixture &station = *m_stations[size_t(s)];
        SyncLink link =
            SyncLinks(station.store(), station.audit(), m_clock).load(station.admin())->value();
        link.url = QString("https://127.0.0.1:%1").arg(m_proxyPort); // through the faults
        Result<std::unique_ptr<HttpsTransport>> t = HttpsTransport::open(link, 2);
        QVERIFY(t.ok());
        transports[size_t(s)] = std::move(t).value();
        counted[size_t(s)] = std::make_unique<CountingTransport>(*transports[size_t(s)]);
        workers.emplace_back([&, s, id = QString("030%1").arg(s + 1)] {
            SyncPush push(m_stations[size_t(s)]->store(), m_clock, id, *counted[size_t(s)], 50);
            SyncLoop loop(push, Backoff(20, 400, 7u + unsigned(s)), [&](int ms) {
                std::this_thread::sleep_for(std::chrono::milliseconds(ms));
                return !stop.load();
            });
            Result<PushProgress> done = loop.runUntilSent(QDeadlineTimer(240000));
            outcomes[size_t(s)] = done ? QString() : done.error().toString();
        });
    }
    // Mid-run: the central process killed and started again on its port,
    // then PostgreSQL stopped without a shutdown checkpoint and started.
    const bool early = waitForHeld(1000, 60000);
    const qint64 atKill = held();
    m_central.kill();
    QTest::qWait(300);
    const QString restarted = m_central.start(m_postgres.conninfo(), m_world.caDir());
    const bool middle = restarted.isEmpty() && waitForHeld(3000, 60000);
    const qint64 atPgStop = held();
    const QString pgStopped = m_postgres.stop("immediate");
    QTest::qWait(500);
    const QString pgStarted = m_postgres.restart();
    for (std::thread &w : workers)
        w.join();
    QVERIFY(early);
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    QVERIFY(middle);
    // Both mid-run, not after the last event.
    QVERIFY2(atKill < kStations * kEvents && atPgStop < kStations * kEvents,
             qPrintable(QString("%1 %2").arg(atKill).arg(atPgStop)));
    QVERIFY2(pgStopped.isEmpty() && pgStarted.isEmpty(), qPrintable(pgStopped + pgStarted));
    for (int s = 0; s < kStations; ++s)
        QVERIFY2(outcomes[size_t(s)].isEmpty(), qPrintable(outcomes[size_t(s)]));

    // Exactly 6,000, each station's 1..2,000 under the IDs its outbox gave.
    QCOMPARE(held(), qint64(kStations) * kEvents);
    for (int s = 0; s < kStations; ++s) {
        const QString id = QString("030%1").arg(s + 1);
        QSqlQuery rows(m_stations[size_t(s)]->store().connection());
        QVERIFY(rows.exec("SELECT id || ' ' || event_id FROM outbox ORDER BY id"));
        QStringList expected;
        while (rows.next())
            expected << rows.value(0).toString();
        const QStringList central =
            m_postgres
                .psql(QString("SELECT station_seq || ' ' || event_id FROM events WHERE "
                              "station_id = '%1' ORDER BY station_seq")
                          .arg(id))
                .split('\n');
        QCOMPARE(central.size(), kEvents);
        QCOMPARE(central, expected);
        QCOMPARE(Outbox(m_stations[size_t(s)]->store()).waiting().value(), 0);
    }
    // Written in each station's order: no event committed before an earlier one.
    QCOMPARE(m_postgres.psql("SELECT count(*) FROM (SELECT station_seq, lag(station_seq, 1, 0) "
                             "OVER (PARTITION BY station_id ORDER BY xid::text::bigint, "
                             "station_seq) AS previous FROM events) t WHERE station_seq <> "
                             "previous + 1"),
             QString("0"));
    int requests = 0, failures = 0;
    for (const auto &c : counted) {
        requests += c->requests;
        failures += c->failed;
    }
    qInfo("%d requests, %d did not reach the centre or lost their answer (%.0f%%)", requests,
          failures, 100.0 * failures / std::max(1, requests));
    QVERIFY2(failures * 5 >= requests, "fewer than 20% of the requests were faulted");
}

QTEST_GUILESS_MAIN(TstSyncFaults)
#include "tst_syncfaults.moc"
