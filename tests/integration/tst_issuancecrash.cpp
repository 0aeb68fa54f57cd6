// The counter process is killed (SIGKILL) at each point of the issuance
// workflow in turn, with real devices: pcscd + vpcd, the virtual card stack
// and the printer emulator, which outlive it as real devices would. A new
// process then resolves the attempt. Afterwards nothing is unfinished, the
// attempt ended where the devices could prove, every blank card the printer
// fed is booked as used or spoiled, no card number is used twice, and store
// check (numbering, stock, audit chain) passes.
#include "registry/fixtureregistry.h"
#include "tests/support/counterdevices.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/station/stock.h"
#include "core/station/storecheck.h"
#include "core/workflows/counter.h"
#include "core/workflows/issuance.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace cc;

namespace {

const QString kRegistry = QStringLiteral(CITIZENCARD_SOURCE_DIR "/demo/registry");

} // namespace

class TstIssuanceCrash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedAtEachStep_data();
    void killedAtEachStep();
    void cleanupTestCase();

private:
    QProcess *runner(const QStringList &arguments);

    test::CounterDevices m_devices;
    ManualClock m_clock;
    std::unique_ptr<StoreFixture> m_fixture;
    std::unique_ptr<FixtureRegistry> m_registry;
};

void TstIssuanceCrash::initTestCase() {
    const QString failed = m_devices.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_registry = std::move(FixtureRegistry::load(kRegistry).value());
    m_fixture = std::make_unique<StoreFixture>(m_clock);
    QVERIFY(m_fixture->ok());
    Session supervisor = m_fixture->loginAs(Role::Supervisor);
    QVERIFY(Stock(m_fixture->store(), m_fixture->audit(), m_clock)
                .receive(supervisor, Carrier::EasyCard, 50, "crash test")
                .ok());
    (void)m_fixture->loginAs(Role::Clerk); // the runner logs in as this clerk
}

void TstIssuanceCrash::cleanupTestCase() {
    m_fixture.reset();
}

QProcess *TstIssuanceCrash::runner(const QStringList &arguments) {
    auto *p = new QProcess(this);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(QStringLiteral(ISSUANCE_RUNNER),
             QStringList{"--store", m_fixture->path(), "--keys", m_devices.keyFilePath(),
                         "--passphrase", test::CounterDevices::kPassphrase, "--printer",
                         m_devices.printerAddress()} +
                 arguments);
    return p;
}

void TstIssuanceCrash::killedAtEachStep_data() {
    QTest::addColumn<QString>("point");
    QTest::addColumn<QString>("end"); // what recovery can prove
    QTest::newRow("requested committed") << "committed:requested"
                                         << "cancelled";
    QTest::newRow("encoding committed, nothing fed") << "committed:encoding"
                                                     << "cancelled";
    QTest::newRow("card at the encoder, chip blank") << "card-fed:encoding"
                                                     << "issued";
    QTest::newRow("chip written, not committed") << "chip-written:encoding"
                                                 << "issued";
    QTest::newRow("encoded committed") << "committed:encoded"
                                       << "issued";
    QTest::newRow("printing committed, card parked") << "committed:printing"
                                                     << "issued";
    QTest::newRow("printed and ejected, not committed") << "face-printed:printing"
                                                        << "spoiled";
    QTest::newRow("printed committed") << "committed:printed"
                                       << "issued";
    QTest::newRow("issued committed") << "committed:issued"
                                      << "issued";
}

void TstIssuanceCrash::killedAtEachStep() {
    QFETCH(QString, point);
    QFETCH(QString, end);
    Store &store = m_fixture->store();
    Session clerk = m_fixture->loginAs(Role::Clerk);
    const RegistryEntry person = m_registry->lookup("F222222222")->value();
    Counter counter(store, m_fixture->audit(), m_clock, EligibilityPolicy::defaults());
    // One application per row; the earlier rows' cards are cancelled so this
    // person may apply again.
    QSqlDatabase db = store.connection();
    QVERIFY(QSqlQuery(db).exec("UPDATE cards SET status = 'cancelled'"));
    Result<qint64> application = counter.applyNew(clerk, {{person.facts.nationalId,
                                                           person.name,
                                                           person.nameLatin,
                                                           person.facts.birthDate,
                                                           {},
                                                           {},
                                                           test::applicantPhoto()},
                                                          person.facts,
                                                          {},
                                                          false,
                                                          CardType::General,
                                                          false});
    QVERIFY2(application.ok(), qPrintable(application ? "" : application.error().toString()));
    const QHash<QString, int> before = m_devices.counters();
    const StockLevel stockBefore =
        Stock(store, m_fixture->audit(), m_clock).levels()->value("easycard");

    // 1. The counter process dies at the point.
    QProcess *killed = runner({"--application", QString::number(*application), "--kill-at", point});
    QVERIFY(killed->waitForFinished(60000));
    QCOMPARE(killed->exitStatus(), QProcess::CrashExit);
    const qint64 attempt =
        test::storeValue(store, "SELECT max(id) FROM production_attempts").toLongLong();

    // 2. A new process resolves what it left.
    QProcess *recovery = runner({"--recover"});
    QVERIFY(recovery->waitForFinished(60000));
    QCOMPARE(recovery->exitCode(), 0);
    const QString report = QString::fromUtf8(recovery->readAllStandardOutput()).trimmed();
    if (point != u"committed:issued")
        QVERIFY2(report.startsWith(QString::number(attempt) + ' '), qPrintable(report));

    // 3. Resolved as the devices could prove, and nothing else is open.
    QCOMPARE(
        test::storeValue(store, "SELECT state FROM production_attempts WHERE id = ?", {attempt})
            .toString(),
        end);
    QCOMPARE(test::storeValue(store, "SELECT count(*) FROM production_attempts WHERE state NOT IN "
                                     "('issued', 'spoiled', 'cancelled')")
                 .toInt(),
             0);
    QCOMPARE(m_devices.counters().value("inside"), 0); // no card left inside the printer
    if (end == u"issued") {
        const QString number =
            test::storeValue(store, "SELECT card_number FROM production_attempts WHERE id = ?",
                             {attempt})
                .toString();
        QCOMPARE(
            test::storeValue(store, "SELECT status FROM cards WHERE card_number = ?", {number}),
            QVariant("active"));
        QVERIFY(
            !test::storeValue(store, "SELECT chip_uid FROM cards WHERE card_number = ?", {number})
                 .toString()
                 .isEmpty());
        QCOMPARE(
            test::storeValue(store, "SELECT status FROM applications WHERE id = ?", {*application}),
            QVariant("issued"));
    } else {
        QCOMPARE(
            test::storeValue(store, "SELECT status FROM applications WHERE id = ?", {*application}),
            QVariant("received")); // the clerk can produce it again
    }

    // 4. Every card the printer fed is booked: used or spoiled.
    const QHash<QString, int> after = m_devices.counters();
    const StockLevel stockAfter =
        Stock(store, m_fixture->audit(), m_clock).levels()->value("easycard");
    const int fed = before.value("feeder") - after.value("feeder");
    QCOMPARE((stockAfter.used - stockBefore.used) + (stockAfter.spoiled - stockBefore.spoiled),
             qint64(fed));
    QCOMPARE(stockAfter.onHand(), stockBefore.onHand() - fed);

    // 5. Store check: numbering (no number twice), stock, audit chain.
    Result<StoreCheckReport> check = StoreCheck::run(store, m_fixture->audit());
    QVERIFY(check.ok());
    QVERIFY2(check->ok(), qPrintable(check->problems.join('\n')));
}

QTEST_MAIN(TstIssuanceCrash)
#include "tst_issuancecrash.moc"
