// Software time per card in batch production against the counter's per-card
// time, on the counter's real local devices answering at once (pcscd + vpcd
// with the virtual card stack, the printer emulator with no movement delay).
// The same work on both sides: a recorded application's card produced, from
// Produce to Issued, with the same photo, on the same store and devices; the
// counter one card per call (F9), the batch through BatchRun over an
// approved batch. Software time is this process's CPU time, every thread.
// Target (issue): batch <= 1.1 x the counter.
//
// Usage: bench_batch [--cards N] [--rounds R]
#include "bench/stats.h"
#include "tests/support/counterdevices.h"
#include "tests/support/idnumbers.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/domain/nationalid.h"
#include "core/station/applicants.h"
#include "core/station/batches.h"
#include "core/station/stock.h"
#include "core/workflows/batchrun.h"
#include "core/workflows/issuance.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSqlQuery>

#include <cstdio>
#include <ctime>

using namespace cc;

namespace {

qint64 cpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int cards = 20;
    int rounds = 3;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--cards")
            cards = args[i + 1].toInt();
        else if (args[i] == u"--rounds")
            rounds = args[i + 1].toInt();
    }
    test::CounterDevices devices;
    // A hopper that holds every round's cards.
    if (const QString failed = devices.start(
            {QStringLiteral("--feeder"), QString::number(2 * cards * (rounds + 1) + 10)});
        !failed.isEmpty()) {
        std::fprintf(stderr, "bench_batch: %s\n", qPrintable(failed));
        return 3;
    }
    ManualClock clock;
    StoreFixture fixture(clock);
    const Session supervisor = fixture.loginAs(Role::Supervisor);
    (void)Stock(fixture.store(), fixture.audit(), clock)
        .receive(supervisor, Carrier::EasyCard, 2 * cards * (rounds + 1), "bench");
    const Session clerk = fixture.loginAs(Role::Clerk);
    const Session mobile = fixture.loginAs(Role::Mobile);
    QFile photo(QStringLiteral(CITIZENCARD_BENCH_PHOTO));
    photo.open(QIODevice::ReadOnly);
    const QByteArray photoBytes = photo.readAll();
    Applicants applicants(fixture.store(), fixture.audit(), clock);
    Batches batches(fixture.store(), fixture.audit(), clock);
    Issuance issuance(fixture.store(), fixture.audit(), clock);
    int people = 0;
    // `cards` applications, in a new approved batch or at the counter.
    const auto take = [&](bool inBatch, std::optional<qint64> &batch) {
        if (inBatch)
            batch = batches.create(mobile, {BatchKind::MobileSession, "bench", CardType::General})
                        .value();
        QList<Applicants::Item> items;
        for (int i = 0; i < cards; ++i) {
            ApplicationData a;
            a.batchId = batch;
            items.append({{test::idNumber("K1", ++people),
                           QStringLiteral("林怡君"),
                           QStringLiteral("LIN Yi-jun"),
                           QDate(1990, 5, 1),
                           {},
                           {},
                           photoBytes},
                          a});
        }
        if (!applicants.submitAll(mobile, items))
            std::exit(2);
        if (inBatch && (!batches.submit(mobile, *batch) || !batches.approve(supervisor, *batch)))
            std::exit(2);
    };

    std::vector<double> counterCpu, batchCpu, counterWall, batchWall;
    // The counter: each application's card by its own Produce (F9).
    const auto counterRound = [&]() -> bool {
        std::optional<qint64> none;
        take(false, none);
        Result<QList<qint64>> waiting = [&]() -> Result<QList<qint64>> {
            QList<qint64> ids;
            Status read = fixture.store().read([&](QSqlDatabase &db) -> Status {
                Result<QSqlQuery *> q = fixture.store().exec(
                    db, QStringLiteral("SELECT id FROM applications WHERE batch_id IS NULL AND "
                                       "status = 'received' ORDER BY id"));
                if (!q)
                    return q.error();
                while ((*q)->next())
                    ids << (*q)->value(0).toLongLong();
                return Done{};
            });
            if (!read)
                return read.error();
            return ids;
        }();
        if (!waiting || waiting->size() != cards)
            return false;
        QElapsedTimer t;
        t.start();
        const qint64 cpu0 = cpuNs();
        for (const qint64 application : *waiting) {
            Result<IssuanceOutcome> o = issuance.produce(clerk, application, Carrier::EasyCard,
                                                         devices.encoder(), devices.printer());
            if (!o || o->end != IssuanceStep::Issued)
                return false;
        }
        counterCpu.push_back((cpuNs() - cpu0) / 1e6 / cards);
        counterWall.push_back(t.nsecsElapsed() / 1e6 / cards);
        return true;
    };
    // The batch: the same number of applications through BatchRun.
    const auto batchRound = [&]() -> bool {
        std::optional<qint64> batch;
        take(true, batch);
        QElapsedTimer t;
        t.start();
        const qint64 cpu0 = cpuNs();
        Result<BatchRunReport> r =
            BatchRun(fixture.store(), fixture.audit(), clock)
                .run(clerk, *batch, Carrier::EasyCard, devices.encoder(), devices.printer(), {});
        if (!r || r->issued != cards)
            return false;
        batchCpu.push_back((cpuNs() - cpu0) / 1e6 / cards);
        batchWall.push_back(t.nsecsElapsed() / 1e6 / cards);
        return true;
    };
    // A warm-up round of each (fonts, templates, the first connections) is
    // not counted; then the two alternate which goes first.
    if (!counterRound() || !batchRound()) {
        std::fprintf(stderr, "bench_batch: the warm-up failed\n");
        return 2;
    }
    counterCpu.clear(), batchCpu.clear(), counterWall.clear(), batchWall.clear();
    for (int round = 0; round < rounds; ++round) {
        const bool ok =
            round % 2 == 0 ? counterRound() && batchRound() : batchRound() && counterRound();
        if (!ok) {
            std::fprintf(stderr, "bench_batch: a card was not issued\n");
            return 2;
        }
    }
    std::printf("Per card, Produce to Issued, %d cards x %d rounds (median of the rounds, ms)\n",
                cards, rounds);
    std::printf("  counter (one card per call)   our CPU %7.1f  wall %7.1f\n",
                bench::median(counterCpu), bench::median(counterWall));
    std::printf("  batch (BatchRun)              our CPU %7.1f  wall %7.1f\n",
                bench::median(batchCpu), bench::median(batchWall));
    std::printf("  ratio batch / counter, our CPU: %.3f x (target <= 1.1)\n",
                bench::median(batchCpu) / bench::median(counterCpu));
    return 0;
}
