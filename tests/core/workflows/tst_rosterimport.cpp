// Roster import into a batch on a real store: the committed rosters in every
// encoding, every kind of bad row named by row and column, a person already
// holding a card, all or nothing checked by counting rows afterwards, and
// "import the good rows" with the rest handed back.
#include "registry/fixtureregistry.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/domain/objects.h"
#include "core/station/applicants.h"
#include "core/station/batches.h"
#include "core/station/cards.h"
#include "core/station/session.h"
#include "core/workflows/rosterimport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace cc;

namespace {

QByteArray fixture(const char *name) {
    QFile f(QStringLiteral(CITIZENCARD_TEST_DATA_DIR "/rosters/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

qint64 count(Store &store, const QString &sql) {
    qint64 n = -1;
    (void)store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = store.exec(db, sql);
        if (q && (*q)->next())
            n = (*q)->value(0).toLongLong();
        return Done{};
    });
    return n;
}

} // namespace

class TestRosterImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsEveryEncoding_data();
    void importsEveryEncoding();
    void oneBadRowWritesNothing();
    void goodRowsOnlyHandsTheRestBack();
    void importReopensAnApprovedBatch();
    void onlyRosterBatchesTakeRosters();
    void agencyRosterAgainstTheRegistry();
    void aHeldPersonKeepsTheirDetails();

private:
    Result<RosterImportReport> import(qint64 batch, const char *file,
                                      RosterImportOptions options = {},
                                      RegistryGateway *registry = nullptr) {
        return RosterImport(m_fixture->store(), m_fixture->audit(), m_clock,
                            EligibilityPolicy::defaults(), registry)
            .run(m_clerk, batch, fixture(file), QString::fromLatin1(file), options);
    }
    qint64 schoolBatch() {
        return Batches(m_fixture->store(), m_fixture->audit(), m_clock)
            .create(m_clerk, {BatchKind::SchoolRoster, "中壢國小 115 學年", CardType::Student})
            .value();
    }
    qint64 applications(qint64 batch) {
        return count(m_fixture->store(),
                     QStringLiteral("SELECT count(*) FROM applications WHERE batch_id = %1 AND "
                                    "status = 'received'")
                         .arg(batch));
    }
    // An active general card for the person, issued at the counter.
    void issueCardTo(const QString &nationalId);

    ManualClock m_clock;
    std::unique_ptr<StoreFixture> m_fixture;
    Session m_clerk;
};

void TestRosterImport::init() {
    m_clock = ManualClock();
    m_fixture = std::make_unique<StoreFixture>(m_clock);
    QVERIFY(m_fixture->ok());
    m_clerk = m_fixture->loginAs(Role::Clerk);
}

void TestRosterImport::cleanup() {
    m_clerk.lock();
    m_fixture.reset();
}

void TestRosterImport::issueCardTo(const QString &nationalId) {
    PersonData person;
    person.nationalId = nationalId;
    person.name = QStringLiteral("楊雅婷");
    person.birthDate = QDate(2015, 5, 13);
    const qint64 application = Applicants(m_fixture->store(), m_fixture->audit(), m_clock)
                                   .submit(m_clerk, person, {})
                                   .value();
    QVERIFY(m_fixture->store()
                .write([&](QSqlDatabase &db) {
                    return Cards(m_fixture->store())
                        .issue(db,
                               {"0301000000000014",
                                application,
                                Carrier::EasyCard,
                                "04A1B2C3",
                                QDate(2026, 11, 1),
                                {}},
                               "2026-11-01T02:00:00.000Z");
                })
                .ok());
}

void TestRosterImport::importsEveryEncoding_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    QTest::newRow("utf-8") << "school-utf8.csv" << 3;
    QTest::newRow("utf-8 with BOM") << "school-utf8-bom.csv" << 3;
    QTest::newRow("big5, full-width, stray spaces, ROC dates") << "school-big5.csv" << 4;
}

void TestRosterImport::importsEveryEncoding() {
    QFETCH(QString, file);
    QFETCH(int, rows);
    const qint64 batch = schoolBatch();
    const Result<RosterImportReport> r = import(batch, qPrintable(file));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QVERIFY2(r->problems.isEmpty(), qPrintable(r->problems.value(0).message));
    QVERIFY(r->written);
    QCOMPARE(r->imported, rows);
    QCOMPARE(applications(batch), rows);
    // The student card runs to the expected graduation plus 60 grace days.
    QCOMPARE(count(m_fixture->store(),
                   QStringLiteral("SELECT count(*) FROM applications WHERE batch_id = %1 AND "
                                  "card_type = 'student' AND valid_until = '2029-08-29'")
                       .arg(batch)),
             1);
    const auto found = Applicants(m_fixture->store(), m_fixture->audit(), m_clock)
                           .findByNationalId(m_clerk, "H100000008")
                           .value();
    QVERIFY(found.has_value());
    QCOMPARE(found->person.name, QString("林小明"));
    QCOMPARE(found->person.birthDate, QDate(2015, 3, 15));
    const BatchSummary summary =
        Batches(m_fixture->store(), m_fixture->audit(), m_clock).show(m_clerk, batch).value();
    QCOMPARE(summary.applications, rows);
    QVERIFY(summary.sealed);
}

void TestRosterImport::oneBadRowWritesNothing() {
    issueCardTo("H200000028"); // row 12
    const qint64 persons = count(m_fixture->store(), "SELECT count(*) FROM persons");
    const qint64 outbox = count(m_fixture->store(), "SELECT count(*) FROM outbox");
    const qint64 batch = schoolBatch();
    const Result<RosterImportReport> r = import(batch, "school-bad.csv");
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QStringList got;
    for (const RosterProblem &p : r->problems)
        got << QStringLiteral("%1 %2 %3").arg(p.row).arg(p.column, p.code);
    const QStringList expected{
        "3 身分證字號 empty",     "4 身分證字號 national-id",
        "5 出生日期 date",        "6 姓名 empty",
        "7 學制/年級 level",      "8 預計畢業日 not-eligible",
        "9 身分證字號 duplicate", "10 學制/年級 not-eligible",
        "11 姓名 name",           "12 身分證字號 holds-card",
    };
    QCOMPARE(got, expected);
    QVERIFY(r->problems[9].message.contains("0301000000000014"));
    QVERIFY(!r->written);
    QCOMPARE(r->imported, 0);
    // Nothing of the file is in the store.
    QCOMPARE(applications(batch), 0);
    QCOMPARE(count(m_fixture->store(), "SELECT count(*) FROM persons"), persons);
    QCOMPARE(count(m_fixture->store(), "SELECT count(*) FROM outbox"), outbox);
    // The refusal is audited with its counts.
    QCOMPARE(count(m_fixture->store(),
                   "SELECT count(*) FROM audit_entries WHERE action = 'batch.import' AND outcome "
                   "= 'refused' AND detail = 'rows=12 imported=0 problems=10'"),
             1);
}

void TestRosterImport::goodRowsOnlyHandsTheRestBack() {
    issueCardTo("H200000028");
    const qint64 batch = schoolBatch();
    RosterImportOptions options;
    options.goodRowsOnly = true;
    const Result<RosterImportReport> r = import(batch, "school-bad.csv", options);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QVERIFY(r->written);
    QCOMPARE(r->imported, 2); // rows 2 and 13
    QCOMPARE(applications(batch), 2);
    QCOMPARE(r->bad.size(), 10);
    // The file to send back: the refused rows as they were, and why.
    const QByteArray back = r->refusedCsv();
    QVERIFY(back.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(back.mid(3)).split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 11);
    QVERIFY(lines[0].endsWith(",Problem"));
    QVERIFY(lines[1].startsWith(",李大華,104/05/06"));
    QVERIFY2(lines[1].contains("身分證字號: "), qPrintable(lines[1]));
    QVERIFY(lines[10].startsWith("H200000028,楊雅婷"));

    // The same file again: the rows now in the batch are refused, not doubled.
    const Result<RosterImportReport> again = import(batch, "school-bad.csv", options);
    QVERIFY(again.ok());
    QCOMPARE(again->imported, 0);
    QVERIFY(!again->written);
    QCOMPARE(applications(batch), 2);
    QCOMPARE(again->problems.first().code, QString("pending"));
    QCOMPARE(again->problems.first().row, 2);
}

void TestRosterImport::importReopensAnApprovedBatch() {
    Batches batches(m_fixture->store(), m_fixture->audit(), m_clock);
    const qint64 batch = schoolBatch();
    QVERIFY(import(batch, "school-utf8.csv").ok());
    QVERIFY(batches.submit(m_clerk, batch).ok());
    const Session supervisor = m_fixture->loginAs(Role::Supervisor);
    QVERIFY(batches.approve(supervisor, batch).ok());
    const Result<RosterImportReport> r = import(batch, "school-big5.csv", {});
    QVERIFY(r.ok());
    QCOMPARE(r->problems.size(), 3); // three of its four pupils are in the batch already
    RosterImportOptions options;
    options.goodRowsOnly = true;
    QVERIFY(import(batch, "school-big5.csv", options).ok());
    const BatchSummary s = batches.show(supervisor, batch).value();
    QCOMPARE(s.status, BatchStatus::Open);
    QCOMPARE(s.applications, 4);
    QVERIFY(s.decidedBy.isEmpty());
    QVERIFY(s.sealed);
}

void TestRosterImport::onlyRosterBatchesTakeRosters() {
    const qint64 mobile = Batches(m_fixture->store(), m_fixture->audit(), m_clock)
                              .create(m_clerk, QStringLiteral("market day"))
                              .value();
    const Result<RosterImportReport> r = import(mobile, "school-utf8.csv");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::WrongState);
    // An agency roster needs the registry, which this station cannot ask.
    const qint64 agency =
        Batches(m_fixture->store(), m_fixture->audit(), m_clock)
            .create(m_clerk, {BatchKind::AgencyRoster, "榮民之家", CardType::Senior})
            .value();
    const Result<RosterImportReport> offline = import(agency, "school-utf8.csv");
    QCOMPARE(offline.error().code, ErrorCode::ServiceUnavailable);
    QCOMPARE(applications(agency), 0);
}

// An agency's roster is checked against the household registry, which
// decides residency and age; the agency's spelling and dates must agree.
void TestRosterImport::agencyRosterAgainstTheRegistry() {
    std::unique_ptr<FixtureRegistry> registry =
        FixtureRegistry::load(CITIZENCARD_TEST_DATA_DIR "/rosters/agency-registry.json").value();
    const qint64 agency =
        Batches(m_fixture->store(), m_fixture->audit(), m_clock)
            .create(m_clerk, {BatchKind::AgencyRoster, "榮民之家", CardType::Senior})
            .value();
    const Result<RosterImportReport> r = import(agency, "agency-senior.csv", {}, registry.get());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QStringList got;
    for (const RosterProblem &p : r->problems)
        got << QStringLiteral("%1 %2 %3").arg(p.row).arg(p.column, p.code);
    QCOMPARE(got, (QStringList{"3 出生日期 registry-mismatch", "4 姓名 registry-mismatch",
                               "5 出生日期 not-eligible", "6 身分證字號 not-in-registry"}));
    QVERIFY(r->problems[1].message.contains("王大明"));
    QCOMPARE(applications(agency), 0);
    RosterImportOptions good;
    good.goodRowsOnly = true;
    QCOMPARE(import(agency, "agency-senior.csv", good, registry.get())->imported, 1);
    QCOMPARE(count(m_fixture->store(),
                   "SELECT count(*) FROM applications WHERE card_type = 'senior' AND valid_until "
                   "IS NULL"),
             1); // a senior card has no expiry
}

// Someone the station already knows (an address and a phone taken at the
// counter) keeps them when a roster names them again.
void TestRosterImport::aHeldPersonKeepsTheirDetails() {
    PersonData person;
    person.nationalId = QStringLiteral("H100000008");
    person.name = QStringLiteral("林小明");
    person.birthDate = QDate(2015, 3, 15);
    person.address = QStringLiteral("桃園市中壢區中央西路二段 1 號");
    person.phone = QStringLiteral("0912345678");
    Applicants applicants(m_fixture->store(), m_fixture->audit(), m_clock);
    const qint64 earlier = applicants.submit(m_clerk, person, {}).value();
    // That application was cancelled long ago; now the school sends them.
    QVERIFY(m_fixture->store()
                .write([&](QSqlDatabase &db) {
                    return m_fixture->store().run(
                        db, "UPDATE applications SET status = 'cancelled' WHERE id = ?", {earlier});
                })
                .ok());
    const qint64 batch = schoolBatch();
    const Result<RosterImportReport> r = import(batch, "school-utf8.csv");
    QVERIFY2(r.ok() && r->written, qPrintable(r.ok() ? r->problems.value(0).message : QString()));
    const auto found = applicants.findByNationalId(m_clerk, "H100000008").value();
    QCOMPARE(found->person.address, person.address);
    QCOMPARE(found->person.phone, person.phone);
    QCOMPARE(found->applications.size(), 2);
}

QTEST_GUILESS_MAIN(TestRosterImport)
#include "tst_rosterimport.moc"
