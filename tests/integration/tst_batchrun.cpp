// A batch of 25 produced card by card against the counter's real devices
// (pcscd + vpcd with the virtual card stack, the printer emulator): the feeder
// jams at card 7, which stops the run, and the next run retries that card;
// the chip of card 12 stops answering while it is written and the card is
// skipped; every card issued has a chip that reads
// back with its record and a face whose barcodes carry its number; the counts
// and the blank stock are exact; a second run makes the skipped card and
// completes the batch.
#include "tests/support/counterworld.h"

#include "core/domain/nationalid.h"
#include "core/station/batches.h"
#include "core/station/stock.h"
#include "core/workflows/batchrun.h"

#include <QSqlQuery>
#include <QTest>

using namespace cc;

namespace {

constexpr int kCards = 25;
constexpr int kFeederFails = 7; // the n-th card, from 1: the feeder jams
constexpr int kChipFails = 12;

} // namespace

class TstBatchRun
    : public QObject
    , private test::CounterWorld {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void faultsRetriedAndSkipped();
    void onlyAnApprovedBatchIsProduced();

private:
    // A mobile-team session of kCards applications, submitted by the clerk
    // and approved by the supervisor.
    qint64 approvedBatch(bool approve = true);

    QList<qint64> m_applications;
};

void TstBatchRun::initTestCase() {
    const QString failed = startWorld();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TstBatchRun::init() {
    const QString failed = freshStore(30);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TstBatchRun::cleanup() {
    closeStore();
}

qint64 TstBatchRun::approvedBatch(bool approve) {
    Batches batches(m_fixture->store(), m_fixture->audit(), m_clock);
    const qint64 batch =
        mobileBatch("桃園長青村 12/1", kCards, "E1", "長青村民", QDate(1960, 1, 1));
    m_applications = batches.waiting(batch).value();
    if (!batches.submit(m_clerk, batch))
        qFatal("cannot submit");
    if (approve && !batches.approve(m_fixture->loginAs(Role::Supervisor), batch))
        qFatal("cannot approve");
    return batch;
}

void TstBatchRun::faultsRetriedAndSkipped() {
    const qint64 batch = approvedBatch();
    QCOMPARE(m_applications.size(), kCards);
    Store &store = m_fixture->store();
    const int printedBefore = m_devices.counters().value("printed");
    int cardsFed = 0;
    int issued = 0;
    QString lastIssued;
    QStringList problems;
    QList<int> failedAt;
    BatchRun::Hooks hooks;
    hooks.observer = [&](const IssuanceEvent &e) {
        if (e.kind == IssuanceEvent::Kind::CardFed && ++cardsFed == kChipFails)
            // Card 12 is the 12th fed (card 7 jammed in the feeder before it
            // was fed). Its chip leaves the field as it is being written.
            QVERIFY(m_devices.takeCardOffReader());
        if (e.kind == IssuanceEvent::Kind::Committed && e.step == IssuanceStep::Issued)
            lastIssued = e.cardNumber;
    };
    hooks.progress = [&](const BatchProgress &p) {
        if (p.step == IssuanceStep::Issued) {
            // Every card issued: its chip reads back with its record, its face
            // (the printer's next one) carries its number.
            const QString uid =
                test::storeValue(store, "SELECT chip_uid FROM cards WHERE card_number = ?",
                                 {lastIssued})
                    .toString();
            const QString problem = m_devices.producedCardProblem(lastIssued, CardType::General,
                                                                  uid, printedBefore + ++issued);
            if (!problem.isEmpty())
                problems << lastIssued + ": " + problem;
        }
        if (p.done == kFeederFails - 1 && issued == kFeederFails - 1)
            QVERIFY(m_devices.printer().command("Xf;card-jam;insert").ok());
    };
    hooks.onFailure = [&](qint64 application, const IssuanceOutcome &failed, int) {
        failedAt << int(m_applications.indexOf(application)) + 1;
        return failed.end == IssuanceStep::Spoiled ? BatchRun::Choice::Skip
                                                   : BatchRun::Choice::Stop;
    };
    BatchRun run(store, m_fixture->audit(), m_clock);
    const auto produce = [&] {
        return run.run(m_clerk, batch, Carrier::EasyCard, m_devices.encoder(), m_devices.printer(),
                       hooks);
    };

    // 1. The feeder jams at card 7: a fault of the station, not of the card,
    //    so the run stops and says what to do (no skip is offered).
    const Result<BatchRunReport> first = produce();
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
    QVERIFY(first->stoppedBy);
    QCOMPARE(first->stoppedBy->code, ErrorCode::CardJam);
    QVERIFY2(first->stoppedBy->message.contains("produce the batch again"),
             qPrintable(first->stoppedBy->message));
    QCOMPARE(first->issued, kFeederFails - 1);
    QCOMPARE(first->spoiled, 1); // the jammed blank is booked
    QVERIFY(failedAt.isEmpty());

    // 2. The jam cleared, the next run goes on with card 7; card 12's chip
    //    fails and the clerk skips it.
    const Result<BatchRunReport> second = produce();
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toString()));
    QVERIFY2(!second->stoppedBy,
             qPrintable(second->stoppedBy ? second->stoppedBy->toString() : ""));
    QCOMPARE(second->total, kCards - (kFeederFails - 1));
    QCOMPARE(second->issued, kCards - kFeederFails);
    QCOMPARE(second->spoiled, 1);
    QCOMPARE(failedAt, QList<int>{kChipFails});
    QCOMPARE(second->skipped.size(), 1);
    QCOMPARE(second->skipped[0].first, m_applications[kChipFails - 1]);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));

    // The store agrees: one number per attempt, never twice; the stock
    // reconciles: 24 used, the jammed and the failed chip spoiled.
    QCOMPARE(test::storeValue(store, "SELECT count(*) FROM cards").toInt(), kCards - 1);
    QCOMPARE(test::storeValue(store, "SELECT count(*) FROM production_attempts").toInt(),
             kCards + 1);
    QCOMPARE(test::storeValue(store, "SELECT count(DISTINCT card_number) FROM "
                                     "production_attempts")
                 .toInt(),
             kCards + 1);
    StockLevel level = Stock(store, m_fixture->audit(), m_clock).levels()->value("easycard");
    QCOMPARE(level.used, kCards - 1);
    QCOMPARE(level.spoiled, 2);
    QCOMPARE(level.onHand(), 30 - kCards - 1);
    Batches batches(store, m_fixture->audit(), m_clock);
    QCOMPARE(batches.status(batch).value(), BatchStatus::InProduction); // card 12 waits
    QCOMPARE(batches.waiting(batch).value(), QList<qint64>{m_applications[kChipFails - 1]});

    // 3. The next run makes the skipped card and completes the batch.
    const Result<BatchRunReport> third = produce();
    QVERIFY(third.ok());
    QCOMPARE(third->issued, 1);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    QCOMPARE(issued, kCards);
    QCOMPARE(batches.status(batch).value(), BatchStatus::Completed);
    level = Stock(store, m_fixture->audit(), m_clock).levels()->value("easycard");
    QCOMPARE(level.used, kCards);
    QCOMPARE(level.spoiled, 2);
    QCOMPARE(level.onHand(), 30 - kCards - 2);
}

void TstBatchRun::onlyAnApprovedBatchIsProduced() {
    const qint64 batch = approvedBatch(false); // submitted, not approved
    const int fed = m_devices.counters().value("fed");
    const Result<BatchRunReport> run =
        BatchRun(m_fixture->store(), m_fixture->audit(), m_clock)
            .run(m_clerk, batch, Carrier::EasyCard, m_devices.encoder(), m_devices.printer(), {});
    QVERIFY(!run.ok());
    QCOMPARE(run.error().code, ErrorCode::WrongState);
    QCOMPARE(m_devices.counters().value("fed"), fed); // no card was taken
    QCOMPARE(
        test::storeValue(m_fixture->store(), "SELECT count(*) FROM production_attempts").toInt(),
        0);
}

QTEST_MAIN(TstBatchRun)
#include "tst_batchrun.moc"
