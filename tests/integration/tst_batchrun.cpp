// A batch of 25 produced card by card against the counter's real devices
// (pcscd + vpcd with the virtual card stack, the printer emulator): the feeder
// fails at card 7 and is retried, the chip of card 12 stops answering while it
// is written and the card is skipped; every card issued has a chip that reads
// back with its record and a face whose barcodes carry its number; the counts
// and the blank stock are exact; a second run makes the skipped card and
// completes the batch.
#include "tests/support/counterworld.h"

#include "core/domain/nationalid.h"
#include "core/station/applicants.h"
#include "core/station/batches.h"
#include "core/station/stock.h"
#include "core/workflows/batchrun.h"

#include <QSqlQuery>
#include <QTest>

using namespace cc;

namespace {

constexpr int kCards = 25;
constexpr int kFeederFails = 7; // the n-th card, from 1
constexpr int kChipFails = 12;

QString idNumber(int n) {
    const QString body = QStringLiteral("E1%1").arg(n, 7, 10, QLatin1Char('0'));
    for (int check = 0; check < 10; ++check) {
        const QString candidate = body + QString::number(check);
        if (NationalId::check(candidate).valid())
            return candidate;
    }
    return {};
}

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
        batches.create(m_clerk, {BatchKind::MobileSession, "桃園長青村 12/1", CardType::General})
            .value();
    QList<Applicants::Item> items;
    for (int i = 1; i <= kCards; ++i) {
        PersonData p{idNumber(i),           QStringLiteral("長青村民%1").arg(i), {},
                     QDate(1960, 1, i),     QStringLiteral("桃園市桃園區"),      {},
                     test::applicantPhoto()};
        ApplicationData a;
        a.cardType = CardType::General;
        a.batchId = batch;
        items.append({p, a});
    }
    if (!Applicants(m_fixture->store(), m_fixture->audit(), m_clock).submitAll(m_clerk, items))
        qFatal("cannot take the applications");
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
    int cardsFed = 0;
    QString lastIssued;
    QStringList problems;
    QList<int> failedAt;
    BatchRun::Hooks hooks;
    hooks.observer = [&](const IssuanceEvent &e) {
        if (e.kind == IssuanceEvent::Kind::CardFed && ++cardsFed == kChipFails)
            // Card 12 is the 12th fed (card 7's feeder failure took none, its
            // retry one). Its chip leaves the field as it is being written.
            QVERIFY(m_devices.takeCardOffReader());
        if (e.kind == IssuanceEvent::Kind::Committed && e.step == IssuanceStep::Issued)
            lastIssued = e.cardNumber;
    };
    hooks.progress = [&](const BatchProgress &p) {
        if (p.step == IssuanceStep::Issued) {
            // Every card issued: its chip reads back with its record, its face
            // carries its number.
            const QString uid =
                test::storeValue(store, "SELECT chip_uid FROM cards WHERE card_number = ?",
                                 {lastIssued})
                    .toString();
            const QString problem = m_devices.producedCardProblem(
                lastIssued, CardType::General, uid, m_devices.counters().value("printed"));
            if (!problem.isEmpty())
                problems << lastIssued + ": " + problem;
        }
        if (p.done == kFeederFails - 1)
            QVERIFY(m_devices.printer().command("Xf;feeder-empty;insert").ok());
    };
    hooks.onFailure = [&](qint64 application, const IssuanceOutcome &failed, int attempt) {
        const int card = int(m_applications.indexOf(application)) + 1;
        failedAt << card;
        if (card == kFeederFails) {
            // The hopper is refilled; a cancelled attempt used no card.
            return attempt == 1 && failed.end == IssuanceStep::Cancelled ? BatchRun::Choice::Retry
                                                                         : BatchRun::Choice::Stop;
        }
        return card == kChipFails && failed.end == IssuanceStep::Spoiled ? BatchRun::Choice::Skip
                                                                         : BatchRun::Choice::Stop;
    };
    const Result<BatchRunReport> run = BatchRun(store, m_fixture->audit(), m_clock)
                                           .run(m_clerk, batch, Carrier::EasyCard,
                                                m_devices.encoder(), m_devices.printer(), hooks);
    QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().toString()));
    QVERIFY2(!run->stoppedBy, qPrintable(run->stoppedBy ? run->stoppedBy->toString() : ""));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    QCOMPARE(failedAt, (QList<int>{kFeederFails, kChipFails}));
    QCOMPARE(run->total, kCards);
    QCOMPARE(run->issued, kCards - 1);
    QCOMPARE(run->spoiled, 1);
    QCOMPARE(run->cancelled, 1);
    QCOMPARE(run->skipped.size(), 1);
    QCOMPARE(run->skipped[0].first, m_applications[kChipFails - 1]);

    // The store agrees: one number per attempt, never twice; the stock
    // reconciles with the emulator's counts.
    QCOMPARE(test::storeValue(store, "SELECT count(*) FROM cards").toInt(), kCards - 1);
    QCOMPARE(test::storeValue(store, "SELECT count(*) FROM production_attempts").toInt(),
             kCards + 1);
    QCOMPARE(test::storeValue(store, "SELECT count(DISTINCT card_number) FROM "
                                     "production_attempts")
                 .toInt(),
             kCards + 1);
    StockLevel level = Stock(store, m_fixture->audit(), m_clock).levels()->value("easycard");
    QCOMPARE(level.used, kCards - 1);
    QCOMPARE(level.spoiled, 1);
    QCOMPARE(level.onHand(), 30 - kCards);
    Batches batches(store, m_fixture->audit(), m_clock);
    QCOMPARE(batches.status(batch).value(), BatchStatus::InProduction); // card 12 waits
    QCOMPARE(batches.waiting(batch).value(), QList<qint64>{m_applications[kChipFails - 1]});

    // The next run makes the skipped card and completes the batch.
    const Result<BatchRunReport> again =
        BatchRun(store, m_fixture->audit(), m_clock)
            .run(m_clerk, batch, Carrier::EasyCard, m_devices.encoder(), m_devices.printer(), {});
    QVERIFY(again.ok());
    QCOMPARE(again->issued, 1);
    QCOMPARE(batches.status(batch).value(), BatchStatus::Completed);
    level = Stock(store, m_fixture->audit(), m_clock).levels()->value("easycard");
    QCOMPARE(level.used, kCards);
    QCOMPARE(level.spoiled, 1);
    QCOMPARE(level.onHand(), 30 - kCards - 1);
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
