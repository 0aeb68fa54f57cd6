// The station's reports on a year of a busy office: 1,000,000 applicants,
// 300,000 cards issued over 2026 (every type, carrier, channel, four
// operators), their stock movements, 9,000 spoiled blanks and 2,000,000 audit
// entries (3,000 of them lost reports). Each report is timed over the whole
// year (the longest period a supervisor asks for) and over one month, as wall
// time and this process's CPU time, median of 7 runs; the target is under
// one second for any report. The figures printed are checked once against
// the rows seeded (cards counted).
#include "bench/stats.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/station/reports.h"
#include "core/station/session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <ctime>
#include <functional>

using namespace cc;

namespace {

constexpr qint64 kApplicants = 1'000'000;
constexpr qint64 kCards = 300'000;
constexpr qint64 kAuditEntries = 2'000'000;

qint64 cpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// A year written straight into the file: the rows' shape and spread matter,
// not their content (personal columns are random bytes the size of sealed
// values). Card i is issued on day i % 365 of 2026, of type i % 5, carrier
// i % 2; every 7th came in a school batch, every 11th in a mobile session,
// every 13th as a pre-application; it waited (i % 4000) minutes.
bool seedYear(Store &store, qint64 supervisor) {
    QSqlDatabase db = store.connection();
    QStringList sql = {
        QStringLiteral("BEGIN"),
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
            "APPLICANTS) INSERT INTO persons (id, id_lookup, national_id, name, "
            "birth_date, created_at, updated_at) SELECT i, randomblob(32), "
            "randomblob(38), randomblob(37), randomblob(38), '2026-01-01T00:00:00.000Z', "
            "'2026-01-01T00:00:00.000Z' FROM n"),
        QStringLiteral("INSERT INTO batches (id, label, status, created_by, created_at, kind) "
                       "VALUES (1, 'school', 'completed', SUPERVISOR, '2026-01-01T00:00:00.000Z', "
                       "'school-roster'), (2, 'market', 'completed', SUPERVISOR, "
                       "'2026-01-01T00:00:00.000Z', 'mobile-session')"),
        // Issue moments: 09:00 Taipei on the card's day plus up to 8 hours.
        QStringLiteral("CREATE TEMP TABLE plan (i INTEGER PRIMARY KEY, issued TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO plan SELECT id, strftime('%Y-%m-%dT%H:%M:%S.000Z', "
                       "'2026-01-01 01:00:00', '+' || (id % 365) || ' days', '+' || (id % 480) "
                       "|| ' minutes') FROM persons WHERE id <= CARDS"),
        QStringLiteral("INSERT INTO applications (id, person_id, batch_id, kind, card_type, "
                       "status, created_by, created_at, updated_at) SELECT id, id, CASE WHEN id % "
                       "7 = 0 THEN 1 WHEN id % 11 = 0 THEN 2 END, CASE id % 50 WHEN 1 THEN "
                       "'replacement-lost' WHEN 2 THEN 'conversion' ELSE 'new' END, CASE id % 5 "
                       "WHEN 0 THEN 'general' WHEN 1 THEN 'student' WHEN 2 THEN 'senior' WHEN 3 "
                       "THEN 'disability' ELSE 'companion' END, CASE WHEN id <= CARDS THEN "
                       "'issued' ELSE 'received' END, SUPERVISOR, '2026-01-01T00:00:00.000Z', "
                       "'2026-01-01T00:00:00.000Z' FROM persons"),
        QStringLiteral("UPDATE applications SET created_at = (SELECT strftime('%Y-%m-%dT%H:%M:"
                       "%S.000Z', issued, '-' || (i % 4000) || ' minutes') FROM plan WHERE i = "
                       "applications.id) WHERE id <= CARDS"),
        QStringLiteral("INSERT INTO preapplications (code, card_type, received_at, "
                       "application_id, collected_at) SELECT printf('P%011d', id), card_type, "
                       "created_at, id, created_at FROM applications WHERE id <= CARDS AND id % "
                       "13 = 0"),
        QStringLiteral("INSERT INTO production_attempts (application_id, card_number, carrier, "
                       "state, chip_uid, operator_id, started_at, updated_at) SELECT i, '0399' || "
                       "printf('%012d', i), CASE i % 2 WHEN 0 THEN 'easycard' ELSE 'ipass' END, "
                       "'issued', hex(randomblob(7)), 1 + i % 4, issued, issued FROM plan"),
        QStringLiteral("INSERT INTO cards (card_number, person_id, application_id, card_type, "
                       "carrier, chip_uid, status, issued_on, updated_at) SELECT p.card_number, "
                       "a.person_id, a.id, a.card_type, p.carrier, p.chip_uid, 'active', "
                       "date(p.updated_at, '+8 hours'), p.updated_at FROM production_attempts p "
                       "JOIN applications a ON a.id = p.application_id WHERE p.card_number LIKE "
                       "'0399%'"),
        QStringLiteral("INSERT INTO blank_stock_movements (carrier, movement, quantity, note, "
                       "operator_id, at) SELECT carrier, 'received', 1000, 'delivery', "
                       "SUPERVISOR, updated_at FROM production_attempts WHERE id % 1000 = 0"),
        QStringLiteral("INSERT INTO blank_stock_movements (carrier, movement, quantity, "
                       "attempt_id, operator_id, at) SELECT carrier, 'used', 1, id, operator_id, "
                       "updated_at FROM production_attempts WHERE card_number LIKE '0399%'"),
        QStringLiteral("INSERT INTO blank_stock_movements (carrier, movement, quantity, note, "
                       "operator_id, at) SELECT carrier, 'spoiled', 1, CASE id % 3 WHEN 0 THEN "
                       "'card-jam' WHEN 1 THEN 'verify-failed' ELSE 'card-removed' END, "
                       "operator_id, updated_at FROM production_attempts WHERE id % 100 < 3 AND "
                       "card_number LIKE '0399%'"),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                       "AUDIT) INSERT INTO audit_entries (at, station_id, operator, action, "
                       "object, outcome, detail, mac) SELECT strftime('%Y-%m-%dT%H:%M:%S.000Z', "
                       "'2026-01-01 01:00:00', '+' || (i * 365 / AUDIT) || ' days', '+' || (i % "
                       "480) || ' minutes'), '0301', 'clerk', CASE WHEN i % 666 = 0 THEN "
                       "'card.report-lost' ELSE 'applicant.lookup' END, 'person:' || (i % "
                       "APPLICANTS), 'ok', '', randomblob(32) FROM n"),
        QStringLiteral("COMMIT"),
    };
    for (QString &statement : sql) {
        statement.replace(QStringLiteral("APPLICANTS"), QString::number(kApplicants))
            .replace(QStringLiteral("CARDS"), QString::number(kCards))
            .replace(QStringLiteral("AUDIT"), QString::number(kAuditEntries))
            .replace(QStringLiteral("SUPERVISOR"), QString::number(supervisor));
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            std::fprintf(stderr, "seeding: %s\n%s\n", qPrintable(q.lastError().text()),
                         qPrintable(statement.left(200)));
            return false;
        }
    }
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
    return true;
}

struct Timing {
    double wallMs;
    double cpuMs;
};

Timing measure(const std::function<bool()> &run) {
    std::vector<double> wall, cpu;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        const qint64 c0 = cpuNs();
        if (!run()) {
            std::fprintf(stderr, "a report failed\n");
            std::exit(1);
        }
        cpu.push_back(double(cpuNs() - c0) / 1e6);
        wall.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return {bench::median(wall), bench::median(cpu)};
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    ManualClock clock(QDateTime(QDate(2027, 1, 2), QTime(1, 0), Qt::UTC));
    StoreFixture fixture(clock);
    if (!fixture.ok()) {
        std::fprintf(stderr, "store: %s\n", qPrintable(fixture.error()));
        return 1;
    }
    const Session supervisor = fixture.loginAs(Role::Supervisor);
    for (Role r : {Role::Clerk, Role::Mobile})
        fixture.loginAs(r);
    std::fprintf(stderr, "seeding %lld applicants, %lld cards over 2026, %lld audit entries...\n",
                 kApplicants, kCards, kAuditEntries);
    QElapsedTimer seeding;
    seeding.start();
    if (!seedYear(fixture.store(), supervisor.operatorId()))
        return 1;
    std::printf("seeded in %.1f s\n", double(seeding.elapsed()) / 1000);

    Reports reports(fixture.store(), fixture.audit());
    const ReportPeriod year = ReportPeriod::of({2026, 1, 1}, {2026, 12, 31}).value();
    const ReportPeriod month = ReportPeriod::of({2026, 11, 1}, {2026, 11, 30}).value();
    const EligibilityPolicy::Stock threshold = EligibilityPolicy::defaults().stock;

    const Result<IssuanceReport> check = reports.issuance(supervisor, year);
    if (!check || check->total() != kCards) {
        std::fprintf(stderr, "the year's issuance report counts %d cards, not %lld\n",
                     check ? check->total() : -1, kCards);
        return 1;
    }
    std::printf("the year's report counts %d cards, %d reported lost\n", check->total(),
                check->lostReported);
    std::printf("%-10s %-6s %12s %12s  target\n", "report", "period", "wall ms", "cpu ms");
    const QList<std::pair<const char *, std::function<bool(const ReportPeriod &)>>> each = {
        {"issuance", [&](const ReportPeriod &p) { return reports.issuance(supervisor, p).ok(); }},
        {"spoilage", [&](const ReportPeriod &p) { return reports.spoilage(supervisor, p).ok(); }},
        {"stock",
         [&](const ReportPeriod &p) { return reports.stock(supervisor, p, threshold).ok(); }},
        {"timing", [&](const ReportPeriod &p) { return reports.timing(supervisor, p).ok(); }},
    };
    for (const auto &[name, run] : each)
        for (const auto &[label, period] : {std::pair{"year", year}, std::pair{"month", month}}) {
            const ReportPeriod p = period;
            const Timing t = measure([&] { return run(p); });
            std::printf("%-10s %-6s %12.1f %12.1f  < 1000 ms wall: %s\n", name, label, t.wallMs,
                        t.cpuMs, t.wallMs < 1000 ? "met" : "MISSED");
        }
    return 0;
}
