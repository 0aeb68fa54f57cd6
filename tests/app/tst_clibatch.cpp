// batch create / import / list / show / submit / approve / reject, run as a
// clerk and a supervisor would from a shell, on a real store.
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run cli(const QStringList &args, const QString &password, const QMap<QString, QString> &more = {}) {
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert("CITIZENCARD_PASSWORD", password);
    for (auto it = more.begin(); it != more.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(CITIZENCARD_CLI, args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("citizencard-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QString roster(const char *name) {
    return QStringLiteral(CITIZENCARD_TEST_DATA_DIR "/rosters/") + QLatin1String(name);
}

const QString kBoss = "boss password";
const QString kClerk = "clerk password";

} // namespace

class TestCliBatch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badRowsStopTheFile();
    void goodRowsAndTheFileToSendBack();
    void encodingGivenWrongly();
    void mappingNamesOtherHeaders();
    void fourEyesFromTheShell();
    void usageErrors_data();
    void usageErrors();

private:
    Run asClerk(QStringList args) {
        return cli(args << "--db" << m_db << "--user"
                        << "clerk1",
                   kClerk);
    }
    Run asBoss(QStringList args) {
        return cli(args << "--db" << m_db << "--user"
                        << "boss",
                   kBoss);
    }
    qint64 newSchoolBatch() {
        const Run r = asClerk({"batch", "create", "--kind", "school-roster", "--label", "中壢國小",
                               "--card-type", "student", "--json"});
        if (r.exitCode != 0)
            qFatal("batch create: %s", qPrintable(r.err));
        return r.json().value("batch").toInteger();
    }
    QJsonObject show(qint64 batch) {
        return asClerk({"batch", "show", "--batch", QString::number(batch), "--json"}).json();
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliBatch::initTestCase() {
    m_db = m_dir.filePath("station.db");
    const Run init = cli({"store", "init", "--db", m_db, "--station", "0301", "--admin", "root",
                          "--supervisor", "boss"},
                         "root password", {{"CITIZENCARD_SUPERVISOR_PASSWORD", kBoss}});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const Run add = cli(
        {"operator", "add", "--db", m_db, "--user", "boss", "--name", "clerk1", "--role", "clerk"},
        kBoss, {{"CITIZENCARD_NEW_PASSWORD", kClerk}});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
}

void TestCliBatch::badRowsStopTheFile() {
    const qint64 batch = newSchoolBatch();
    const Run r = asClerk({"batch", "import", "--batch", QString::number(batch), "--file",
                           roster("school-bad.csv"), "--json"});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject report = r.json();
    QCOMPARE(report.value("written").toBool(), false);
    QCOMPARE(report.value("rows").toInt(), 12);
    const QJsonArray problems = report.value("problems").toArray();
    QCOMPARE(problems.size(), 9);
    QCOMPARE(problems[0].toObject().value("row").toInt(), 3);
    QCOMPARE(problems[0].toObject().value("column").toString(), QString("身分證字號"));
    QCOMPARE(problems[0].toObject().value("code").toString(), QString("empty"));
    QCOMPARE(show(batch).value("applications").toInt(), 0);
}

void TestCliBatch::goodRowsAndTheFileToSendBack() {
    const qint64 batch = newSchoolBatch();
    const QString back = m_dir.filePath("back.csv");
    const Run r = asClerk({"batch", "import", "--batch", QString::number(batch), "--file",
                           roster("school-bad.csv"), "--good-rows", "--refused", back});
    QCOMPARE(r.exitCode, 1); // some rows were refused
    QVERIFY2(r.out.contains("12 rows read (utf-8), 3 imported, 9 refused."), qPrintable(r.out));
    QVERIFY2(r.out.contains("row 5, 出生日期: "), qPrintable(r.out));
    QCOMPARE(show(batch).value("applications").toInt(), 3);
    QFile f(back);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\n"), 10); // the header and nine rows
    // It names people: owner-only, like everything else the program writes.
    QCOMPARE(QFileInfo(back).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());
}

void TestCliBatch::encodingGivenWrongly() {
    const qint64 batch = newSchoolBatch();
    const Run r = asClerk({"batch", "import", "--batch", QString::number(batch), "--file",
                           roster("school-big5.csv"), "--encoding", "utf-8"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("school-big5.csv") && r.err.contains("Big5"), qPrintable(r.err));
    const Run ok = asClerk({"batch", "import", "--batch", QString::number(batch), "--file",
                            roster("school-big5.csv"), "--encoding", "big5", "--json"});
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.json().value("imported").toInt(), 4);
    QCOMPARE(ok.json().value("encoding").toString(), QString("big5"));
}

void TestCliBatch::mappingNamesOtherHeaders() {
    const qint64 batch = newSchoolBatch();
    const QString csv = m_dir.filePath("renamed.csv");
    const QString map = m_dir.filePath("map.json");
    writeFile(csv, "學生身分證,姓名,出生日期,學校,學制/年級,預計畢業日\n"
                   "H100000080,林美,104/01/01,桃園市立中壢國小,國小,118/06/30\n");
    writeFile(map, R"({"nationalId": ["學生身分證"]})");
    const Run without =
        asClerk({"batch", "import", "--batch", QString::number(batch), "--file", csv});
    QCOMPARE(without.exitCode, 2);
    QVERIFY2(without.err.contains("renamed.csv:1"), qPrintable(without.err));
    const Run with = asClerk(
        {"batch", "import", "--batch", QString::number(batch), "--file", csv, "--mapping", map});
    QVERIFY2(with.exitCode == 0, qPrintable(with.err + with.out));
}

void TestCliBatch::fourEyesFromTheShell() {
    const qint64 batch = newSchoolBatch();
    const QString id = QString::number(batch);
    const QString fresh = m_dir.filePath("fresh.csv");
    writeFile(fresh, "身分證字號,姓名,出生日期,學校,學制/年級,預計畢業日\n"
                     "F200000008,周美玲,104/02/02,桃園市立中壢國小,國小二年級,119/06/30\n");
    QCOMPARE(asClerk({"batch", "import", "--batch", id, "--file", fresh}).exitCode, 0);
    QCOMPARE(asClerk({"batch", "submit", "--batch", id}).exitCode, 0);
    const Run clerk = asClerk({"batch", "approve", "--batch", id});
    QCOMPARE(clerk.exitCode, 2);
    QCOMPARE(asBoss({"batch", "reject", "--batch", id}).exitCode, 2); // no reason
    const Run rejected = asBoss({"batch", "reject", "--batch", id, "--reason", "photos missing"});
    QVERIFY2(rejected.exitCode == 0, qPrintable(rejected.err));
    QCOMPARE(show(batch).value("decisionReason").toString(), QString("photos missing"));
    // A supervisor who changed a batch does not decide it; another does.
    const Run add = cli({"operator", "add", "--db", m_db, "--user", "root", "--name", "boss2",
                         "--role", "supervisor"},
                        "root password", {{"CITIZENCARD_NEW_PASSWORD", "boss2 password"}});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QCOMPARE(asBoss({"operator", "grant", "--name", "boss2"}).exitCode, 0);
    QCOMPARE(asBoss({"batch", "relabel-does-not-exist"}).exitCode, 2);
    const QString again = m_dir.filePath("again.csv");
    writeFile(again, "身分證字號,姓名,出生日期,學校,學制/年級,預計畢業日\n"
                     "F200000017,周美華,104/02/03,桃園市立中壢國小,國小二年級,119/06/30\n");
    QCOMPARE(asBoss({"batch", "import", "--batch", id, "--file", again}).exitCode, 0);
    const Run list = asBoss({"batch", "list", "--status", "open", "--json"});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(QString("\"id\": %1,").arg(batch))); // the import reopened it
    QCOMPARE(asClerk({"batch", "submit", "--batch", id}).exitCode, 0);
    const Run own = asBoss({"batch", "approve", "--batch", id});
    QCOMPARE(own.exitCode, 2);
    QVERIFY2(own.err.contains("Four eyes"), qPrintable(own.err));
    const Run other =
        cli({"batch", "approve", "--batch", id, "--db", m_db, "--user", "boss2"}, "boss2 password");
    QVERIFY2(other.exitCode == 0, qPrintable(other.err));
    QCOMPARE(show(batch).value("status").toString(), QString("approved"));
    QCOMPARE(show(batch).value("decidedBy").toString(), QString("boss2"));
}

void TestCliBatch::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("needle");
    QTest::newRow("unknown kind") << QStringList{"batch", "create",  "--kind",
                                                 "bulk",  "--label", "x"}
                                  << "--kind";
    QTest::newRow("no batch") << QStringList{"batch", "show"} << "--batch";
    QTest::newRow("no file") << QStringList{"batch", "import", "--batch", "1"} << "--file";
    QTest::newRow("missing file") << QStringList{"batch", "import", "--batch",
                                                 "1",     "--file", "/nonexistent/x.csv"}
                                  << "/nonexistent/x.csv";
    QTest::newRow("unknown encoding")
        << QStringList{"batch", "import", "--batch", "1", "--file", "x.csv", "--encoding", "latin1"}
        << "latin1";
    QTest::newRow("no such batch") << QStringList{"batch", "show", "--batch", "999"} << "batch:999";
}

void TestCliBatch::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, needle);
    const Run r = asClerk(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(needle), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_clibatch.moc"
