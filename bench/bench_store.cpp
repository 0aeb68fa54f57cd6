// The station store at city scale: seeds N applicants (default 1,000,000)
// through the real use case (sealed personal columns, HMAC lookup column,
// outbox event and audit entry per applicant), then measures
//   - seeding time, side by side with the sqlite3 command-line tool inserting
//     the same rows (same tables, same bytes) with INSERT … SELECT in one
//     transaction;
//   - time to open the store and log in, as a clerk waits for it;
//   - lookup by ID number through Applicants::findByNationalId, p50 / p99;
//   - peak memory of both.
// Usage: bench_store [--count N] [--lookups L] [--dir DIR] [--keep]
// --keep leaves the store (ours.db; operator clerk, password "bench clerk password")
// for bench_coldstart --db.
#include "demo/syntheticapplicants.h"

#include "core/ports/clock.h"
#include "core/station/accounts.h"
#include "core/station/applicants.h"
#include "core/station/auditlog.h"
#include "core/station/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace {

constexpr char kClerkPassword[] = "bench clerk password";

[[noreturn]] void die(const QString &what) {
    std::fprintf(stderr, "bench_store: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename T> T need(cc::Result<T> r, const char *what) {
    if (!r)
        die(QString::fromLatin1(what) + QStringLiteral(": ") + r.error().toString());
    return std::move(r).value();
}

double cpuSeconds(int who) { // RUSAGE_SELF or RUSAGE_CHILDREN: user + system
    rusage usage{};
    getrusage(who, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double peakMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

qint64 scalar(cc::Store &store, const QString &sql) {
    QSqlDatabase db = store.connection();
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        die(QStringLiteral("query failed: ") + sql);
    return q.value(0).toLongLong();
}

// The store opened and the clerk logged in, as at the start of a shift.
struct ClerkAtCounter {
    ClerkAtCounter(const QString &path, const cc::Clock &clock)
        : store(need(cc::Store::open(path), "open"))
        , audit(*store, clock)
        , accounts(*store, audit, clock)
        , clerk(need(accounts.login(QStringLiteral("clerk"), QString::fromLatin1(kClerkPassword)),
                     "login"))
        , applicants(*store, audit, clock) {}

    std::unique_ptr<cc::Store> store;
    cc::AuditLog audit;
    cc::Accounts accounts;
    cc::Session clerk;
    cc::Applicants applicants;
};

// Runs sqlite3 on `db` with `args`, standard output to `out` (or discarded).
void sqlite3(const QStringList &args, const QString &input, const QString &out) {
    QProcess p;
    if (!input.isEmpty())
        p.setStandardInputFile(input);
    p.setStandardOutputFile(out.isEmpty() ? QProcess::nullDevice() : out, QIODevice::Append);
    p.start(QStringLiteral("sqlite3"), args);
    if (!p.waitForStarted())
        die(QStringLiteral("sqlite3 is not installed (apt-get install sqlite3)"));
    p.waitForFinished(-1);
    if (p.exitCode() != 0)
        die(QStringLiteral("sqlite3 failed: ") + QString::fromUtf8(p.readAllStandardError()));
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("citizencard.*.debug=false\n"
                                                    "citizencard.*.info=false"));
    qint64 count = 1'000'000;
    int lookups = 10'000;
    QString dirPath;
    const QStringList args = app.arguments();
    const bool keep = args.contains(QStringLiteral("--keep"));
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--keep")
            --i;
        else if (args[i] == u"--count")
            count = args[i + 1].toLongLong();
        else if (args[i] == u"--lookups")
            lookups = args[i + 1].toInt();
        else if (args[i] == u"--dir")
            dirPath = args[i + 1];
    }
    QTemporaryDir tmp(dirPath.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_store-XXXXXX")
                                        : dirPath + QStringLiteral("/bench_store-XXXXXX"));
    tmp.setAutoRemove(!keep);
    const QString ours = tmp.filePath(QStringLiteral("ours.db"));
    if (keep)
        std::printf("store kept at %s\n", qPrintable(ours));
    const QString theirs = tmp.filePath(QStringLiteral("sqlite3.db"));
    const cc::SystemClock clock;

    // A station with a clerk, at the password cost the CLI would choose.
    const cc::ScryptParams scrypt = cc::Accounts::calibrate(std::chrono::milliseconds(100));
    qint64 loginMs = 0;
    qint64 auditBefore = 0;
    {
        auto store = need(cc::Store::create(ours), "create");
        cc::AuditLog audit(*store, clock);
        cc::Accounts accounts(*store, audit, clock);
        cc::Session admin = need(accounts.initialiseStation({QStringLiteral("0301"),
                                                             QStringLiteral("0301"),
                                                             QStringLiteral("admin"),
                                                             QStringLiteral("bench admin pw"),
                                                             QStringLiteral("supervisor"),
                                                             QStringLiteral("bench super pw"),
                                                             scrypt,
                                                             {}}),
                                 "init");
        const cc::Session supervisor =
            need(accounts.login(QStringLiteral("supervisor"), QStringLiteral("bench super pw")),
                 "supervisor login");
        if (!accounts.addOperator(supervisor, QStringLiteral("clerk"), cc::Role::Clerk,
                                  QString::fromLatin1(kClerkPassword)))
            die(QStringLiteral("add clerk"));
        QElapsedTimer t;
        t.start();
        need(accounts.login(QStringLiteral("clerk"), QString::fromLatin1(kClerkPassword)), "login");
        loginMs = t.elapsed();
        auditBefore = scalar(*store, QStringLiteral("SELECT max(seq) FROM audit_entries"));
    }
    // The sqlite3 side starts from the very same file.
    QFile::copy(ours, theirs);

    std::printf("bench_store: %lld applicants\n", count);
    std::printf("password check (login, scrypt N=%llu r=%u p=%u): %lld ms\n",
                static_cast<unsigned long long>(scrypt.n), scrypt.r, scrypt.p, loginMs);

    // Ours: the use case, a block of generated applicants at a time.
    double oursSeconds = 0;
    double oursCpu = 0;
    {
        ClerkAtCounter counter(ours, clock);
        cc::Applicants &applicants = counter.applicants;
        const cc::Session &clerk = counter.clerk;
        const cc::SyntheticApplicants synthetic(1);
        const QDate today = clock.todayInTaipei();
        QElapsedTimer t;
        qint64 nanos = 0;
        for (qint64 done = 0; done < count; done += 10'000) {
            const auto items = synthetic.make(done, std::min<qint64>(10'000, count - done), today);
            const double cpuBefore = cpuSeconds(RUSAGE_SELF);
            t.start();
            if (cc::Status ok = applicants.submitMany(clerk, items); !ok)
                die(QStringLiteral("seed: ") + ok.error().toString());
            nanos += t.nsecsElapsed();
            oursCpu += cpuSeconds(RUSAGE_SELF) - cpuBefore;
            std::fprintf(stderr, "seeded %lld\r", done + qint64(items.size()));
        }
        oursSeconds = double(nanos) / 1e9;
        std::fprintf(stderr, "\n");
    }
    const double oursPeak = peakMiB();

    // sqlite3: the same rows copied from our file with INSERT … SELECT in one
    // transaction, the fastest way the sqlite3 tool has to write them.
    const QString script = tmp.filePath(QStringLiteral("rows.sql"));
    {
        QFile f(script);
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral("ATTACH '%1' AS ours;\nBEGIN;\n"
                               "INSERT INTO main.persons SELECT * FROM ours.persons;\n"
                               "INSERT INTO main.applications SELECT * FROM ours.applications;\n"
                               "INSERT INTO main.outbox SELECT * FROM ours.outbox;\n"
                               "INSERT INTO main.audit_entries SELECT * FROM ours.audit_entries "
                               "WHERE seq > %2;\nCOMMIT;\n")
                    .arg(ours)
                    .arg(auditBefore)
                    .toUtf8());
        // sqlite3's own peak memory: its shell child reads its parent's VmHWM.
        f.write(".shell grep VmHWM /proc/$PPID/status\n");
    }
    const QString report = tmp.filePath(QStringLiteral("sqlite3.out"));
    QElapsedTimer t;
    const double childCpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    t.start();
    sqlite3({theirs}, script, report);
    const double theirSeconds = double(t.nsecsElapsed()) / 1e9;
    const double theirCpu = cpuSeconds(RUSAGE_CHILDREN) - childCpuBefore;
    double theirPeak = 0;
    {
        QFile f(report);
        f.open(QIODevice::ReadOnly);
        const QByteArray line = f.readAll().simplified(); // "VmHWM: 12345 kB"
        theirPeak = line.split(' ').value(1).toDouble() / 1024.0;
    }
    if (scalar(*need(cc::Store::openReadOnly(theirs), "open sqlite3's copy"),
               QStringLiteral("SELECT count(*) FROM persons")) != count)
        die(QStringLiteral("sqlite3's copy does not hold every applicant"));

    // Open as a clerk waits for it at the start of a shift: the store opened
    // (with its checks and migrations) and the clerk logged in (scrypt, the
    // seals and the audit anchor checked, the login audited). The first after
    // seeding, then the median of 10.
    QList<double> opens;
    for (int i = 0; i < 11; ++i) {
        t.start();
        ClerkAtCounter counter(ours, clock);
        opens << double(t.nsecsElapsed()) / 1e6;
    }
    const double firstOpen = opens.takeFirst();
    std::sort(opens.begin(), opens.end());

    // Lookups of random applicants, through the use case (which also writes
    // its audit entry).
    QList<double> micros;
    {
        ClerkAtCounter counter(ours, clock);
        cc::Applicants &applicants = counter.applicants;
        const cc::Session &clerk = counter.clerk;
        const cc::SyntheticApplicants synthetic(1);
        const QDate today = clock.todayInTaipei();
        QRandomGenerator rng(7);
        for (int i = 0; i < lookups; ++i) {
            const QString id =
                synthetic.make(qint64(rng.bounded(quint64(count))), today).first.nationalId;
            t.start();
            auto found = need(applicants.findByNationalId(clerk, id), "find");
            micros << double(t.nsecsElapsed()) / 1e3;
            if (!found)
                die(QStringLiteral("not found: an applicant seeded is missing"));
        }
    }
    std::sort(micros.begin(), micros.end());
    const auto pct = [](const QList<double> &sorted, double p) {
        return sorted.at(qsizetype(p * double(sorted.size() - 1)));
    };

    // The yardstick of a lookup's latency: its audit entry is committed, and
    // so fsync'd, before the data is returned (docs/store.md). The same
    // number of 4 KiB writes, each followed by fsync, on the same file system.
    QList<double> syncs;
    {
        QFile f(tmp.filePath(QStringLiteral("fsync.bin")));
        if (!f.open(QIODevice::WriteOnly))
            die(QStringLiteral("cannot write the fsync yardstick"));
        const QByteArray page(4096, 'x');
        for (int i = 0; i < lookups; ++i) {
            f.write(page);
            f.flush();
            t.start();
            ::fsync(f.handle());
            syncs << double(t.nsecsElapsed()) / 1e3;
        }
    }
    std::sort(syncs.begin(), syncs.end());

    const qint64 rows = 4 * count;
    std::printf("\nseeding %lld applicants = %lld rows (persons, applications, outbox, audit):\n",
                count, rows);
    std::printf("  ours    Applicants::submitMany   %8.2f s  %9.0f applicants/s  cpu %7.2f s\n",
                oursSeconds, double(count) / oursSeconds, oursCpu);
    std::printf("  sqlite3 CLI, INSERT ... SELECT   %8.2f s  %9.0f applicants/s  cpu %7.2f s\n",
                theirSeconds, double(count) / theirSeconds, theirCpu);
    std::printf("  ratio ours / sqlite3, cpu        %8.2f x\n", oursCpu / theirCpu);
    std::printf("  ratio ours / sqlite3, wall       %8.2f x  (target <= 3x)\n",
                oursSeconds / theirSeconds);
    std::printf("store file: %.0f MiB\n", double(QFileInfo(ours).size()) / (1024.0 * 1024.0));
    std::printf("open and log in (Store::open + Accounts::login, scrypt %lld ms of it):\n"
                "  first %.1f ms, median of 10 %.1f ms, max %.1f ms\n",
                loginMs, firstOpen, opens.at(opens.size() / 2), opens.last());
    std::printf("lookup by ID number (findByNationalId, with its audit entry), %d lookups:\n"
                "  p50 %.0f us, p99 %.0f us, max %.0f us  (target p99 <= 1000 us)\n"
                "  beside: one fsync of 4 KiB on this disk p50 %.0f us, p99 %.0f us, max %.0f us\n",
                lookups, pct(micros, 0.50), pct(micros, 0.99), micros.last(), pct(syncs, 0.50),
                pct(syncs, 0.99), syncs.last());
    std::printf("peak memory (resident): ours %.0f MiB (whole bench process), sqlite3 %.0f MiB\n",
                oursPeak, theirPeak);
    return 0;
}
