// Stations enrolled, not configured by hand: the city CA made by
// citizencard-central ca init, a one-time code from station enrol, the
// station's own key pair and request, its certificate from the real centre,
// the key kept sealed in the store; then sync over that link, through the
// library and through citizencard-cli.
#include "sync/httpstransport.h"
#include "tests/support/centralpeers.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/crypto/tlskeys.h"
#include "core/station/synclinks.h"
#include "core/workflows/enrolment.h"
#include "core/workflows/syncpush.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class TstCentralEnrol : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void enrolsAndPushes();
    void codeServesOnce_data();
    void codeServesOnce();
    void enrollingAgainRetiresTheOldCertificate();
    void linkChangedWithSqliteDoesNotOpen();
    void cliEnrolsAndSyncs();

private:
    QString newCode(const QString &station);
    Status enrol(const QString &code);
    void append(int count);
    qint64 held() const { return m_postgres.psql("SELECT count(*) FROM events").toLongLong(); }

    test::CentralWorld m_world;
    test::PostgresCluster &m_postgres = m_world.postgres;
    test::CentralProcess &m_central = m_world.central;
    ManualClock m_clock;
    std::unique_ptr<StoreFixture> m_station;
};

void TstCentralEnrol::initTestCase() {
    const QString failed = m_world.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    // The CA's key is readable by its owner only.
    QCOMPARE(QFile(QDir(m_world.caDir()).filePath("station-ca.key")).permissions() & 0x0077, 0);
}

void TstCentralEnrol::init() {
    m_station = std::make_unique<StoreFixture>(m_clock);
    QVERIFY2(m_station->ok(), qPrintable(m_station->error()));
    QVERIFY(!m_postgres.psql("TRUNCATE events, enrolment_codes").isNull());
    QVERIFY(!m_postgres.psql("DELETE FROM stations").isNull());
}

void TstCentralEnrol::cleanup() {
    m_station.reset();
}

QString TstCentralEnrol::newCode(const QString &station) {
    return m_world.code(station);
}

Status TstCentralEnrol::enrol(const QString &code) {
    const QString url = m_central.url();
    const QByteArray ca = m_world.caPem();
    return Enrolment(m_station->store(), m_station->audit(), m_clock)
        .run(m_station->admin(), url, ca, code,
             [&](const EnrolRequest &r) { return HttpsTransport::enrol(url, ca, r); });
}

void TstCentralEnrol::append(int count) {
    const QString failed = test::appendEvents(*m_station, m_clock, count);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TstCentralEnrol::enrolsAndPushes() {
    const QString code = newCode("0301");
    QVERIFY(!code.isEmpty());
    const Status enrolled = enrol(code);
    QVERIFY2(enrolled.ok(), qPrintable(enrolled ? QString() : enrolled.error().toString()));
    // The key is sealed in the store: nothing of it in clear.
    QSqlQuery row(m_station->store().connection());
    QVERIFY(row.exec("SELECT private_key, certificate FROM sync_link"));
    QVERIFY(row.next());
    QVERIFY(!row.value(0).toByteArray().contains("PRIVATE KEY"));
    const CertificateFacts facts = TlsKeys::facts(row.value(1).toByteArray()).value();
    QCOMPARE(facts.commonName, QString("0301"));
    QCOMPARE(m_postgres.psql("SELECT certificate_serial FROM stations WHERE station_id = '0301'"),
             facts.serial);
    // Over that link, as any operator (a clerk holds the same sealing key).
    Session clerk = m_station->loginAs(Role::Clerk);
    Result<std::optional<SyncLink>> link =
        SyncLinks(m_station->store(), m_station->audit(), m_clock).load(clerk);
    QVERIFY(link.ok() && link->has_value());
    QVERIFY(TlsKeys::matches((*link)->certificate, (*link)->privateKey));
    append(5);
    Result<std::unique_ptr<HttpsTransport>> transport = HttpsTransport::open(**link);
    QVERIFY(transport.ok());
    Result<PushProgress> pushed = SyncPush(m_station->store(), m_clock, "0301", **transport).run();
    QVERIFY2(pushed.ok(), qPrintable(pushed ? QString() : pushed.error().toString()));
    QCOMPARE(held(), 5);
}

void TstCentralEnrol::codeServesOnce_data() {
    QTest::addColumn<QString>("how");
    QTest::newRow("used twice") << "twice";
    QTest::newRow("another station's code") << "other";
    QTest::newRow("made up") << "made-up";
    QTest::newRow("expired") << "expired";
}

void TstCentralEnrol::codeServesOnce() {
    QFETCH(QString, how);
    QString code = newCode(how == "other" ? "0302" : "0301");
    if (how == "twice")
        QVERIFY(enrol(code).ok());
    if (how == "made-up")
        code = "AAAAAAAAAAAAAA";
    if (how == "expired")
        QVERIFY(!m_postgres
                     .psql("UPDATE enrolment_codes SET expires_at = now() - interval '1 "
                           "second'")
                     .isNull());
    const Status refused = enrol(code);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Refused);
    if (how != "twice") {
        QCOMPARE(m_postgres.psql("SELECT count(*) FROM stations WHERE enrolled_at IS NOT NULL"),
                 QString("0"));
        QSqlQuery none(m_station->store().connection());
        QVERIFY(none.exec("SELECT count(*) FROM sync_link"));
        QVERIFY(none.next());
        QCOMPARE(none.value(0).toInt(), 0);
    }
}

void TstCentralEnrol::enrollingAgainRetiresTheOldCertificate() {
    QVERIFY(enrol(newCode("0301")).ok());
    const SyncLink first = SyncLinks(m_station->store(), m_station->audit(), m_clock)
                               .load(m_station->admin())
                               ->value();
    QVERIFY(enrol(newCode("0301")).ok());
    // The first certificate is the city CA's and names the station, but is
    // no longer the station's: refused.
    append(1);
    Result<std::unique_ptr<HttpsTransport>> old = HttpsTransport::open(first);
    QVERIFY(old.ok());
    Result<PushProgress> refused = SyncPush(m_station->store(), m_clock, "0301", **old).run();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Refused);
    QCOMPARE(held(), 0);
}

void TstCentralEnrol::linkChangedWithSqliteDoesNotOpen() {
    QVERIFY(enrol(newCode("0301")).ok());
    QSqlQuery change(m_station->store().connection());
    QVERIFY(change.exec("UPDATE sync_link SET central_url = 'https://evil.example:443'"));
    Result<std::optional<SyncLink>> link =
        SyncLinks(m_station->store(), m_station->audit(), m_clock).load(m_station->admin());
    QVERIFY(!link.ok());
    QCOMPARE(link.error().code, ErrorCode::IntegrityFailed);
}

void TstCentralEnrol::cliEnrolsAndSyncs() {
    const QString caFile = QDir(m_world.caDir()).filePath("station-ca.crt");
    const auto cli = [&](const QString &user, const QStringList &args, QByteArray *out = nullptr) {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert("CITIZENCARD_PASSWORD", StoreFixture::passwordOf(user));
        p.setProcessEnvironment(e);
        p.start(CITIZENCARD_CLI, args + QStringList{"--db", m_station->path(), "--user", user});
        p.waitForFinished(60000);
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    (void)m_station->loginAs(Role::Clerk);
    const QString code = newCode("0301");
    // A clerk may not enrol the station; the admin may.
    QCOMPARE(cli("clerk", {"station", "enrol", "--central", m_central.url(), "--code", code, "--ca",
                           caFile}),
             2);
    QCOMPARE(cli("admin", {"station", "enrol", "--central", m_central.url(), "--code", code, "--ca",
                           caFile}),
             0);
    append(42);
    QByteArray out;
    QCOMPARE(cli("clerk", {"sync", "run", "--json"}, &out), 0);
    const QJsonObject status = QJsonDocument::fromJson(out).object();
    QCOMPARE(status.value("waiting").toInteger(), 0);
    QCOMPARE(status.value("heldThrough").toInteger(), 42);
    QVERIFY(!status.value("lastContact").toString().isEmpty());
    QCOMPARE(status.value("openFlags").toInteger(), 0);
    QCOMPARE(held(), 42);

    // The 42 cards reported lost are on the hotlist a partner gets.
    QTemporaryDir dir;
    const QString list = dir.filePath("hotlist.txt");
    QCOMPARE(cli("clerk", {"hotlist", "export", "--out", list}), 0);
    const auto verify = [&](QByteArray *answer) {
        QProcess p;
        p.start(CITIZENCARD_CLI,
                {"hotlist", "verify", "--list", list, "--key",
                 QDir(m_world.caDir()).filePath("hotlist-signing.pub.pem"), "--json"});
        p.waitForFinished(60000);
        *answer = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    QCOMPARE(verify(&out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value("entries").toInteger(), 42);
    // One byte changed: refused (exit 1), and nothing is read from it.
    QFile f(list);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray text = f.readAll();
    text[text.indexOf("lost")] = 'L';
    QVERIFY(f.seek(0));
    f.write(text);
    f.close();
    QCOMPARE(verify(&out), 1);
    QVERIFY2(out.contains("signature"), out.constData());
}

QTEST_GUILESS_MAIN(TstCentralEnrol)
#include "tst_centralenrol.moc"
