// The card commands of citizencard-cli as an admin or a script runs them,
// against a real pcscd with vpcd and the virtual card.
#include "tests/support/pcscpeers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using cc::test::kReader0;
using cc::test::kReader1;

namespace {
struct Run {
    int code;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QString &passphrase = "correct horse battery") {
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert("CITIZENCARD_KEY_PASSPHRASE", passphrase);
    p.setProcessEnvironment(e);
    p.start(CITIZENCARD_CLI, args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QStringList personalise(const QString &keys, const QString &reader, const QString &profile,
                        const QString &number) {
    return {"card",     "personalise", "--reader",      reader,       "--profile", profile,
            "--keys",   keys,          "--card-number", number,       "--type",    "disability",
            "--issued", "2026-11-21",  "--expires",     "2031-11-20", "--station", "TPE-DAAN-01"};
}
} // namespace

class TestCliCard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keysCreate();
    void readerList();
    void cardUid();
    void personaliseAndVerify_data();
    void personaliseAndVerify();
    void verifyBlankSaysNo();
    void wrongPassphraseIsUsageError();
    void noServiceIsDeviceFailure();

private:
    QTemporaryDir m_dir;
    QString m_keys;
    cc::test::PcscDaemon m_daemon;
    cc::test::VirtualCardProcess m_card0;
    cc::test::VirtualCardProcess m_card1;
    std::unique_ptr<cc::reader::ReaderManager> m_manager;
};

void TestCliCard::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_keys = m_dir.filePath("keys.json");
    QVERIFY(m_daemon.start());
    m_manager = std::make_unique<cc::reader::ReaderManager>();
    m_manager->start();
    QVERIFY(m_manager->waitForFirstScan(5000));
}

void TestCliCard::cleanupTestCase() {
    m_card0.stop();
    m_card1.stop();
    m_manager.reset();
    m_daemon.stop();
}

void TestCliCard::keysCreate() {
    const Run made = cli({"keys", "create", "--out", m_keys, "--system-id", "TAIPEI"});
    QCOMPARE(made.code, 0);
    QVERIFY(QFile::exists(m_keys));
    const Run again = cli({"keys", "create", "--out", m_keys});
    QCOMPARE(again.code, 2);
    QVERIFY(again.err.contains("never overwritten"));
    const Run badAid = cli({"keys", "create", "--out", m_dir.filePath("x.json"), "--aid", "0000"});
    QCOMPARE(badAid.code, 2);
    QVERIFY(badAid.err.contains("aid"));
}

void TestCliCard::readerList() {
    QVERIFY(m_card1.start({"--type", "classic-1k", "--uid", "31B79D41"}, 1));
    QVERIFY(cc::test::waitForCard(*m_manager, kReader1, true));
    const Run list = cli({"reader", "list", "--json"});
    QCOMPARE(list.code, 0);
    const QJsonArray readers = QJsonDocument::fromJson(list.out)["readers"].toArray();
    QCOMPARE(readers.size(), 2);
    QCOMPARE(readers[0]["name"].toString(), kReader0);
    QCOMPARE(readers[0]["cardPresent"].toBool(), false);
    QCOMPARE(readers[1]["name"].toString(), kReader1);
    QCOMPARE(readers[1]["cardPresent"].toBool(), true);
    QCOMPARE(readers[1]["atr"].toString(), QString("3B8F8001804F0CA000000306030001000000006A"));
    QVERIFY(cli({"reader", "list"}).out.contains("Virtual PCD 00 01\tcard present"));
}

void TestCliCard::cardUid() {
    const Run uid = cli({"card", "uid", "--reader", "00 01", "--json"});
    QCOMPARE(uid.code, 0);
    QCOMPARE(QJsonDocument::fromJson(uid.out)["uid"].toString(), QString("31B79D41"));
    QCOMPARE(QJsonDocument::fromJson(uid.out)["kind"].toString(), QString("mifare-classic-1k"));
    const Run none = cli({"card", "uid", "--reader", "00 00"});
    QCOMPARE(none.code, 3);
    QVERIFY(none.err.contains("SCARD_E_NO_SMARTCARD"));
}

void TestCliCard::personaliseAndVerify_data() {
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QString>("profile");
    QTest::newRow("classic on 00 01") << "00 01"
                                      << "classic";
    QTest::newRow("desfire on 00 00") << "00 00"
                                      << "desfire";
}

void TestCliCard::personaliseAndVerify() {
    QFETCH(QString, reader);
    QFETCH(QString, profile);
    if (profile == "desfire") {
        QVERIFY(m_card0.start({"--type", "desfire-ev2"}, 0));
        QVERIFY(cc::test::waitForCard(*m_manager, kReader0, true));
    }
    const Run written = cli(personalise(m_keys, reader, profile, "0301000000000014") << "--json");
    QVERIFY2(written.code == 0, written.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(written.out).object();
    QCOMPARE(result["verified"].toBool(), true);
    QCOMPARE(result["profile"].toString(), profile);
    QCOMPARE(result["written"]["cardNumber"].toString(), QString("0301000000000014"));

    const Run verified = cli({"card", "verify", "--reader", reader, "--keys", m_keys, "--json"});
    QCOMPARE(verified.code, 0);
    const QJsonObject reading = QJsonDocument::fromJson(verified.out).object();
    QCOMPARE(reading["state"].toString(), QString("personalised"));
    QCOMPARE(reading["macVerifies"].toBool(), true);
    QCOMPARE(reading["record"]["type"].toString(), QString("disability"));
    QCOMPARE(reading["record"]["station"].toString(), QString("TPE-DAAN-01"));
    QVERIFY(cli({"card", "verify", "--reader", reader, "--keys", m_keys})
                .out.contains("The record's MAC verifies."));

    const Run twice = cli(personalise(m_keys, reader, profile, "0301000000000022"));
    QCOMPARE(twice.code, 2);
    QVERIFY(twice.err.contains("0301000000000014"));
}

void TestCliCard::verifyBlankSaysNo() {
    m_card0.stop();
    QVERIFY(cc::test::waitForCard(*m_manager, kReader0, false));
    QVERIFY(m_card0.start({"--type", "desfire-ev2"}, 0));
    QVERIFY(cc::test::waitForCard(*m_manager, kReader0, true));
    const Run blank = cli({"card", "verify", "--reader", "00 00", "--keys", m_keys, "--json"});
    QCOMPARE(blank.code, 1);
    QCOMPARE(QJsonDocument::fromJson(blank.out)["state"].toString(), QString("blank"));
}

void TestCliCard::wrongPassphraseIsUsageError() {
    const Run wrong =
        cli({"card", "verify", "--reader", "00 00", "--keys", m_keys}, "not the passphrase");
    QCOMPARE(wrong.code, 2);
    QVERIFY(wrong.out.isEmpty());
    QVERIFY(wrong.err.contains("passphrase"));
}

void TestCliCard::noServiceIsDeviceFailure() {
    m_card0.stop();
    m_card1.stop();
    m_daemon.stop();
    const Run list = cli({"reader", "list"});
    QCOMPARE(list.code, 3);
    QVERIFY(list.err.contains("SCARD_E_NO_SERVICE"));
}

QTEST_GUILESS_MAIN(TestCliCard)
#include "tst_clicard.moc"
