// Pre-applications made online: signed with the citizen's certificate,
// taken by the real centre, pulled only by the office they were made for,
// finished once at the counter, and then forgotten by the centre.
#include "registry/fixtureregistry.h"
#include "sync/httpstransport.h"
#include "tests/support/centralpeers.h"
#include "tests/support/citizenpki.h"
#include "tests/support/idnumbers.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/protocol/preapplication.h"
#include "core/station/preapplications.h"
#include "core/station/synclinks.h"
#include "core/workflows/counter.h"
#include "core/workflows/syncpull.h"
#include "core/workflows/syncpush.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <httplib.h>

using namespace cc;

namespace {

const QString kApplicant = QStringLiteral("A123456789"); // 陳美玲, 71, in demo/registry
const QString kSomeoneElse = test::idNumber("F1", 1);

PreApplication document(const QString &office = QStringLiteral("0301")) {
    PreApplication p;
    p.office = office;
    p.nationalId = kApplicant;
    p.name = QStringLiteral("陳美玲");
    p.cardType = CardType::Senior;
    p.carrier = Carrier::IPass;
    p.submittedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    return p;
}

} // namespace

class TstCentralPreApp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reachesOnlyItsOffice();
    void refusedUnlessTheApplicantSigned_data();
    void refusedUnlessTheApplicantSigned();
    void finishedOnceThenForgotten();

private:
    // POST /v1/preapplications: the status and the body.
    std::pair<int, QJsonObject> post(const QByteArray &body);
    CounterApplication application(const QString &code);

    test::CitizenPki m_citizens;
    test::CentralWorld m_world;
    ManualClock m_clock;
    std::unique_ptr<StoreFixture> m_a, m_b;
    QString m_code;
};

void TstCentralPreApp::initTestCase() {
    QString failed = m_citizens.make();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = m_world.start({"--citizen-ca", m_citizens.caPath()});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_a = m_world.enrolled("0301", m_clock, failed);
    QVERIFY2(m_a, qPrintable(failed));
    m_b = m_world.enrolled("0302", m_clock, failed);
    QVERIFY2(m_b, qPrintable(failed));
}

std::pair<int, QJsonObject> TstCentralPreApp::post(const QByteArray &body) {
    httplib::SSLClient client("127.0.0.1", m_world.central.port());
    const QString ca = QDir(m_world.caDir()).filePath("station-ca.crt");
    client.set_ca_cert_path(ca.toStdString().c_str());
    client.enable_server_certificate_verification(true);
    httplib::Result r = client.Post("/v1/preapplications", body.constData(), size_t(body.size()),
                                    "application/pkcs7-mime");
    if (!r)
        return {-1, {}};
    return {r->status, QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object()};
}

CounterApplication TstCentralPreApp::application(const QString &code) {
    std::unique_ptr<FixtureRegistry> registry =
        FixtureRegistry::load(CITIZENCARD_SOURCE_DIR "/demo/registry").value();
    const RegistryEntry e = registry->lookup(kApplicant).value().value();
    CounterApplication a;
    a.person = {kApplicant, e.name, e.nameLatin, e.facts.birthDate, e.address, {}, {}};
    a.facts = e.facts;
    a.type = CardType::Senior;
    a.preApplication = code;
    return a;
}

void TstCentralPreApp::reachesOnlyItsOffice() {
    const QByteArray signedDocument = m_citizens.sign(document().toJson(), kApplicant);
    const auto [status, body] = post(signedDocument);
    QCOMPARE(status, 201);
    m_code = body.value("code").toString();
    QCOMPARE(PreApplication::normalizedCode(m_code), m_code);
    // Sent again (the portal retried): the same code, nothing kept twice.
    QCOMPARE(post(signedDocument).second.value("code").toString(), m_code);
    QCOMPARE(m_world.postgres.psql("SELECT count(*) FROM preapplications"), QString("1"));
    // A code the station noted that the centre does not serve (withdrawn,
    // or collected before a restore) is dropped, not fetched forever.
    PreApplications held(m_a->store());
    QVERIFY(m_a->store()
                .write([&](QSqlDatabase &db) {
                    return held.noteIn(db, "PA0000000000", CardType::General, "2026-11-01");
                })
                .ok());

    // An admin's round notes the code but cannot hold the personal data.
    std::unique_ptr<HttpsTransport> a = test::transportOf(*m_a, m_clock);
    Result<PullProgress> pulled =
        SyncPull(m_a->store(), m_a->audit(), m_clock, *a).run(m_a->admin());
    QVERIFY2(pulled.ok(), qPrintable(pulled ? QString() : pulled.error().toString()));
    QCOMPARE(pulled->preApplications, 0);
    const Session clerk = m_a->loginAs(Role::Clerk);
    QCOMPARE(PreApplications(m_a->store()).find(clerk, m_code).error().code, ErrorCode::WrongState);
    // The next operator's round fetches it, sealed in the store.
    pulled = SyncPull(m_a->store(), m_a->audit(), m_clock, *a).run(clerk);
    QVERIFY(pulled.ok());
    QCOMPARE(pulled->preApplications, 1);
    QCOMPARE(PreApplications(m_a->store()).find(clerk, "PA0000000000").error().code,
             ErrorCode::NotFound);
    Result<HeldPreApplication> found = PreApplications(m_a->store()).find(clerk, m_code);
    QVERIFY2(found.ok(), qPrintable(found ? QString() : found.error().toString()));
    QCOMPARE(found->document.nationalId, kApplicant);
    QCOMPARE(found->document.cardType, CardType::Senior);
    QCOMPARE(found->document.carrier, Carrier::IPass);
    QCOMPARE(found->document.name, QString("陳美玲"));
    QCOMPARE(found->applicationId, 0);

    // Another office hears nothing of it, and may not fetch it.
    std::unique_ptr<HttpsTransport> b = test::transportOf(*m_b, m_clock);
    const Session clerkB = m_b->loginAs(Role::Clerk);
    QVERIFY(SyncPull(m_b->store(), m_b->audit(), m_clock, *b).run(clerkB).ok());
    QCOMPARE(PreApplications(m_b->store()).find(clerkB, m_code).error().code, ErrorCode::NotFound);
    QCOMPARE(b->preApplication(m_code).error().code, ErrorCode::NotFound);
}

void TstCentralPreApp::refusedUnlessTheApplicantSigned_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("where");
    const QByteArray good = document().toJson();
    QTest::newRow("a CA nobody trusts")
        << m_citizens.sign(good, kApplicant, false) << 403 << "signature";
    QTest::newRow("another person's certificate")
        << m_citizens.sign(good, kSomeoneElse) << 403 << "$.nationalId";
    QByteArray tampered = m_citizens.sign(good, kApplicant);
    tampered[tampered.indexOf("senior")] = 'x';
    QTest::newRow("changed after signing") << tampered << 403 << "signature";
    QTest::newRow("not signed at all") << good << 400 << "body";
    QTest::newRow("an office that does not exist")
        << m_citizens.sign(document("0999").toJson(), kApplicant) << 404 << "$.office";
    QByteArray badId = good;
    badId.replace(kApplicant.toLatin1(), "A123456780");
    QTest::newRow("not an ID number")
        << m_citizens.sign(badId, "A123456780") << 400 << "$.nationalId";
    QByteArray unknownKey = good;
    unknownKey.replace("{\"", "{\"photo\":1,\"");
    QTest::newRow("a field it does not know")
        << m_citizens.sign(unknownKey, kApplicant) << 422 << "$.photo";
    PreApplication stale = document();
    stale.submittedAt = QDateTime::currentDateTimeUtc().addDays(-8);
    QTest::newRow("signed more than a week ago")
        << m_citizens.sign(stale.toJson(), kApplicant) << 400 << "$.submittedAt";
    QTest::newRow("too large") << QByteArray(70 * 1024, 'x') << 413 << "";
}

void TstCentralPreApp::refusedUnlessTheApplicantSigned() {
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, where);
    QVERIFY(!body.isEmpty());
    const auto [got, answer] = post(body);
    QCOMPARE(got, status);
    QCOMPARE(answer.value("where").toString(), where);
    // Nothing kept, nothing told to a station.
    QCOMPARE(m_world.postgres.psql("SELECT count(*) FROM preapplications"), QString("1"));
    QCOMPARE(m_world.postgres.psql(
                 "SELECT count(*) FROM events WHERE topic = 'preapplication.received'"),
             QString("1"));
}

void TstCentralPreApp::finishedOnceThenForgotten() {
    QVERIFY(!m_code.isEmpty());
    const Session clerk = m_a->loginAs(Role::Clerk);
    Counter counter(m_a->store(), m_a->audit(), m_clock, EligibilityPolicy::defaults());
    // Only its applicant's.
    CounterApplication other = application(m_code);
    other.person.nationalId = kSomeoneElse;
    QCOMPARE(counter.applyNew(clerk, other).error().code, ErrorCode::Refused);

    Result<qint64> made = counter.applyNew(clerk, application(m_code));
    QVERIFY2(made.ok(), qPrintable(made ? QString() : made.error().toString()));
    QCOMPARE(PreApplications(m_a->store()).find(clerk, m_code)->applicationId, *made);
    QCOMPARE(counter.applyNew(clerk, application(m_code)).error().code, ErrorCode::WrongState);
    QCOMPARE(counter.preApplication(clerk, m_code).error().code, ErrorCode::WrongState);

    // Told to the centre, which keeps only that it was collected.
    std::unique_ptr<HttpsTransport> a = test::transportOf(*m_a, m_clock);
    QVERIFY(SyncPush(m_a->store(), m_clock, "0301", *a).run().ok());
    QCOMPARE(m_world.postgres.psql(QString("SELECT signed IS NULL, document IS NULL, "
                                           "collected_at IS NOT NULL, application FROM "
                                           "preapplications WHERE code = '%1'")
                                       .arg(m_code)),
             QString("t|t|t|%1").arg(*made));
    QCOMPARE(a->preApplication(m_code).error().code, ErrorCode::NotFound);
    // Nor does the station keep the document: the application has what it needs.
    int documents = -1;
    (void)m_a->store().read([&](QSqlDatabase &db) -> Status {
        QSqlQuery q("SELECT count(*) FROM preapplications WHERE document IS NOT NULL", db);
        if (q.next())
            documents = q.value(0).toInt();
        return Done{};
    });
    QCOMPARE(documents, 0);
}

QTEST_GUILESS_MAIN(TstCentralPreApp)
#include "tst_centralpreapp.moc"
