// Runs the real citizencard-cli binary and checks its contract: output lines,
// JSON shape and exit codes (0 ok, 1 no/invalid, 2 usage or input error).
#include "core/ports/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QByteArray &input = {}, const QString &lang = {}) {
    QProcess p;
    if (!lang.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LANG", lang);
        env.insert("LC_ALL", lang);
        p.setProcessEnvironment(env);
    }
    p.start(CITIZENCARD_CLI, args);
    if (!p.waitForStarted())
        qFatal("cannot start %s", CITIZENCARD_CLI);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        qFatal("citizencard-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString data(const char *relative) {
    return QStringLiteral(CITIZENCARD_TEST_DATA_DIR "/") + QString::fromUtf8(relative);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void version();
    void noCommandIsUsageError();
    void helpKeepsAGapAfterLongNames();
    void unknownCommand();
    void idCheck_data();
    void idCheck();
    void idCheckKeepsInputAsGiven();
    void idCheckJson();
    void idCheckStdin();
    void idCheckStdinStreamsManyLines();
    void idCheckNoIds();
    void idCheckBadOption();
    void eligibilityJson();
    void eligibilityNone();
    void eligibilityText();
    void eligibilityStdin();
    void eligibilityDefaultsToTodayInTaipei();
    void eligibilityPolicyOverride();
    void eligibilityLines();
    void eligibilityInputErrors_data();
    void eligibilityInputErrors();
    void chineseLocale();
};

void TestCli::version() {
    const Run r = cli({"--version"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("citizencard-cli 0."));
}

void TestCli::helpKeepsAGapAfterLongNames() {
    const Run r = cli({"--help"});
    QCOMPARE(r.exitCode, 0);
    for (const QString &line : r.out.split('\n'))
        if (line.startsWith("  card personalise"))
            QVERIFY2(line.startsWith("  card personalise  "), qPrintable(line));
    QVERIFY(r.out.contains("  card personalise  "));
}

void TestCli::noCommandIsUsageError() {
    const Run r = cli({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("Usage"));
}

void TestCli::unknownCommand() {
    const Run r = cli({"frobnicate"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("unknown command"));
}

void TestCli::idCheck_data() {
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("one valid") << QStringList{"A123456789"} << 0
                               << QStringList{"A123456789\tvalid\tcitizen ID"};
    QTest::newRow("all valid") << QStringList{"A123456789", "A800000014", "AB12345677"} << 0
                               << QStringList{
                                      "A123456789\tvalid\tcitizen ID",
                                      "A800000014\tvalid\tresident certificate (new format)",
                                      "AB12345677\tvalid\tresident certificate (old format)"};
    QTest::newRow("one invalid") << QStringList{"A123456789", "A123456780"} << 1
                                 << QStringList{"A123456789\tvalid\tcitizen ID",
                                                "A123456780\tinvalid\tchecksum: "};
    QTest::newRow("each reason") << QStringList{"", "A12", "1123456789", "A123456780"} << 1
                                 << QStringList{"\tinvalid\tempty: ", "A12\tinvalid\tlength: ",
                                                "1123456789\tinvalid\tformat: ",
                                                "A123456780\tinvalid\tchecksum: "};
}

void TestCli::idCheck() {
    QFETCH(QStringList, ids);
    QFETCH(int, exitCode);
    QFETCH(QStringList, lines);

    const Run r = cli(QStringList{"id", "check"} + ids);
    QCOMPARE(r.exitCode, exitCode);
    const QStringList got = r.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(got.size(), lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        QVERIFY2(got.at(i).startsWith(lines.at(i)), qPrintable(got.at(i)));
        QCOMPARE(got.at(i).count('\t'), 2);
    }
}

void TestCli::idCheckKeepsInputAsGiven() {
    const Run r = cli({"id", "check", " a123456789 "});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString(" a123456789 \tvalid\tcitizen ID\n"));
}

void TestCli::idCheckJson() {
    const Run r = cli({"id", "check", "--json", "a800000014", "A123456780"});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray results = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(results.size(), 2);
    const QJsonObject first = results.at(0).toObject();
    QCOMPARE(first.value("input").toString(), "a800000014");
    QCOMPARE(first.value("normalized").toString(), "A800000014");
    QCOMPARE(first.value("valid").toBool(), true);
    QCOMPARE(first.value("kind").toString(), "resident-new");
    const QJsonObject second = results.at(1).toObject();
    QCOMPARE(second.value("valid").toBool(), false);
    QCOMPARE(second.value("reason").toString(), "checksum");
    QVERIFY(!second.value("message").toString().isEmpty());
}

void TestCli::idCheckStdin() {
    const Run r = cli({"id", "check", "-"}, "A123456789\n\nF222222222\r\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count("\tvalid\t"), 2);
}

void TestCli::idCheckStdinStreamsManyLines() {
    // Lines cross the reader's 64 KiB chunks; the last has no newline.
    QByteArray input;
    for (int i = 0; i < 30000; ++i)
        input += (i % 3 == 0 ? "A123456789\r\n" : i % 3 == 1 ? "F222222222\n" : "A123456780\n");
    input += "F222222222";
    const Run r = cli({"id", "check", "-"}, input);
    QCOMPARE(r.exitCode, 1); // a third are invalid
    QCOMPARE(r.out.count("\tvalid\t"), 20001);
    QCOMPARE(r.out.count("\tinvalid\t"), 10000);
    const Run json = cli({"id", "check", "--json", "-"}, input);
    const QJsonArray results = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(results.size(), 30001);
    QCOMPARE(results.last()["input"].toString(), QString("F222222222"));
}

void TestCli::idCheckNoIds() {
    const Run r = cli({"id", "check"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
}

void TestCli::idCheckBadOption() {
    const Run r = cli({"id", "check", "--bogus", "A123456789"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("bogus"));
}

void TestCli::eligibilityJson() {
    const Run r = cli({"eligibility", "--record", data("registry/senior-with-certificate.json"),
                       "--on", "2026-11-21", "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value("assigned").toString(), "disability");
    QCOMPARE(json.value("eligible").toArray(),
             (QJsonArray{"general", "senior", "disability", "companion"}));
    const QJsonArray decisions = json.value("decisions").toArray();
    QCOMPARE(decisions.size(), 5);
    QStringList types;
    for (const QJsonValue &d : decisions) {
        const QJsonObject o = d.toObject();
        types << o.value("type").toString();
        QVERIFY(o.value("eligible").isBool());
        for (const QJsonValue &reason : o.value("reasons").toArray()) {
            QVERIFY(reason.toObject().contains("rule"));
            QVERIFY(reason.toObject().value("passed").isBool());
        }
    }
    QCOMPARE(types, (QStringList{"general", "student", "senior", "disability", "companion"}));
    QCOMPARE(decisions.at(3).toObject().value("validUntil").toString(), "2029-03-31");
}

void TestCli::eligibilityNone() {
    const Run r = cli(
        {"eligibility", "--record", data("registry/child-5.json"), "--on", "2026-11-21", "--json"});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(json.value("assigned").isNull());
    QVERIFY(json.value("eligible").toArray().isEmpty());
}

void TestCli::eligibilityText() {
    const Run r =
        cli({"eligibility", "--record", data("registry/adult-60.json"), "--on", "2026-11-21"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Assigned: general"));
    QVERIFY(r.out.contains("Eligible: General card\n"));
    QVERIFY(r.out.contains("[fail] seniorAge"));
    QVERIFY(r.out.contains("115/11/21")); // a clerk reads ROC dates
}

void TestCli::eligibilityStdin() {
    const Run r = cli({"eligibility", "--record", "-", "--on", "115/11/21", "--json"},
                      R"({"nationalId": "A123456789", "birthDate": "1950-01-01",
                          "registeredResident": true})");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("assigned").toString(),
             "senior");
}

void TestCli::eligibilityDefaultsToTodayInTaipei() {
    const QDate today = cc::SystemClock().todayInTaipei();
    const Run r = cli({"eligibility", "--record", data("registry/adult-60.json"), "--json"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("on").toString(),
             today.toString(Qt::ISODate));
}

void TestCli::eligibilityPolicyOverride() {
    const Run r = cli({"eligibility", "--record", data("registry/adult-60.json"), "--on",
                       "2026-11-21", "--policy", data("policy/senior-at-60.json"), "--json"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("assigned").toString(),
             "senior");
}

void TestCli::eligibilityLines() {
    const QByteArray input =
        R"({"nationalId":"F222222222","birthDate":"1966-11-21","registeredResident":true})"
        "\n\n"
        R"({"nationalId":"A123456789","registeredResident":true})"
        "\n"
        R"({"nationalId":"A123456789","birthDate":"2024-01-01","registeredResident":true})";
    const Run r = cli({"eligibility", "--lines", "--record", "-", "--on", "2026-11-21"}, input);
    QCOMPARE(r.exitCode, 2); // one line is bad
    const QStringList lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QJsonObject first = QJsonDocument::fromJson(lines[0].toUtf8()).object();
    QCOMPARE(first["line"].toInt(), 1);
    QCOMPARE(first["assigned"].toString(), QString("general"));
    const QJsonObject bad = QJsonDocument::fromJson(lines[1].toUtf8()).object();
    QCOMPARE(bad["line"].toInt(), 3);
    QCOMPARE(bad["error"]["where"].toString(), QString("$.birthDate"));
    const QJsonObject toddler = QJsonDocument::fromJson(lines[2].toUtf8()).object();
    QCOMPARE(toddler["line"].toInt(), 4);
    QVERIFY(toddler["assigned"].isNull() || !toddler.contains("assigned") ||
            toddler["assigned"].toString().isEmpty());
}

void TestCli::eligibilityInputErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");

    const QString adult = data("registry/adult-60.json");
    QTest::newRow("no record") << QStringList{"eligibility", "--json"} << "--record";
    QTest::newRow("missing file") << QStringList{"eligibility", "--record", "/nonexistent/r.json"}
                                  << "/nonexistent/r.json";
    QTest::newRow("missing field")
        << QStringList{"eligibility", "--record", data("registry/missing-birthdate.json")}
        << "$.birthDate";
    QTest::newRow("bad level") << QStringList{"eligibility", "--record",
                                              data("registry/bad-enrollment-level.json")}
                               << "$.enrollment.level";
    QTest::newRow("bad date") << QStringList{"eligibility", "--record", adult, "--on", "2026-02-30"}
                              << "--on";
    QTest::newRow("bad policy") << QStringList{"eligibility", "--record", adult, "--policy",
                                               data("policy/unknown-key.json")}
                                << "$.senior.maxAge";
    QTest::newRow("stray argument")
        << QStringList{"eligibility", "--record", adult, "extra"} << "extra";
    // Born 1966: an application dated before the birth is a typo, not a card.
    QTest::newRow("born after the application")
        << QStringList{"eligibility", "--record", adult, "--on", "1940-01-01"} << "birthDate";
    QTest::newRow("endless record")
        << QStringList{"eligibility", "--record", "/dev/zero"} << "/dev/zero";
    QTest::newRow("year 9999") << QStringList{"eligibility", "--record", adult, "--on",
                                              "9999-12-31"}
                               << "applicationDate";
}

void TestCli::eligibilityInputErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::chineseLocale() {
    const Run r =
        cli({"eligibility", "--record", data("registry/adult-60.json"), "--on", "2026-11-21"}, {},
            "zh_TW.UTF-8");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral(u"一般卡")), qPrintable(r.out));
    QVERIFY2(!r.out.contains("General card"), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
