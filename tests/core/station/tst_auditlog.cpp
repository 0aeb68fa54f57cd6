// The audit chain: deleting, editing, inserting or reordering any entry is
// detected and the first bad entry named, through the API and through
// "citizencard-cli audit verify" on the real file.
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/station/applicants.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using cc::Role;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
};

Run cli(const QStringList &args) {
    QProcess p;
    p.start(CITIZENCARD_CLI, args);
    if (!p.waitForFinished(30000))
        qFatal("citizencard-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput())};
}

void rawSql(const QString &path, const QStringList &statements) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "tamper");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql + ": " + q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase("tamper");
}

// Columns of an entry other than its sequence number.
const QString kContent = "at, station_id, operator, action, object, outcome, detail, mac";

} // namespace

const cc::PersonData kPeople[] = {
    {"A123456789",
     "王小明",
     "WANG, HSIAO-MING",
     QDate(1950, 3, 1),
     "桃園市中壢區中山路1號",
     {},
     {}},
    {"B223456782", "林淑芬", {}, QDate(1988, 7, 9), {}, "0912-000-111", {}},
    {"C123456781", "黃志豪", {}, QDate(2010, 1, 30), {}, {}, {}},
    {"A800000014", "陳雅婷", {}, QDate(1979, 12, 31), {}, {}, {}},
};

class TestAuditLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void intactChainVerifies();
    void entriesCarryNoPersonalData();
    void tampering_data();
    void tampering();

private:
    static constexpr int kEntries = 14;
    // Fills the log with kEntries entries of ordinary counter work.
    static void work(StoreFixture &f, const cc::Clock &clock);
};

void TestAuditLog::work(StoreFixture &f, const cc::Clock &clock) {
    cc::Applicants applicants(f.store(), f.audit(), clock);
    // Three entries of station.init; then the supervisor's auth.login, operator.add
    // of the clerk and its auth.login.
    cc::Session clerk = f.loginAs(Role::Clerk);
    for (const cc::PersonData &p : kPeople)
        QVERIFY(applicants.submit(clerk, p, {}).ok());
    QVERIFY(applicants.findByNationalId(clerk, "A123456789").ok());
    f.accounts().logout(clerk);
    QVERIFY(f.accounts().setLockoutPolicy(f.admin(), {4, 900}).ok());
    f.accounts().logout(f.admin());
}

void TestAuditLog::intactChainVerifies() {
    ManualClock clock;
    StoreFixture f(clock);
    work(f, clock);
    const auto v = f.audit().verify();
    QVERIFY(v.ok());
    QCOMPARE(v->entries, qint64(kEntries));
    QVERIFY(!v->firstBadEntry.has_value());
    f.close();
    const Run run = cli({"audit", "verify", "--db", f.path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QString::number(kEntries)), qPrintable(run.out));
}

void TestAuditLog::entriesCarryNoPersonalData() {
    ManualClock clock;
    StoreFixture f(clock);
    work(f, clock);
    QSqlDatabase db = f.store().connection();
    QSqlQuery q(db);
    QVERIFY(q.exec("SELECT at || station_id || operator || action || object || outcome || detail "
                   "FROM audit_entries"));
    int rows = 0;
    while (q.next()) {
        ++rows;
        const QString line = q.value(0).toString();
        for (const cc::PersonData &p : kPeople) {
            QVERIFY2(!line.contains(p.nationalId), qPrintable(line));
            QVERIFY2(!line.contains(p.name), qPrintable(line));
        }
    }
    QCOMPARE(rows, kEntries);
}

void TestAuditLog::tampering_data() {
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<int>("firstBad");
    QTest::newRow("delete the first")
        << QStringList{"DELETE FROM audit_entries WHERE seq = 1"} << 1;
    QTest::newRow("delete one in the middle")
        << QStringList{"DELETE FROM audit_entries WHERE seq = 6"} << 6;
    QTest::newRow("delete the last")
        << QStringList{"DELETE FROM audit_entries WHERE seq = 14"} << 14;
    QTest::newRow("edit an outcome")
        << QStringList{"UPDATE audit_entries SET outcome = 'denied' WHERE seq = 7"} << 7;
    QTest::newRow("edit an operator")
        << QStringList{"UPDATE audit_entries SET operator = 'clerk' WHERE seq = 3"} << 3;
    QTest::newRow("edit a time")
        << QStringList{"UPDATE audit_entries SET at = '2026-11-20T02:00:00.000Z' WHERE seq = 10"}
        << 10;
    QTest::newRow("edit a seal")
        << QStringList{"UPDATE audit_entries SET mac = randomblob(32) WHERE seq = 9"} << 9;
    QTest::newRow("insert in the middle")
        << QStringList{"UPDATE audit_entries SET seq = seq + 100 WHERE seq >= 5",
                       "UPDATE audit_entries SET seq = seq - 99 WHERE seq >= 105",
                       "INSERT INTO audit_entries SELECT 5, " + kContent +
                           " FROM audit_entries WHERE seq = 4"}
        << 5;
    QTest::newRow("insert at the end")
        << QStringList{"INSERT INTO audit_entries SELECT 15, " + kContent +
                       " FROM audit_entries WHERE seq = 14"}
        << 15;
    const auto swap = [](int a, int b) {
        return QStringList{
            QString("CREATE TEMP TABLE t AS SELECT * FROM audit_entries WHERE seq IN (%1, %2)")
                .arg(a)
                .arg(b),
            QString("UPDATE audit_entries SET (%1) = (SELECT %1 FROM t WHERE t.seq = %2 - "
                    "audit_entries.seq) WHERE seq IN (%3, %4)")
                .arg(kContent)
                .arg(a + b)
                .arg(a)
                .arg(b)};
    };
    QTest::newRow("swap two entries") << swap(3, 8) << 3;
    QTest::newRow("swap neighbours") << swap(6, 7) << 6;
    QTest::newRow("delete the last and rewind the head")
        << QStringList{"DELETE FROM audit_entries WHERE seq = 14",
                       "UPDATE station SET audit_head_seq = 13, audit_head_mac = (SELECT mac "
                       "FROM audit_entries WHERE seq = 13)"}
        << 13;
}

void TestAuditLog::tampering() {
    QFETCH(QStringList, statements);
    QFETCH(int, firstBad);
    ManualClock clock;
    StoreFixture f(clock);
    work(f, clock);
    f.close();
    rawSql(f.path(), statements);

    const Run text = cli({"audit", "verify", "--db", f.path()});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains(QString("entry %1:").arg(firstBad)), qPrintable(text.out));
    const Run json = cli({"audit", "verify", "--db", f.path(), "--json"});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value("intact").toBool(true), false);
    QCOMPARE(o.value("firstBadEntry").toInt(), firstBad);

    f.reopen();
    const auto v = f.audit().verify();
    QVERIFY(v.ok());
    QCOMPARE(v->firstBadEntry.value_or(-1), qint64(firstBad));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
