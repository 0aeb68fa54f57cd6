// Cold start of the counter GUI to its login window, side by side in one run
// with a minimal Qt Widgets program that opens one window (minimalwindow):
// wall time from exec to exit and peak memory (maxrss) of each process,
// median of N alternating runs. citizencard opens the station store (--db, e.g.
// the 1,000,000-applicant store bench_store --keep leaves), the registry
// fixture and the reader manager, then shows the login page and quits.
// Usage: bench_coldstart [--db STORE] [--runs N]
#include "core/accounts.h"
#include "core/auditlog.h"
#include "core/clock.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace {

struct Run {
    double ms = 0;
    double peakMiB = 0;
};

Run launch(const std::vector<QByteArray> &command) {
    std::vector<char *> argv;
    for (const QByteArray &a : command)
        argv.push_back(const_cast<char *>(a.constData()));
    argv.push_back(nullptr);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) {
        std::fprintf(stderr, "bench_coldstart: cannot start %s\n", argv[0]);
        std::exit(1);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "bench_coldstart: %s failed (status %d)\n", argv[0], status);
        std::exit(1);
    }
    return {ms, double(usage.ru_maxrss) / 1024.0};
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("citizencard.*.debug=false\n"
                                                    "citizencard.*.info=false"));
    QString db;
    int runs = 15;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--db")
            db = args[i + 1];
        else if (args[i] == u"--runs")
            runs = std::max(1, args[i + 1].toInt());
    }
    QTemporaryDir tmp;
    if (db.isEmpty()) { // an empty station store
        db = tmp.filePath(QStringLiteral("station.db"));
        const cc::SystemClock clock;
        auto store = cc::Store::create(db);
        if (!store)
            return 1;
        cc::AuditLog audit(**store, clock);
        cc::Accounts accounts(**store, audit, clock);
        if (!accounts.initialiseStation(
                {QStringLiteral("0301"),
                 QStringLiteral("0301"),
                 QStringLiteral("admin"),
                 QStringLiteral("bench admin pw"),
                 cc::ScryptParams{1u << 10, 8,
                                  1} /* cheap: this process's peak is inherited by its children */,
                 {}}))
            return 1;
    }
    if (!qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    const std::vector<QByteArray> ours = {CITIZENCARD_GUI,      "--db",
                                          db.toLocal8Bit(),     "--registry",
                                          CITIZENCARD_REGISTRY, "--quit-when-shown"};
    const std::vector<QByteArray> minimal = {CITIZENCARD_MINIMAL};
    launch(ours); // warm the page cache for both: this measures a cold *process*
    launch(minimal);
    std::vector<double> oursMs, minimalMs, oursPeak, minimalPeak;
    for (int i = 0; i < runs; ++i) {
        const Run m = launch(minimal);
        const Run o = launch(ours);
        minimalMs.push_back(m.ms);
        minimalPeak.push_back(m.peakMiB);
        oursMs.push_back(o.ms);
        oursPeak.push_back(o.peakMiB);
    }
    const double ratio = median(oursMs) / median(minimalMs);
    std::printf("cold start to the first window, median of %d runs (platform %s)\n", runs,
                qgetenv("QT_QPA_PLATFORM").isEmpty() ? "xcb"
                                                     : qgetenv("QT_QPA_PLATFORM").constData());
    std::printf("  store: %s\n", qPrintable(db));
    std::printf("  %-34s %8.1f ms   peak %6.1f MiB\n", "citizencard (login window)", median(oursMs),
                *std::max_element(oursPeak.begin(), oursPeak.end()));
    std::printf("  %-34s %8.1f ms   peak %6.1f MiB\n", "minimal Qt Widgets window",
                median(minimalMs), *std::max_element(minimalPeak.begin(), minimalPeak.end()));
    std::printf("  ratio citizencard / minimal: %.2f (target <= 1.5)\n", ratio);
    return 0;
}
