// Cold start of the counter GUI to its login window, side by side in one run
// with a minimal Qt Widgets program that opens one window (minimalwindow).
// Both write "shown" to stdout once their window's first frame is painted;
// the figure is the wall time from spawning the process to that line, median
// of N alternating runs. Also printed: the time to process exit and the peak
// memory (maxrss). citizencard opens the station store (--db, e.g. the
// 1,000,000-applicant store bench_store --keep leaves) and the registry
// fixture, shows the login page, then loads its devices module: "exited"
// includes that load.
// Usage: bench_coldstart [--db STORE] [--runs N]
#include "bench/stats.h"

#include "core/ports/clock.h"
#include "core/station/accounts.h"
#include "core/station/auditlog.h"
#include "core/station/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace {

struct Run {
    double shownMs = 0; // spawn to "shown": the window's first frame is painted
    double exitMs = 0;  // spawn to exit
    double peakMiB = 0;
};

[[noreturn]] void die(const char *what, const char *program) {
    std::fprintf(stderr, "bench_coldstart: %s: %s\n", what, program);
    std::exit(1);
}

Run launch(const std::vector<QByteArray> &command) {
    std::vector<char *> argv;
    for (const QByteArray &a : command)
        argv.push_back(const_cast<char *>(a.constData()));
    argv.push_back(nullptr);
    int out[2];
    if (pipe(out) != 0)
        die("no pipe", argv[0]);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addclose(&actions, out[1]);
    // Their warnings (no pcscd here, offscreen platform) are not the figure.
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (spawned != 0)
        die("cannot start", argv[0]);
    Run run;
    QByteArray said;
    char buffer[256];
    ssize_t n = 0;
    while (!said.contains('\n') && (n = read(out[0], buffer, sizeof buffer)) > 0)
        said.append(buffer, n);
    run.shownMs = double(t.nsecsElapsed()) / 1e6;
    while (read(out[0], buffer, sizeof buffer) > 0) {
    }
    close(out[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.exitMs = double(t.nsecsElapsed()) / 1e6;
    run.peakMiB = double(usage.ru_maxrss) / 1024.0;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        die("failed", argv[0]);
    if (!said.startsWith("shown\n"))
        die("never said its window was shown", argv[0]);
    return run;
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
                 QStringLiteral("supervisor"),
                 QStringLiteral("bench super pw"),
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
    std::vector<Run> oursRuns, minimalRuns;
    for (int i = 0; i < runs; ++i) {
        minimalRuns.push_back(launch(minimal));
        oursRuns.push_back(launch(ours));
    }
    const auto figure = [](const std::vector<Run> &all, double Run::*field) {
        std::vector<double> v;
        for (const Run &r : all)
            v.push_back(r.*field);
        return field == &Run::peakMiB ? *std::max_element(v.begin(), v.end()) : bench::median(v);
    };
    std::printf("cold start to the first painted window, median of %d alternating runs "
                "(platform %s)\n",
                runs,
                qgetenv("QT_QPA_PLATFORM").isEmpty() ? "xcb"
                                                     : qgetenv("QT_QPA_PLATFORM").constData());
    std::printf("  store: %s\n", qPrintable(db));
    std::printf("  %-28s %10s %10s %10s\n", "", "shown", "exited", "peak");
    for (const auto &[name, all] : {std::pair{"citizencard (login window)", &oursRuns},
                                    std::pair{"minimal Qt Widgets window", &minimalRuns}})
        std::printf("  %-28s %7.1f ms %7.1f ms %6.1f MiB\n", name, figure(*all, &Run::shownMs),
                    figure(*all, &Run::exitMs), figure(*all, &Run::peakMiB));
    std::printf("  ratio citizencard / minimal, to the window shown: %.2f (target <= 1.5)\n",
                figure(oursRuns, &Run::shownMs) / figure(minimalRuns, &Run::shownMs));
    std::printf("  ratio citizencard / minimal, to exit:             %.2f\n",
                figure(oursRuns, &Run::exitMs) / figure(minimalRuns, &Run::exitMs));
    return 0;
}
