// citizencard-cli report issuance|stock|spoilage|timing: the station's
// reports for a supervisor or the admin, as text, JSON or CSV.
#include "app/cli/cli.h"
#include "app/cli/storeaccess.h"
#include "core/domain/rocdate.h"
#include "core/ports/clock.h"
#include "core/station/centralpolicies.h"
#include "core/station/reporttables.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace cc::cli {
namespace {

enum class Which { Issuance, Stock, Spoilage, Timing };

QString nameOf(Which which) {
    switch (which) {
    case Which::Issuance:
        return QStringLiteral("issuance");
    case Which::Stock:
        return QStringLiteral("stock");
    case Which::Spoilage:
        return QStringLiteral("spoilage");
    case Which::Timing:
        return QStringLiteral("timing");
    }
    return {};
}

std::optional<QDate> dateOption(Context &ctx, const QCommandLineParser &parser,
                                const QCommandLineOption &option, const QDate &otherwise,
                                std::optional<int> &code) {
    if (!parser.isSet(option))
        return otherwise;
    Result<QDate> date = RocDate::parseDate(parser.value(option));
    if (!date) {
        code = Cli::usageError(
            ctx, QStringLiteral("--%1: %2").arg(option.names().constFirst(), date.error().message));
        return std::nullopt;
    }
    return *date;
}

template<typename Map>
std::optional<typename Map::mapped_type> choice(const Map &choices, const QString &value) {
    if (!choices.contains(value))
        return std::nullopt;
    return choices.value(value);
}

void printTable(Context &ctx, const ReportTable &table) {
    ctx.out << table.title << '\n' << table.header.join(u'\t') << '\n';
    for (const QStringList &row : table.rows)
        ctx.out << row.join(u'\t') << '\n';
}

int runReport(Context &ctx, Which which) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption user =
        userOption(Cli::tr("Your operator name (a supervisor or the admin)."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Cli::tr("The first day (default: 29 days before --to)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), Cli::tr("The last day (default: today)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 Cli::tr("Write the report's table as CSV (UTF-8 with BOM)."));
    const QCommandLineOption grain(QStringLiteral("grain"),
                                   Cli::tr("Sum issued cards by day, week or month (default: "
                                           "day)."),
                                   QStringLiteral("GRAIN"), QStringLiteral("day"));
    const QCommandLineOption by(QStringLiteral("by"),
                                Cli::tr("Tell issued cards apart by type, carrier, channel or "
                                        "operator (default: type)."),
                                QStringLiteral("WHAT"), QStringLiteral("type"));
    const QCommandLineOption policy(QStringLiteral("policy"),
                                    Cli::tr("A policy file whose stock thresholds to apply "
                                            "(default: the city's published one)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({db, user, from, to, json, csv});
    if (which == Which::Issuance)
        parser.addOptions({grain, by});
    if (which == Which::Stock)
        parser.addOption(policy);
    const QString extra = which == Which::Issuance ? QStringLiteral(" [--grain day|week|month] "
                                                                    "[--by type|carrier|channel|"
                                                                    "operator]")
                          : which == Which::Stock  ? QStringLiteral(" [--policy FILE]")
                                                   : QString();
    if (auto code = Cli::parse(parser,
                               QStringLiteral("report %1 --db PATH --user USER [--from DATE] "
                                              "[--to DATE]%2 [--json|--csv]")
                                   .arg(nameOf(which), extra),
                               ctx))
        return *code;
    if (parser.isSet(json) && parser.isSet(csv))
        return Cli::usageError(ctx, Cli::tr("Give --json or --csv, not both."));
    std::optional<int> code;
    const std::optional<QDate> last = dateOption(ctx, parser, to, ctx.clock.todayInTaipei(), code);
    if (!last)
        return *code;
    const std::optional<QDate> first = dateOption(ctx, parser, from, last->addDays(-29), code);
    if (!first)
        return *code;
    Result<ReportPeriod> period = ReportPeriod::of(*first, *last);
    if (!period)
        return Cli::usageError(ctx, period.error().message);
    std::optional<ReportGrain> grainOf = ReportGrain::Day;
    std::optional<IssuanceDimension> dimension = IssuanceDimension::CardType;
    if (which == Which::Issuance) {
        grainOf = choice(QMap<QString, ReportGrain>{{QStringLiteral("day"), ReportGrain::Day},
                                                    {QStringLiteral("week"), ReportGrain::Week},
                                                    {QStringLiteral("month"), ReportGrain::Month}},
                         parser.value(grain));
        dimension = choice(
            QMap<QString, IssuanceDimension>{
                {QStringLiteral("type"), IssuanceDimension::CardType},
                {QStringLiteral("carrier"), IssuanceDimension::Carrier},
                {QStringLiteral("channel"), IssuanceDimension::Channel},
                {QStringLiteral("operator"), IssuanceDimension::Operator}},
            parser.value(by));
    }
    if (!grainOf)
        return Cli::usageError(ctx, Cli::tr("--grain is day, week or month."));
    if (!dimension)
        return Cli::usageError(ctx, Cli::tr("--by is type, carrier, channel or operator."));
    std::optional<EligibilityPolicy> rules;
    if (parser.isSet(policy)) {
        Result<EligibilityPolicy> loaded = EligibilityPolicy::loadFile(parser.value(policy));
        if (!loaded)
            return Cli::fail(ctx, ExitUsage, loaded.error());
        rules = *loaded;
    }

    StoreLogin login;
    if (auto failed = login.open(ctx, parser.value(db), parser.value(user)))
        return *failed;
    auto &[opened, session] = login;
    Reports reports(opened->store(), opened->audit());
    QJsonObject object;
    QList<ReportTable> tables;
    const ReportDates dates = parser.isSet(csv) ? ReportDates::Iso : ReportDates::Roc;
    // The report's JSON and its tables, or why it could not be read.
    const auto take = [&](auto report, auto json, auto tablesOf) -> Status {
        if (!report)
            return report.error();
        object = json(*report);
        tables = tablesOf(*report);
        return Done{};
    };
    Status done = Done{};
    switch (which) {
    case Which::Issuance:
        done = take(
            reports.issuance(session, *period),
            [&](const IssuanceReport &r) { return r.toJson(*grainOf); },
            [&](const IssuanceReport &r) {
                return QList<ReportTable>{ReportTables::issuance(r, *grainOf, *dimension, dates),
                                          ReportTables::transactions(r)};
            });
        break;
    case Which::Stock:
        if (!rules) {
            Result<EligibilityPolicy> city = CentralPolicies(opened->store()).current();
            if (!city)
                return Cli::fail(ctx, exitCodeFor(city.error()), city.error());
            rules = *city;
        }
        done = take(
            reports.stock(session, *period, rules->stock),
            [](const StockReport &r) { return r.toJson(); },
            [](const StockReport &r) { return QList<ReportTable>{ReportTables::stock(r)}; });
        break;
    case Which::Spoilage:
        done = take(
            reports.spoilage(session, *period), [](const SpoilageReport &r) { return r.toJson(); },
            [](const SpoilageReport &r) { return QList<ReportTable>{ReportTables::spoilage(r)}; });
        break;
    case Which::Timing:
        done = take(
            reports.timing(session, *period), [](const TimingReport &r) { return r.toJson(); },
            [](const TimingReport &r) { return QList<ReportTable>{ReportTables::timing(r)}; });
        break;
    }
    if (!done)
        return Cli::fail(ctx, exitCodeFor(done.error()), done.error());
    if (parser.isSet(json)) {
        ctx.out << QJsonDocument(object).toJson();
    } else if (parser.isSet(csv)) {
        // The first table: the one the report is about (its details stay
        // in --json). Decoding drops the BOM; the stream writes it again.
        ctx.out << QChar(QChar::ByteOrderMark) << QString::fromUtf8(tables.constFirst().csv());
    } else {
        ctx.out << ReportTables::period(*period) << "\n\n";
        for (const ReportTable &t : tables) {
            printTable(ctx, t);
            ctx.out << '\n';
        }
    }
    return ExitOk;
}

} // namespace

int runReportIssuance(Context &ctx) {
    return runReport(ctx, Which::Issuance);
}

int runReportStock(Context &ctx) {
    return runReport(ctx, Which::Stock);
}

int runReportSpoilage(Context &ctx) {
    return runReport(ctx, Which::Spoilage);
}

int runReportTiming(Context &ctx) {
    return runReport(ctx, Which::Timing);
}

} // namespace cc::cli
