// citizencard-cli card produce and card recover, as a script or a counter
// without the GUI runs them: the same use case as F9, against the counter's
// real devices (pcscd + vpcd + virtual card stack, the printer emulator).
#include "tests/support/counterdevices.h"
#include "tests/support/storefixture.h"

#include "core/ports/clock.h"
#include "core/station/applicants.h"
#include "core/station/batches.h"
#include "core/station/stock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

const QString kRegistry = CITIZENCARD_SOURCE_DIR "/demo/registry";
const QString kPhoto = CITIZENCARD_TEST_DATA_DIR "/photos/applicant-portrait.png";

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TstCliProduce : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void producesAWalkIn();
    void refusesWithoutConsent();
    void recoversAKilledRun();
    void deviceFaultIsExit3();
    void producesAnApprovedBatch();

private:
    Run cli(const QStringList &arguments, const QString &printer = {});
    // `batch handover` of `batch` into `pdf`: the exit code.
    int handOver(qint64 batch, const QString &pdf);

    SystemClock m_clock;
    test::CounterDevices m_devices;
    std::unique_ptr<StoreFixture> m_fixture;
};

void TstCliProduce::initTestCase() {
    const QString failed = m_devices.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_fixture = std::make_unique<StoreFixture>(m_clock);
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    Session supervisor = m_fixture->loginAs(Role::Supervisor);
    QVERIFY(Stock(m_fixture->store(), m_fixture->audit(), m_clock)
                .receive(supervisor, Carrier::EasyCard, 5, "delivery 1")
                .ok());
    (void)m_fixture->loginAs(Role::Clerk); // the command logs in as this clerk
}

void TstCliProduce::cleanupTestCase() {
    m_fixture.reset();
}

Run TstCliProduce::cli(const QStringList &arguments, const QString &printer) {
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert("CITIZENCARD_PASSWORD", StoreFixture::passwordOf("clerk"));
    e.insert("CITIZENCARD_KEY_PASSPHRASE", test::CounterDevices::kPassphrase);
    p.setProcessEnvironment(e);
    p.start(CITIZENCARD_CLI,
            arguments + QStringList{"--db", m_fixture->path(), "--user", "clerk", "--keys",
                                    m_devices.keyFilePath(), "--reader", test::kReader0,
                                    "--printer",
                                    printer.isEmpty() ? "evolis://" + m_devices.printerAddress()
                                                      : printer});
    if (!p.waitForFinished(120000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

int TstCliProduce::handOver(qint64 batch, const QString &pdf) {
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert("CITIZENCARD_PASSWORD", StoreFixture::passwordOf("clerk"));
    p.setProcessEnvironment(e);
    p.start(CITIZENCARD_CLI, {"batch", "handover", "--db", m_fixture->path(), "--user", "clerk",
                              "--batch", QString::number(batch), "--pdf", pdf});
    if (!p.waitForFinished(60000))
        p.kill();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TstCliProduce::producesAWalkIn() {
    const int printedBefore = m_devices.counters().value("printed");
    const Run r = cli({"card", "produce", "--id", "H101234562", "--registry", kRegistry, "--photo",
                       kPhoto, "--json"});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject outcome = r.json();
    QCOMPARE(outcome.value("end").toString(), QString("issued"));
    const QString number = outcome.value("cardNumber").toString();
    const QString uid = outcome.value("chipUid").toString();
    QVERIFY(!uid.isEmpty());

    // The store: issued as the senior card eligibility assigns, UID bound,
    // stock used, audited, and the whole file still checks.
    Store &store = m_fixture->store();
    QCOMPARE(test::storeValue(store, "SELECT status FROM cards WHERE card_number = ?", {number}),
             QVariant("active"));
    QCOMPARE(test::storeValue(store, "SELECT card_type FROM cards WHERE card_number = ?", {number}),
             QVariant("senior"));
    QCOMPARE(test::storeValue(store, "SELECT chip_uid FROM cards WHERE card_number = ?", {number}),
             QVariant(uid));
    const QString stored = test::firstIssueProblem(store, m_fixture->audit(), m_clock,
                                                   outcome.value("attempt").toInteger(), "clerk");
    QVERIFY2(stored.isEmpty(), qPrintable(stored));

    // The chip verifies with this card's record; the printed back carries the number.
    const QString problem =
        m_devices.producedCardProblem(number, CardType::Senior, uid, printedBefore + 1);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstCliProduce::refusesWithoutConsent() {
    const qint64 attempts =
        test::storeValue(m_fixture->store(), "SELECT count(*) FROM production_attempts")
            .toLongLong();
    const Run r = cli({"card", "produce", "--id", "A123456789", "--registry", kRegistry, "--photo",
                       kPhoto, "--type", "disability"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("consent"), r.err.constData());
    QCOMPARE(test::storeValue(m_fixture->store(), "SELECT count(*) FROM production_attempts")
                 .toLongLong(),
             attempts);
}

void TstCliProduce::recoversAKilledRun() {
    // The GUI's process dies with the chip written and nothing committed.
    Store &store = m_fixture->store();
    QVERIFY(QSqlQuery(store.connection()).exec("UPDATE cards SET status = 'cancelled'"));
    const Run applied = cli({"card", "produce", "--id", "F222222222", "--registry", kRegistry,
                             "--photo", kPhoto, "--json"},
                            "evolis://127.0.0.1:9"); // nothing listens: cancelled, kept
    QCOMPARE(applied.code, 3);
    const qint64 application =
        test::storeValue(store, "SELECT max(id) FROM applications").toLongLong();
    QCOMPARE(test::storeValue(store, "SELECT status FROM applications WHERE id = ?", {application}),
             QVariant("received"));
    QProcess runner;
    runner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    runner.start(ISSUANCE_RUNNER,
                 {"--store", m_fixture->path(), "--keys", m_devices.keyFilePath(), "--passphrase",
                  test::CounterDevices::kPassphrase, "--printer", m_devices.printerAddress(),
                  "--application", QString::number(application), "--kill-at",
                  "chip-written:encoding"});
    QVERIFY(runner.waitForFinished(60000));
    QCOMPARE(runner.exitStatus(), QProcess::CrashExit);
    QCOMPARE(test::storeValue(store,
                              "SELECT state FROM production_attempts WHERE application_id = ? "
                              "ORDER BY id DESC LIMIT 1",
                              {application}),
             QVariant("encoding")); // killed where it was meant to die

    // card recover finishes it: the chip reads back, so the card is issued.
    const Run r = cli({"card", "recover", "--json"});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray outcomes = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes[0].toObject().value("from").toString(), QString("encoding"));
    QCOMPARE(outcomes[0].toObject().value("end").toString(), QString("issued"));
    QCOMPARE(test::storeValue(store, "SELECT status FROM applications WHERE id = ?", {application}),
             QVariant("issued"));
    // And nothing is left for a second run.
    const Run again = cli({"card", "recover"});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains("Nothing was left unfinished"), again.out.constData());
}

void TstCliProduce::deviceFaultIsExit3() {
    Store &store = m_fixture->store();
    QVERIFY(QSqlQuery(store.connection()).exec("UPDATE cards SET status = 'cancelled'"));
    const Run r = cli({"card", "produce", "--id", "F222222222", "--registry", kRegistry, "--photo",
                       kPhoto, "--json"},
                      "evolis://127.0.0.1:9");
    QCOMPARE(r.code, 3);
    const QJsonObject outcome = r.json();
    QCOMPARE(outcome.value("end").toString(), QString("cancelled"));
    QVERIFY(outcome.contains("failure"));
    // The application stays recorded, so --application produces it once the
    // printer is back.
    const Run retry = cli({"card", "produce", "--application",
                           QString::number(outcome.value("application").toInteger()), "--json"});
    QVERIFY2(retry.code == 0, retry.err.constData());
    QCOMPARE(retry.json().value("end").toString(), QString("issued"));
}

// batch produce: an approved batch's cards, one after another, with the
// same workflow; a batch not yet approved is refused before a card is taken.
void TstCliProduce::producesAnApprovedBatch() {
    Store &store = m_fixture->store();
    const Session supervisor = m_fixture->loginAs(Role::Supervisor);
    QVERIFY(Stock(store, m_fixture->audit(), m_clock)
                .receive(supervisor, Carrier::EasyCard, 2, "delivery 2")
                .ok());
    const Session mobile = m_fixture->loginAs(Role::Mobile);
    Batches batches(store, m_fixture->audit(), m_clock);
    const qint64 batch =
        batches.create(mobile, {BatchKind::MobileSession, "market day", CardType::General}).value();
    QList<Applicants::Item> items;
    for (const char *id : {"J120000005", "J220000007"}) {
        ApplicationData a;
        a.batchId = batch;
        items.append({{QString::fromLatin1(id),
                       QStringLiteral("市場民眾"),
                       {},
                       QDate(1970, 5, 5),
                       {},
                       {},
                       test::applicantPhoto()},
                      a});
    }
    QVERIFY(Applicants(store, m_fixture->audit(), m_clock).submitAll(mobile, items).ok());
    QVERIFY(batches.submit(mobile, batch).ok());
    const Run early = cli({"batch", "produce", "--batch", QString::number(batch)});
    QCOMPARE(early.code, 2);
    QVERIFY2(early.err.contains("approved"), early.err.constData());
    QVERIFY(batches.approve(supervisor, batch).ok());
    QTemporaryDir dir;
    const QString pdf = dir.filePath("handover.pdf");
    QCOMPARE(handOver(batch, pdf), 2); // no card made yet
    QVERIFY(!QFile::exists(pdf));
    const Run r = cli({"batch", "produce", "--batch", QString::number(batch), "--json"});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json().value("issued").toInt(), 2);
    QVERIFY2(r.err.contains("2 of 2 done"), r.err.constData());
    QCOMPARE(batches.status(batch).value(), BatchStatus::Completed);

    // The hand-over list: both cards, the names masked, written whole.
    QVERIFY2(handOver(batch, pdf) == 0, qPrintable(pdf));
    QVERIFY(!QFile::exists(pdf + ".part"));
    QProcess text;
    text.start("pdftotext", {"-layout", pdf, "-"});
    QVERIFY(text.waitForFinished(30000));
    const QString list = QString::fromUtf8(text.readAllStandardOutput());
    const QStringList numbers =
        test::storeValue(store,
                         "SELECT group_concat(c.card_number, ',') FROM cards c JOIN applications "
                         "a ON c.application_id = a.id WHERE a.batch_id = ?",
                         {batch})
            .toString()
            .split(',');
    QCOMPARE(numbers.size(), 2);
    for (const QString &n : numbers)
        QVERIFY2(list.contains(n), qPrintable(list));
    QCOMPARE(list.count(QStringLiteral("市○○眾")), 2);
    QVERIFY(!list.contains(QStringLiteral("市場民眾")));
    QVERIFY2(list.contains(QStringLiteral("J1200*****")), qPrintable(list));
}

QTEST_GUILESS_MAIN(TstCliProduce)
#include "tst_cliproduce.moc"
