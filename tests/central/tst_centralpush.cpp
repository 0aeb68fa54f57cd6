// A station's outbox pushed to the real central service over mutual TLS,
// into a throwaway PostgreSQL: every event held once, in the station's
// order, and acknowledged only on the centre's answer; and the requests the
// centre refuses, each with its status code and nothing written.
#include "sync/httpstransport.h"
#include "tests/support/centralpeers.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/station/outbox.h"
#include "core/workflows/syncpush.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <httplib.h>

using namespace cc;

namespace {

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstCentralPush : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void eachEventHeldOnce();
    void answerLostMeansSentAgainNotDoubled();
    void refusals_data();
    void refusals();
    void revokedStationIsRefusedAtOnce();

private:
    // `count` events in the station's outbox, one transaction.
    void append(int count);
    SyncLink link() const;
    qint64 held() const { return m_postgres.psql("SELECT count(*) FROM events").toLongLong(); }
    // Sends `body` to POST /v1/events as the station `as` (none: no
    // certificate); the status code.
    int rawPush(const QByteArray &body, const QString &as);

    test::PostgresCluster m_postgres;
    test::TestPki m_pki;
    test::CentralProcess m_central;
    ManualClock m_clock;
    std::unique_ptr<StoreFixture> m_station;
};

void TstCentralPush::initTestCase() {
    QString failed = m_postgres.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = m_pki.make();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    for (const char *id : {"0301", "0302"}) {
        failed = m_pki.station(id);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    failed = m_pki.station("0301", true);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = m_central.start(m_postgres.conninfo(), m_pki);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    for (const char *id : {"0301", "0302"})
        QVERIFY(
            !test::CentralProcess::run(m_postgres.conninfo(), {"station", "enrol", "--station", id})
                 .trimmed()
                 .isEmpty());
}

void TstCentralPush::init() {
    m_station = std::make_unique<StoreFixture>(m_clock);
    QVERIFY2(m_station->ok(), qPrintable(m_station->error()));
    QVERIFY(!m_postgres.psql("TRUNCATE events").isNull());
    QVERIFY(!m_postgres.psql("UPDATE stations SET held_through = 0, revoked_at = NULL").isNull());
}

void TstCentralPush::cleanup() {
    m_station.reset();
}

void TstCentralPush::append(int count) {
    Outbox outbox(m_station->store());
    const QString at = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    QVERIFY(m_station->store()
                .write([&](QSqlDatabase &db) -> Status {
                    for (int i = 0; i < count; ++i)
                        if (Status ok = outbox.append(
                                db, at,
                                SyncEvent::cardStatusChanged(
                                    QStringLiteral("03010000%1").arg(i, 8, 10, QLatin1Char('0')),
                                    CardStatus::Blocked, StatusReason::Lost));
                            !ok)
                            return ok;
                    return Done{};
                })
                .ok());
}

SyncLink TstCentralPush::link() const {
    return {m_central.url(),
            fileBytes(m_pki.path("ca.crt")),
            fileBytes(m_pki.path("0301.crt")),
            fileBytes(m_pki.path("0301.key")),
            {}};
}

int TstCentralPush::rawPush(const QByteArray &body, const QString &as) {
    std::unique_ptr<httplib::SSLClient> client =
        as.isEmpty() ? std::make_unique<httplib::SSLClient>("127.0.0.1", m_central.port())
                     : std::make_unique<httplib::SSLClient>("127.0.0.1", m_central.port(),
                                                            m_pki.path(as + ".crt").toStdString(),
                                                            m_pki.path(as + ".key").toStdString());
    client->set_ca_cert_path(m_pki.path("ca.crt").toStdString().c_str());
    client->enable_server_certificate_verification(true);
    httplib::Result r =
        client->Post("/v1/events", body.constData(), size_t(body.size()), "application/json");
    return r ? r->status : -1;
}

void TstCentralPush::eachEventHeldOnce() {
    append(1200);
    Result<std::unique_ptr<HttpsTransport>> transport = HttpsTransport::open(link());
    QVERIFY2(transport.ok(), qPrintable(transport ? QString() : transport.error().toString()));
    Result<PushProgress> pushed = SyncPush(m_station->store(), m_clock, "0301", **transport).run();
    QVERIFY2(pushed.ok(), qPrintable(pushed ? QString() : pushed.error().toString()));
    QCOMPARE(pushed->batches, 2); // 1,000 and 200
    QCOMPARE(pushed->heldThrough, 1200);
    QCOMPARE(pushed->waiting, 0);
    QCOMPARE(held(), 1200);
    // In the station's order, under the station's IDs.
    QCOMPARE(m_postgres.psql("SELECT count(*) FROM events WHERE station_id = '0301' AND "
                             "station_seq BETWEEN 1 AND 1200"),
             QString("1200"));
    QSqlQuery ids(m_station->store().connection());
    QVERIFY(ids.exec("SELECT event_id FROM outbox WHERE id = 777"));
    QVERIFY(ids.next());
    QCOMPARE(m_postgres.psql("SELECT station_seq FROM events WHERE event_id = '" +
                             ids.value(0).toString() + "'"),
             QString("777"));
    // Nothing left: no request at all.
    Result<PushProgress> again = SyncPush(m_station->store(), m_clock, "0301", **transport).run();
    QVERIFY(again.ok());
    QCOMPARE(again->batches, 0);
}

void TstCentralPush::answerLostMeansSentAgainNotDoubled() {
    append(700);
    Result<std::unique_ptr<HttpsTransport>> transport = HttpsTransport::open(link());
    QVERIFY(transport.ok());
    QVERIFY(SyncPush(m_station->store(), m_clock, "0301", **transport).run().ok());
    QCOMPARE(held(), 700);
    // As if the answers to the last batches never arrived: the station still
    // has them waiting and sends them again, with 300 new ones.
    QSqlQuery lost(m_station->store().connection());
    QVERIFY(lost.exec("UPDATE outbox SET acknowledged_at = NULL WHERE id > 200"));
    append(300);
    Result<PushProgress> pushed = SyncPush(m_station->store(), m_clock, "0301", **transport).run();
    QVERIFY2(pushed.ok(), qPrintable(pushed ? QString() : pushed.error().toString()));
    QCOMPARE(pushed->heldThrough, 1000);
    QCOMPARE(pushed->waiting, 0);
    QCOMPARE(held(), 1000);
    QCOMPARE(m_postgres.psql("SELECT count(DISTINCT station_seq) FROM events"), QString("1000"));
}

void TstCentralPush::refusals_data() {
    QTest::addColumn<QString>("as");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QByteArray good = PushBatch{
        "0301",
        {{QUuid::createUuid(),
          1,
          QDateTime::currentDateTimeUtc(),
          EventTopic::CardBlocked,
          "card:0301000000000014",
          QByteArray(R"({"cardNumber":"0301000000000014"})"),
          {}}}}.toJson();
    QByteArray otherStation = good;
    otherStation.replace("\"station\":\"0301\"", "\"station\":\"0302\"");
    QByteArray unknownTopic = good;
    unknownTopic.replace("card.blocked", "card.melted");
    QTest::newRow("no certificate") << "" << good << 401;
    QTest::newRow("another CA's certificate") << "0301-rogue" << good << 403;
    QTest::newRow("pushing for another station") << "0301" << otherStation << 403;
    QTest::newRow("malformed JSON") << "0301" << QByteArray("{\"station\": \"0301\", ") << 400;
    QTest::newRow("unknown event type") << "0301" << unknownTopic << 422;
    QTest::newRow("over the size limit")
        << "0301" << QByteArray(int(PushBatch::kMaxBodyBytes) + 1, ' ') << 413;
    QTest::newRow("not a station of this centre") << "0302-unknown" << good << 403;
}

void TstCentralPush::refusals() {
    QFETCH(QString, as);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    if (as == "0302-unknown") {
        QVERIFY(!m_postgres.psql("DELETE FROM enrolment_codes WHERE station_id = '0302'").isNull());
        QVERIFY(!m_postgres.psql("DELETE FROM stations WHERE station_id = '0302'").isNull());
        as = "0302";
    }
    QCOMPARE(rawPush(body, as), status);
    QCOMPARE(held(), 0);
    QCOMPARE(m_postgres.psql("SELECT max(held_through) FROM stations"), QString("0"));
    // The same body from its own station with its own certificate is taken.
    if (status == 401)
        QCOMPARE(rawPush(body, "0301"), 200);
}

void TstCentralPush::revokedStationIsRefusedAtOnce() {
    append(10);
    Result<std::unique_ptr<HttpsTransport>> transport = HttpsTransport::open(link());
    QVERIFY(transport.ok());
    QVERIFY(SyncPush(m_station->store(), m_clock, "0301", **transport).run().ok());
    QCOMPARE(held(), 10);
    QVERIFY(!test::CentralProcess::run(m_postgres.conninfo(),
                                       {"station", "revoke", "--station", "0301"})
                 .isNull());
    append(5);
    // The same kept-alive connection: refused on the next request.
    Result<PushProgress> pushed = SyncPush(m_station->store(), m_clock, "0301", **transport).run();
    QVERIFY(!pushed.ok());
    QCOMPARE(pushed.error().code, ErrorCode::Refused);
    QCOMPARE(held(), 10);
    QCOMPARE(Outbox(m_station->store()).waiting().value(), 5);
}

QTEST_GUILESS_MAIN(TstCentralPush)
#include "tst_centralpush.moc"
