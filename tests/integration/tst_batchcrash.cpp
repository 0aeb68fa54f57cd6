// A batch run is killed (SIGKILL) at each point of the issuance workflow of
// its second card, with real devices (pcscd + vpcd, the virtual card stack,
// the printer emulator), which outlive it. The next run resolves that card
// first and goes on: the batch completes with every application issued once,
// no card number used twice, every blank the printer fed booked as used or
// spoiled, nothing left in the printer, and store check passes.
#include "tests/support/counterdevices.h"
#include "tests/support/idnumbers.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/domain/nationalid.h"
#include "core/station/applicants.h"
#include "core/station/batches.h"
#include "core/station/stock.h"
#include "core/station/storecheck.h"

#include <QProcess>
#include <QTest>

using namespace cc;

namespace {

constexpr int kCards = 3;

} // namespace

class TstBatchCrash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedMidBatch_data();
    void killedMidBatch();

private:
    QProcess *runner(const QStringList &arguments);
    qint64 approvedBatch();

    test::CounterDevices m_devices;
    ManualClock m_clock;
    std::unique_ptr<StoreFixture> m_fixture;
    int m_people = 0;
};

void TstBatchCrash::initTestCase() {
    const QString failed = m_devices.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_fixture = std::make_unique<StoreFixture>(m_clock);
    QVERIFY(m_fixture->ok());
    Session supervisor = m_fixture->loginAs(Role::Supervisor);
    QVERIFY(Stock(m_fixture->store(), m_fixture->audit(), m_clock)
                .receive(supervisor, Carrier::EasyCard, 60, "crash test")
                .ok());
    (void)m_fixture->loginAs(Role::Clerk); // the runner logs in as this clerk
}

void TstBatchCrash::cleanupTestCase() {
    m_fixture.reset();
}

QProcess *TstBatchCrash::runner(const QStringList &arguments) {
    auto *p = new QProcess(this);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(QStringLiteral(ISSUANCE_RUNNER),
             QStringList{"--store", m_fixture->path(), "--keys", m_devices.keyFilePath(),
                         "--passphrase", test::CounterDevices::kPassphrase, "--printer",
                         m_devices.printerAddress()} +
                 arguments);
    return p;
}

qint64 TstBatchCrash::approvedBatch() {
    const Session mobile = m_fixture->loginAs(Role::Mobile);
    Batches batches(m_fixture->store(), m_fixture->audit(), m_clock);
    const qint64 batch =
        batches.create(mobile, {BatchKind::MobileSession, "crash", CardType::General}).value();
    QList<Applicants::Item> items;
    for (int i = 0; i < kCards; ++i) {
        ApplicationData a;
        a.batchId = batch;
        items.append({{test::idNumber("G2", ++m_people),
                       QStringLiteral("村民"),
                       {},
                       QDate(1955, 2, 3),
                       {},
                       {},
                       test::applicantPhoto()},
                      a});
    }
    if (!Applicants(m_fixture->store(), m_fixture->audit(), m_clock).submitAll(mobile, items) ||
        !batches.submit(mobile, batch) ||
        !batches.approve(m_fixture->loginAs(Role::Supervisor), batch))
        qFatal("cannot prepare the batch");
    return batch;
}

void TstBatchCrash::killedMidBatch_data() {
    QTest::addColumn<QString>("point");
    QTest::addColumn<int>("spoiled"); // what recovery can prove of card 2
    QTest::newRow("requested committed") << "committed:requested" << 0;
    QTest::newRow("encoding committed, nothing fed") << "committed:encoding" << 0;
    QTest::newRow("card at the encoder, chip blank") << "card-fed:encoding" << 0;
    QTest::newRow("chip written, not committed") << "chip-written:encoding" << 0;
    QTest::newRow("encoded committed") << "committed:encoded" << 0;
    QTest::newRow("printing committed, card parked") << "committed:printing" << 0;
    QTest::newRow("printed and ejected, not committed") << "face-printed:printing" << 1;
    QTest::newRow("printed committed") << "committed:printed" << 0;
    QTest::newRow("issued committed") << "committed:issued" << 0;
}

void TstBatchCrash::killedMidBatch() {
    QFETCH(QString, point);
    QFETCH(int, spoiled);
    Store &store = m_fixture->store();
    const qint64 batch = approvedBatch();
    const QHash<QString, int> before = m_devices.counters();
    const StockLevel stockBefore =
        Stock(store, m_fixture->audit(), m_clock).levels()->value("easycard");
    const int attemptsBefore =
        test::storeValue(store, "SELECT count(*) FROM production_attempts").toInt();

    // 1. The run dies in card 2.
    QProcess *killed =
        runner({"--batch", QString::number(batch), "--kill-at", point, "--kill-card", "2"});
    QVERIFY(killed->waitForFinished(60000));
    QCOMPARE(killed->exitStatus(), QProcess::CrashExit);
    // It died in card 2: card 1 issued (and card 2 too once its issue was
    // committed), the attempt left unfinished being card 2's.
    const bool issuedBeforeDeath = point == u"committed:issued";
    QCOMPARE(test::storeValue(store,
                              "SELECT count(*) FROM applications WHERE batch_id = ? AND status = "
                              "'issued'",
                              {batch})
                 .toInt(),
             issuedBeforeDeath ? 2 : 1);
    const QVariant unfinished =
        test::storeValue(store,
                         "SELECT a.application_id FROM production_attempts a JOIN applications p "
                         "ON p.id = a.application_id WHERE p.batch_id = ? AND a.state NOT IN "
                         "('issued', 'spoiled', 'cancelled')",
                         {batch});
    QCOMPARE(unfinished.isNull(), issuedBeforeDeath);
    if (!issuedBeforeDeath)
        QCOMPARE(unfinished.toLongLong(),
                 test::storeValue(store,
                                  "SELECT id FROM applications WHERE batch_id = ? ORDER BY id "
                                  "LIMIT 1 OFFSET 1",
                                  {batch})
                     .toLongLong());

    // 2. The next run resolves it and finishes the batch.
    QProcess *again = runner({"--batch", QString::number(batch)});
    QVERIFY(again->waitForFinished(120000));
    QCOMPARE(again->exitStatus(), QProcess::NormalExit);
    QCOMPARE(again->exitCode(), 0);
    const QString report = QString::fromUtf8(again->readAllStandardOutput()).trimmed();
    QVERIFY2(report.contains("skipped=0"), qPrintable(report));
    QVERIFY2(report.contains(issuedBeforeDeath ? "recovered=0" : "recovered=1"),
             qPrintable(report));

    QCOMPARE(test::storeValue(store, "SELECT status FROM batches WHERE id = ?", {batch}),
             QVariant("completed"));
    // Every application issued once, no number used twice, nothing unfinished.
    QCOMPARE(test::storeValue(store,
                              "SELECT count(*) FROM cards c JOIN applications a ON a.id = "
                              "c.application_id WHERE a.batch_id = ?",
                              {batch})
                 .toInt(),
             kCards);
    QCOMPARE(test::storeValue(store,
                              "SELECT count(DISTINCT application_id) FROM cards WHERE "
                              "application_id IN (SELECT id FROM applications WHERE batch_id = ?)",
                              {batch})
                 .toInt(),
             kCards);
    QCOMPARE(test::storeValue(store, "SELECT count(*) - count(DISTINCT card_number) FROM "
                                     "production_attempts")
                 .toInt(),
             0);
    QCOMPARE(test::storeValue(store, "SELECT count(*) FROM production_attempts WHERE state NOT "
                                     "IN ('issued', 'spoiled', 'cancelled')")
                 .toInt(),
             0);
    QVERIFY(test::storeValue(store, "SELECT count(*) FROM production_attempts").toInt() >=
            attemptsBefore + kCards);
    // The stock: each blank fed is used or spoiled; the printer is empty.
    const StockLevel stock = Stock(store, m_fixture->audit(), m_clock).levels()->value("easycard");
    QCOMPARE(stock.used - stockBefore.used, kCards);
    QCOMPARE(stock.spoiled - stockBefore.spoiled, spoiled);
    const QHash<QString, int> after = m_devices.counters();
    QCOMPARE(after.value("fed") - before.value("fed"), kCards + spoiled);
    QCOMPARE(after.value("inside"), 0);
    const Session supervisor = m_fixture->loginAs(Role::Supervisor);
    const Result<StoreCheckReport> check = StoreCheck::run(store, m_fixture->audit(), &supervisor);
    QVERIFY(check.ok());
    QVERIFY2(check->ok(), qPrintable(check->problems.join('\n')));
}

QTEST_GUILESS_MAIN(TstBatchCrash)
#include "tst_batchcrash.moc"
