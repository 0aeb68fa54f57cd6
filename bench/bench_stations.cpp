// Many stations at once: S enrolled stations (default 20) push E events
// each (default 5,000) to the real central service at the same time, each
// on its own thread and connection, batches of B (default 500). Three rounds:
// one central process directly, one behind haproxy (mode tcp), and two
// processes on the same PostgreSQL behind haproxy. Each prints the events per
// second the centre took and the time per batch (sending to answer) at p50,
// p90 and p99.
// Usage: bench_stations [--stations S] [--events E] [--batch B]
#include "sync/httpstransport.h"
#include "tests/support/centralpeers.h"
#include "tests/support/childprocess.h"
#include "tests/support/manualclock.h"
#include "tests/support/printingpeers.h"
#include "tests/support/storefixture.h"

#include "core/station/synclinks.h"
#include "core/workflows/syncpush.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

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
    Result<ChangesPage> changes(const QString &since, int limit) override {
        return m_inner.changes(since, limit);
    }
    Result<QByteArray> document(const QString &kind, qint64 version) override {
        return m_inner.document(kind, version);
    }
    Result<QByteArray> preApplication(const QString &code) override {
        return m_inner.preApplication(code);
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

struct Round {
    double seconds = 0;
    std::vector<double> times; // ms per batch
};

// Every station pushes its waiting events at once to `url`.
Round pushAll(std::vector<std::unique_ptr<StoreFixture>> &fixtures, const Clock &clock,
              const QString &url, int batch) {
    std::vector<std::unique_ptr<HttpsTransport>> transports;
    for (auto &station : fixtures) {
        SyncLink link = SyncLinks(station->store(), station->audit(), clock)
                            .load(station->admin())
                            .value()
                            .value();
        link.url = url;
        Result<std::unique_ptr<HttpsTransport>> transport = HttpsTransport::open(link);
        if (!transport)
            die(transport.error().toString());
        transports.push_back(std::move(transport).value());
    }
    Round round;
    std::mutex mutex;
    std::vector<QString> failures(fixtures.size());
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (size_t s = 0; s < fixtures.size(); ++s)
        threads.emplace_back([&, s] {
            TimedTransport timed(*transports[s], round.times, mutex);
            Result<PushProgress> pushed = SyncPush(fixtures[s]->store(), clock,
                                                   fixtures[s]->admin().stationId(), timed, batch)
                                              .run();
            if (!pushed || pushed->waiting != 0)
                failures[s] = pushed ? QStringLiteral("events left") : pushed.error().toString();
        });
    for (std::thread &t : threads)
        t.join();
    round.seconds = double(wall.nsecsElapsed()) / 1e9;
    for (const QString &f : failures)
        if (!f.isEmpty())
            die(f);
    return round;
}

// haproxy in mode tcp on a free port in front of `backends` (each does mutual
// TLS itself), as docs/central.md describes.
class Haproxy {
public:
    ~Haproxy() { test::stopChild(m_process); }
    int start(const QList<int> &backends) {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const int port = probe.serverPort();
        probe.close();
        QFile config(m_dir.filePath(QStringLiteral("haproxy.cfg")));
        if (!config.open(QIODevice::WriteOnly))
            die(QStringLiteral("cannot write haproxy.cfg"));
        QByteArray text = "defaults\n  mode tcp\n  timeout connect 5s\n  timeout client 60s\n"
                          "  timeout server 60s\n  option redispatch\n  retries 2\n"
                          "frontend stations\n  bind 127.0.0.1:" +
                          QByteArray::number(port) +
                          "\n  default_backend centrals\nbackend centrals\n  balance leastconn\n";
        for (int i = 0; i < backends.size(); ++i)
            text += "  server c" + QByteArray::number(i) +
                    " 127.0.0.1:" + QByteArray::number(backends[i]) + "\n";
        config.write(text);
        config.close();
        test::dieWithParent(m_process);
        m_process.start(QStringLiteral("haproxy"),
                        {QStringLiteral("-db"), QStringLiteral("-f"), config.fileName()});
        for (int i = 0; i < 100; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, quint16(port));
            if (s.waitForConnected(100))
                return port;
            QThread::msleep(50);
        }
        die(QStringLiteral("haproxy did not start"));
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

void print(const char *what, const Round &r, qint64 total) {
    std::printf("  %s: %lld events in %.2f s, %.0f events/s; per batch (%zu) p50 %.1f ms, "
                "p90 %.1f ms, p99 %.1f ms\n",
                what, static_cast<long long>(total), r.seconds, double(total) / r.seconds,
                r.times.size(), percentile(r.times, 0.50), percentile(r.times, 0.90),
                percentile(r.times, 0.99));
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
    test::CentralProcess second; // the same database, for the scale-out rounds
    if (QString failed = second.start(world.postgres.conninfo(), world.caDir()); !failed.isEmpty())
        die(failed);
    ManualClock clock;
    std::vector<std::unique_ptr<StoreFixture>> fixtures;
    for (int s = 0; s < stations; ++s) {
        const QString id = QStringLiteral("03%1").arg(s + 1, 2, 10, QLatin1Char('0'));
        auto station = std::make_unique<StoreFixture>(clock, LockoutPolicy{}, id);
        if (!station->ok())
            die(station->error());
        if (QString failed = world.enrol(*station, clock); !failed.isEmpty())
            die(failed);
        fixtures.push_back(std::move(station));
    }
    const qint64 total = qint64(stations) * events;
    const auto fill = [&] {
        for (auto &station : fixtures)
            if (QString failed = test::appendEvents(*station, clock, events); !failed.isEmpty())
                die(failed);
    };
    std::printf("%d stations pushing at once, %d events each, batches of %d\n", stations, events,
                batch);
    fill();
    const Round direct = pushAll(fixtures, clock, world.central.url(), batch);
    print("one central process, direct       ", direct, total);
    Haproxy one, two;
    const int onePort = one.start({world.central.port()});
    const int twoPort = two.start({world.central.port(), second.port()});
    fill();
    const Round behindOne =
        pushAll(fixtures, clock, QStringLiteral("https://127.0.0.1:%1").arg(onePort), batch);
    print("one central process behind haproxy ", behindOne, total);
    fill();
    const Round behindTwo =
        pushAll(fixtures, clock, QStringLiteral("https://127.0.0.1:%1").arg(twoPort), batch);
    print("two central processes behind haproxy", behindTwo, total);
    std::printf("  ratio two / one behind haproxy: %.2fx events/s (same PostgreSQL, 2 cores)\n",
                behindOne.seconds / behindTwo.seconds);
    if (world.postgres.psql(QStringLiteral("SELECT count(*) FROM events")).toLongLong() !=
        3 * total)
        die(QStringLiteral("the centre does not hold every event"));
    return 0;
}
