// Push: 100,000 events from one station's outbox to the real central
// service (mutual TLS, batches of 1,000, exactly-once checks, PostgreSQL),
// side by side with psql's \copy of the same rows into the same table.
// Our figure is the wall time of the push, and the CPU of both our
// processes (the station's and the centre's); the comparison's is psql's
// wall time and CPU. PostgreSQL's own work is in both walls. Then another
// station pulls the same 100,000 changes (GET /v1/changes, pages of 1,000).
// Usage: bench_push [--count N] [--batch B]
#include "sync/httpstransport.h"
#include "tests/support/centralpeers.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/station/synclinks.h"
#include "core/workflows/syncpush.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace cc;

namespace {

[[noreturn]] void die(const QString &what) {
    std::fprintf(stderr, "bench_push: %s\n", qPrintable(what));
    std::exit(1);
}

double cpuSeconds(int who) {
    rusage usage{};
    getrusage(who, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// utime + stime of another process, from /proc.
double processCpu(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) /
           double(sysconf(_SC_CLK_TCK));
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("citizencard.*=false"));
    int count = 100000;
    const QStringList args = app.arguments();
    int batch = PushBatch::kMaxEvents;
    if (const qsizetype i = args.indexOf(QStringLiteral("--count")); i > 0)
        count = args.value(i + 1).toInt();
    if (const qsizetype i = args.indexOf(QStringLiteral("--batch")); i > 0)
        batch = args.value(i + 1).toInt();
    if (count < 1)
        die(QStringLiteral("--count N, N > 0"));

    test::CentralWorld world;
    if (QString failed = world.start(); !failed.isEmpty())
        die(failed);
    ManualClock clock;
    StoreFixture station(clock);
    if (!station.ok())
        die(station.error());
    if (QString failed = world.enrol(station, clock); !failed.isEmpty())
        die(failed);
    if (QString failed = test::appendEvents(station, clock, count); !failed.isEmpty())
        die(failed);
    const SyncLink link =
        SyncLinks(station.store(), station.audit(), clock).load(station.admin()).value().value();
    Result<std::unique_ptr<HttpsTransport>> transport = HttpsTransport::open(link);
    if (!transport)
        die(transport.error().toString());

    // Ours.
    const double selfBefore = cpuSeconds(RUSAGE_SELF);
    const double centralBefore = processCpu(world.central.pid());
    QElapsedTimer wall;
    wall.start();
    Result<PushProgress> pushed =
        SyncPush(station.store(), clock, "0301", **transport, batch).run();
    const double oursWall = wall.elapsed() / 1000.0;
    const double stationCpu = cpuSeconds(RUSAGE_SELF) - selfBefore;
    const double centralCpu = processCpu(world.central.pid()) - centralBefore;
    const double oursCpu = stationCpu + centralCpu;
    if (!pushed || pushed->waiting != 0)
        die(pushed ? QStringLiteral("events left waiting") : pushed.error().toString());
    if (world.postgres.psql(QStringLiteral("SELECT count(*) FROM events")).toInt() != count)
        die(QStringLiteral("the centre does not hold every event"));

    // Pull: another station reads the same 100,000 changes, in pages of 1,000.
    StoreFixture other(clock, LockoutPolicy{}, QStringLiteral("0302"));
    if (!other.ok())
        die(other.error());
    if (QString failed = world.enrol(other, clock); !failed.isEmpty())
        die(failed);
    Result<std::unique_ptr<HttpsTransport>> reader = HttpsTransport::open(
        SyncLinks(other.store(), other.audit(), clock).load(other.admin()).value().value());
    if (!reader)
        die(reader.error().toString());
    QString cursor = QStringLiteral("0");
    qint64 pulled = 0;
    int pages = 0;
    wall.restart();
    for (;;) {
        Result<ChangesPage> page = (*reader)->changes(cursor, ChangesPage::kMaxChanges);
        if (!page)
            die(page.error().toString());
        const qsizetype n = page->changes.size();
        if (n == 0)
            break;
        pulled += n;
        ++pages;
        cursor = page->next;
    }
    const double pullWall = wall.elapsed() / 1000.0;
    if (pulled != count)
        die(QStringLiteral("the pull did not return every change"));

    // psql \copy of the same rows into the same (emptied) table.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("events.csv"));
    const QString columns = QStringLiteral("event_id, station_id, station_seq, at, topic, object, "
                                           "payload");
    if (world.postgres
            .psql(QStringLiteral("\\copy (SELECT %1 FROM events ORDER BY station_seq) TO '%2' CSV")
                      .arg(columns, csv))
            .isNull() ||
        world.postgres.psql(QStringLiteral("TRUNCATE events")).isNull())
        die(QStringLiteral("cannot export the rows"));
    const double childrenBefore = cpuSeconds(RUSAGE_CHILDREN);
    wall.restart();
    const QString copied =
        world.postgres.psql(QStringLiteral("\\copy events (%1) FROM '%2' CSV").arg(columns, csv));
    const double copyWall = wall.elapsed() / 1000.0;
    const double copyCpu = cpuSeconds(RUSAGE_CHILDREN) - childrenBefore;
    if (copied.isNull() ||
        world.postgres.psql(QStringLiteral("SELECT count(*) FROM events")).toInt() != count)
        die(QStringLiteral("psql \\copy failed"));

    std::printf("push of %d events, one station, batches of %d, mutual TLS\n", count, batch);
    std::printf("  ours (SyncPush -> citizencard-central -> PostgreSQL): %.2f s wall, %.2f s CPU "
                "(station + centre), %.0f events/s, %d requests\n",
                oursWall, oursCpu, count / oursWall, pushed->batches);
    std::printf("    of which the station %.2f s, the centre %.2f s\n", stationCpu, centralCpu);
    std::printf("  psql \\copy of the same rows into the same table:     %.2f s wall, %.2f s CPU "
                "(psql)\n",
                copyWall, copyCpu);
    std::printf("  ratio ours / \\copy: %.2fx wall (target <= 3x)\n", oursWall / copyWall);
    std::printf("pull of the same %lld changes by another station, %d pages of up to 1,000: "
                "%.2f s, %.0f changes/s\n",
                static_cast<long long>(pulled), pages, pullWall, double(pulled) / pullWall);
    return 0;
}
