// Many stations at once: S enrolled stations (default 20) push E events
// each (default 5,000) to the real central service at the same time, each
// on its own thread and connection, batches of B (default 500). Prints the
// events per second the centre took in all, and the time per batch (from
// sending to the answer) at p50, p90 and p99.
// Usage: bench_stations [--stations S] [--events E] [--batch B]
#include "sync/httpstransport.h"
#include "tests/support/centralpeers.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/station/synclinks.h"
#include "core/workflows/syncpush.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace cc;

namespace {

[[noreturn]] void die(const QString &what) {
    std::fprintf(stderr, "bench_stations: %s\n", qPrintable(what));
    std::exit(1);
}

int option(const QStringList &args, const char *name, int fallback) {
    const qsizetype i = args.indexOf(QLatin1String(name));
    return i > 0 ? args.value(i + 1).toInt() : fallback;
}

// Times every request around the real transport.
class TimedTransport : public SyncTransport {
public:
    TimedTransport(SyncTransport &inner, std::vector<double> &times, std::mutex &mutex)
        : m_inner(inner)
        , m_times(times)
        , m_mutex(mutex) {}
    Result<PushAnswer> push(const QByteArray &batch) override {
        QElapsedTimer t;
        t.start();
        Result<PushAnswer> r = m_inner.push(batch);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        std::lock_guard lock(m_mutex);
        m_times.push_back(ms);
        return r;
    }

private:
    SyncTransport &m_inner;
    std::vector<double> &m_times;
    std::mutex &m_mutex;
};

double percentile(std::vector<double> sorted, double p) {
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))];
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("citizencard.*=false"));
    const QStringList args = app.arguments();
    const int stations = option(args, "--stations", 20);
    const int events = option(args, "--events", 5000);
    const int batch = option(args, "--batch", 500);
    if (stations < 1 || stations > 99 || events < 1 || batch < 1)
        die(QStringLiteral("--stations 1..99, --events N > 0, --batch B > 0"));

    test::CentralWorld world;
    if (QString failed = world.start(); !failed.isEmpty())
        die(failed);
    ManualClock clock;
    std::vector<std::unique_ptr<StoreFixture>> fixtures;
    std::vector<std::unique_ptr<HttpsTransport>> transports;
    for (int s = 0; s < stations; ++s) {
        const QString id = QStringLiteral("03%1").arg(s + 1, 2, 10, QLatin1Char('0'));
        auto station = std::make_unique<StoreFixture>(clock, LockoutPolicy{}, id);
        if (!station->ok())
            die(station->error());
        if (QString failed = world.enrol(*station, clock); !failed.isEmpty())
            die(failed);
        if (QString failed = test::appendEvents(*station, clock, events); !failed.isEmpty())
            die(failed);
        const SyncLink link = SyncLinks(station->store(), station->audit(), clock)
                                  .load(station->admin())
                                  .value()
                                  .value();
        Result<std::unique_ptr<HttpsTransport>> transport = HttpsTransport::open(link);
        if (!transport)
            die(transport.error().toString());
        transports.push_back(std::move(transport).value());
        fixtures.push_back(std::move(station));
    }

    std::vector<double> times;
    std::mutex mutex;
    std::vector<QString> failures(static_cast<size_t>(stations));
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (int s = 0; s < stations; ++s)
        threads.emplace_back([&, s] {
            TimedTransport timed(*transports[size_t(s)], times, mutex);
            Result<PushProgress> pushed =
                SyncPush(fixtures[size_t(s)]->store(), clock,
                         fixtures[size_t(s)]->admin().stationId(), timed, batch)
                    .run();
            if (!pushed || pushed->waiting != 0)
                failures[size_t(s)] =
                    pushed ? QStringLiteral("events left") : pushed.error().toString();
        });
    for (std::thread &t : threads)
        t.join();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    for (const QString &f : failures)
        if (!f.isEmpty())
            die(f);
    const qint64 total = qint64(stations) * events;
    if (world.postgres.psql(QStringLiteral("SELECT count(*) FROM events")).toLongLong() != total)
        die(QStringLiteral("the centre does not hold every event"));

    std::printf("%d stations pushing at once, %d events each, batches of %d, one central "
                "process\n",
                stations, events, batch);
    std::printf("  %lld events in %.2f s: %.0f events/s taken by the centre\n",
                static_cast<long long>(total), seconds, double(total) / seconds);
    std::printf("  time per batch (%zu batches): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms\n",
                times.size(), percentile(times, 0.50), percentile(times, 0.90),
                percentile(times, 0.99));
    return 0;
}
