// citizencard-cli report issuance|stock|spoilage|timing on a seeded store
// (tests/support/reportseed), as a supervisor runs them from a shell: JSON
// with the exact figures, the CSV a spreadsheet opens, the text, and the
// usage errors (exit 2, naming the option).
#include "tests/support/reportseed.h"

#include "core/domain/csv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestCliReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void issuanceJson();
    void issuanceCsvByChannelAndMonth();
    void stockWithAPolicy();
    void spoilageAndTiming();
    void textForTheTerminal();
    void refusals_data();
    void refusals();

private:
    Run report(const QString &which, QStringList args, const QString &user = "supervisor") {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert("CITIZENCARD_PASSWORD", StoreFixture::passwordOf(user));
        e.insert("LC_ALL", "en_US.UTF-8");
        p.setProcessEnvironment(e);
        p.start(CITIZENCARD_CLI,
                QStringList{"report", which, "--db", m_fixture->path(), "--user", user} << args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("citizencard-cli did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }
    static QStringList november() { return {"--from", "115/11/01", "--to", "2026-12-01"}; }

    ManualClock m_clock{test::taipei(2026, 12, 3, 9)};
    std::unique_ptr<StoreFixture> m_fixture;
    QTemporaryDir m_dir;
};

void TestCliReport::initTestCase() {
    m_fixture = std::make_unique<StoreFixture>(m_clock);
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    test::ReportSeed seed;
    QCOMPARE(seed.seed(*m_fixture), QString());
    m_fixture->loginAs(Role::Clerk);
    m_fixture->close();
}

void TestCliReport::cleanupTestCase() {
    m_fixture.reset();
}

void TestCliReport::issuanceJson() {
    const Run r = report("issuance", november() << "--grain"
                                                << "week"
                                                << "--json");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = r.json();
    QCOMPARE(o["cards"].toInt(), 7);
    QCOMPARE(o["grain"].toString(), QString("week"));
    QCOMPARE(o["period"].toObject()["from"].toString(), QString("2026-11-01"));
    QCOMPARE(o["byCardType"].toObject(),
             (QJsonObject{{"senior", 3}, {"general", 2}, {"student", 1}, {"disability", 1}}));
    QCOMPARE(o["byChannel"].toObject(),
             (QJsonObject{{"walk-in", 4}, {"batch", 1}, {"mobile", 1}, {"pre-application", 1}}));
    QCOMPARE(o["byOperator"].toObject()[QString::fromUtf8("陳美玲 (clerk)")].toInt(), 5);
    QCOMPARE(o["byKind"].toObject(),
             (QJsonObject{{"new", 5}, {"replacement-lost", 1}, {"conversion", 1}}));
    const QJsonArray weeks = o["byPeriodAndCardType"].toArray();
    QCOMPARE(weeks.size(), 6); // from Sunday 11/01, then each Monday to 11/30
    QCOMPARE(weeks[0].toObject()["start"].toString(), QString("2026-11-01"));
    QCOMPARE(weeks[0].toObject()["cards"].toObject(), QJsonObject());
    QCOMPARE(weeks[2].toObject()["start"].toString(), QString("2026-11-09"));
    QCOMPARE(weeks[2].toObject()["cards"].toObject(),
             (QJsonObject{{"disability", 1}, {"senior", 1}}));
}

void TestCliReport::issuanceCsvByChannelAndMonth() {
    const Run r = report("issuance", november() << "--grain"
                                                << "month"
                                                << "--by"
                                                << "channel"
                                                << "--csv");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith("\xEF\xBB\xBF"));
    const CsvTable t = Csv::parse(r.out, "report.csv").value();
    QCOMPARE(t.header,
             (QStringList{"Month", "batch", "mobile team", "pre-application", "walk-in", "Total"}));
    QCOMPARE(t.rows, (QList<QStringList>{{"2026-11-01", "1", "1", "1", "3", "6"},
                                         {"2026-12-01", "0", "0", "0", "1", "1"},
                                         {"Total", "1", "1", "1", "4", "7"}}));
}

void TestCliReport::stockWithAPolicy() {
    const QString policy = m_dir.filePath("policy.json");
    QFile f(policy);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"stock": {"lowWarning": 45, "lowWarningDays": 300}})");
    f.close();
    const Run r = report("stock", november() << "--policy" << policy << "--json");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray carriers = r.json()["carriers"].toArray();
    QCOMPARE(carriers.size(), 2);
    QCOMPARE(carriers[0].toObject(), (QJsonObject{{"carrier", "easycard"},
                                                  {"onHand", 91},
                                                  {"consumed", 7},
                                                  {"perDay", 0.23},
                                                  {"daysLeft", 403},
                                                  {"low", false}}));
    QCOMPARE(carriers[1].toObject()["low"].toBool(), true);
    QCOMPARE(r.json()["lowWarning"].toInt(), 45);
}

void TestCliReport::spoilageAndTiming() {
    const Run s = report("spoilage", november() << "--json");
    QVERIFY2(s.exitCode == 0, qPrintable(s.err));
    QCOMPARE(s.json()["rate"].toDouble(), 0.3636);
    QCOMPARE(s.json()["byReason"].toObject(),
             (QJsonObject{{"card-jam", 2}, {"verify-failed", 1}, {"cover-open", 1}}));
    const Run t = report("timing", november() << "--json");
    QVERIFY2(t.exitCode == 0, qPrintable(t.err));
    QCOMPARE(t.json()["all"].toObject(),
             (QJsonObject{{"cards", 7}, {"medianMinutes", 60}, {"p90Minutes", 4320}}));
    QCOMPARE(t.json()["byChannel"].toArray().size(), 4);
}

void TestCliReport::textForTheTerminal() {
    const Run r = report("timing", november());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.startsWith("115/11/01 to 115/12/01"), qPrintable(text));
    QVERIFY2(text.contains("All channels\t7\t1 h 00 min\t3 d 0 h"), qPrintable(text));
}

void TestCliReport::refusals_data() {
    QTest::addColumn<QString>("which");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("says");
    QTest::newRow("bad date") << "issuance" << QStringList{"--from", "115/13/01"} << "supervisor"
                              << "--from";
    QTest::newRow("end before start")
        << "stock" << QStringList{"--from", "2026-12-02", "--to", "2026-12-01"} << "supervisor"
        << "before";
    QTest::newRow("grain") << "issuance" << QStringList{"--grain", "year"} << "supervisor"
                           << "--grain";
    QTest::newRow("split") << "issuance" << QStringList{"--by", "school"} << "supervisor"
                           << "--by";
    QTest::newRow("json and csv") << "timing" << QStringList{"--json", "--csv"} << "supervisor"
                                  << "--csv";
    QTest::newRow("bad policy") << "stock" << QStringList{"--policy", "/nonexistent.json"}
                                << "supervisor"
                                << "/nonexistent.json";
    QTest::newRow("a clerk") << "spoilage" << QStringList{} << "clerk"
                             << "may not read the station's reports";
}

void TestCliReport::refusals() {
    QFETCH(QString, which);
    QFETCH(QStringList, args);
    QFETCH(QString, user);
    QFETCH(QString, says);
    const Run r = report(which, args, user);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_MAIN(TestCliReport)
#include "tst_clireport.moc"
