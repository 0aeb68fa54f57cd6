// Importing a school roster of 50,000 pupils in Big5 into a batch: the time a
// clerk waits (read, check every row against the policy and the store, write
// in one transaction), the CPU it costs and the process's peak memory.
// Targets (issue): under 10 s and under 200 MB.
//
// Usage: bench_roster [--rows N] [--runs R]
#include "demo/syntheticapplicants.h"

#include "core/domain/eligibilitypolicy.h"
#include "core/domain/rocdate.h"
#include "core/ports/clock.h"
#include "core/station/accounts.h"
#include "core/station/auditlog.h"
#include "core/station/batches.h"
#include "core/station/store.h"
#include "core/workflows/rosterimport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

namespace {

[[noreturn]] void die(const QString &what) {
    std::fprintf(stderr, "bench_roster: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename T> T need(cc::Result<T> r, const char *what) {
    if (!r)
        die(QString::fromLatin1(what) + QStringLiteral(": ") + r.error().toString());
    return std::move(r).value();
}

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double peakMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

const char *const kLevels[] = {"國小一年級", "國小四年級", "國中二年級", "高中三年級",
                               "高職一年級"};
const char *const kSchools[] = {"桃園市立中壢國民小學", "桃園市立平鎮國民中學",
                                "桃園市立武陵高級中等學校", "桃園市立桃園國民小學"};

// A roster as Excel in zh_TW saves it: Big5, CRLF, ROC dates, some cells
// with full-width digits and stray spaces.
QByteArray makeRoster(qint64 rows, const QDate &today) {
    const cc::SyntheticApplicants people(7);
    QString text = QStringLiteral("身分證字號,姓名,出生日期,學校,學制/年級,預計畢業日\r\n");
    for (qint64 i = 0; i < rows; ++i) {
        const cc::PersonData p = people.make(i, today).first;
        const QDate born(2010 + int(i % 10), 1 + int(i % 12), 1 + int(i % 28));
        QString id = p.nationalId;
        if (i % 7 == 0) // full-width, as some spreadsheets keep it
            for (QChar &c : id)
                c = QChar(c.unicode() + 0xFEE0);
        text += id + u',' + (i % 5 == 0 ? u' ' + p.name + u' ' : p.name) + u',' +
                cc::RocDate::formatShort(born) + u',' +
                QString::fromUtf8(kSchools[i % std::size(kSchools)]) + u',' +
                QString::fromUtf8(kLevels[i % std::size(kLevels)]) + u',' +
                cc::RocDate::formatShort(QDate(2030 + int(i % 3), 6, 30)) + QStringLiteral("\r\n");
    }
    QStringEncoder big5("windows-950");
    QByteArray bytes = big5.encode(text);
    if (big5.hasError())
        die(QStringLiteral("a synthetic name is not in Big5"));
    return bytes;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        QStringLiteral("citizencard.*.debug=false\ncitizencard.*.info=false"));
    qint64 rows = 50'000;
    int runs = 3;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--rows")
            rows = args[i + 1].toLongLong();
        else if (args[i] == u"--runs")
            runs = args[i + 1].toInt();
    }
    const cc::SystemClock clock;
    const QByteArray roster = makeRoster(rows, clock.todayInTaipei());
    std::printf("bench_roster: %lld rows, Big5, %.1f MiB\n", rows, roster.size() / 1048576.0);
    std::printf("peak memory before any import: %.0f MiB\n", peakMiB());

    QList<double> walls;
    QList<double> cpus;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("station.db"));
        auto store = need(cc::Store::create(path), "create");
        cc::AuditLog audit(*store, clock);
        cc::Accounts accounts(*store, audit, clock);
        const cc::ScryptParams cheap{1u << 10, 8, 1}; // logins are not what is measured
        (void)need(accounts.initialiseStation({"0301",
                                               "0301",
                                               "admin",
                                               "bench admin pw",
                                               "supervisor",
                                               "bench super pw",
                                               cheap,
                                               {}}),
                   "init");
        const cc::Session supervisor =
            need(accounts.login("supervisor", "bench super pw"), "login");
        const qint64 batch = need(cc::Batches(*store, audit, clock)
                                      .create(supervisor, {cc::BatchKind::SchoolRoster,
                                                           "bench school", cc::CardType::Student}),
                                  "batch");
        cc::RosterImport import(*store, audit, clock, cc::EligibilityPolicy::defaults());
        QElapsedTimer t;
        const double cpuBefore = cpuSeconds();
        t.start();
        const cc::RosterImportReport report =
            need(import.run(supervisor, batch, roster, QStringLiteral("roster.csv"), {}), "import");
        walls << double(t.nsecsElapsed()) / 1e9;
        cpus << cpuSeconds() - cpuBefore;
        if (report.imported != rows || !report.problems.isEmpty() || report.encoding != u"big5")
            die(QStringLiteral("import: %1 of %2 rows, %3 problems (first: %4)")
                    .arg(report.imported)
                    .arg(rows)
                    .arg(report.problems.size())
                    .arg(report.problems.value(0).message));
        std::printf("  run %d: %.2f s wall, %.2f s CPU\n", run + 1, walls.last(), cpus.last());
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    std::printf("import of %lld rows (read, check, write in one transaction), median of %d:\n"
                "  %.2f s wall, %.2f s CPU, %.0f rows/s  (target < 10 s)\n"
                "peak memory (resident, whole process): %.0f MiB  (target < 200 MB)\n",
                rows, runs, walls[walls.size() / 2], cpus[cpus.size() / 2],
                double(rows) / walls[walls.size() / 2], peakMiB());
    return 0;
}
