#include "app/cli/storeaccess.h"
#include "core/domain/cardnumber.h"
#include "core/domain/carrier.h"
#include "core/station/receipts.h"
#include "core/station/stationfile.h"
#include "core/station/stock.h"
#include "core/station/storecheck.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc::cli {
namespace {

void printJson(Context &ctx, const QJsonObject &object) {
    ctx.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace

int runStoreInit(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption station(QStringLiteral("station"),
                                     Cli::tr("The city's code for this station."),
                                     QStringLiteral("STATION_ID"));
    const QCommandLineOption admin(QStringLiteral("admin"), Cli::tr("The first admin's name."),
                                   QStringLiteral("USER"));
    const QCommandLineOption supervisor(
        QStringLiteral("supervisor"),
        Cli::tr("The first supervisor's name: the first operator with access to personal data "
                "(admins have none)."),
        QStringLiteral("USER"));
    const QCommandLineOption prefix(
        QStringLiteral("card-prefix"),
        Cli::tr("The four-digit card number prefix assigned to the station (default: the "
                "station ID, when it is four digits)."),
        QStringLiteral("DIGITS"));
    parser.addOptions({db, station, admin, supervisor, prefix});
    if (auto code = Cli::parse(parser,
                               QStringLiteral("store init --db PATH --station STATION_ID --admin "
                                              "USER --supervisor USER [--card-prefix DIGITS]"),
                               ctx))
        return *code;
    if (!parser.isSet(db) || !parser.isSet(station) || !parser.isSet(admin) ||
        !parser.isSet(supervisor))
        return Cli::usageError(ctx,
                               Cli::tr("--db, --station, --admin and --supervisor are required."));
    StationSetup setup;
    setup.stationId = parser.value(station);
    setup.adminUser = parser.value(admin);
    setup.supervisorUser = parser.value(supervisor);
    setup.cardPrefix = parser.isSet(prefix) ? parser.value(prefix) : setup.stationId;
    if (!parser.isSet(prefix) && !CardNumber::isValidPrefix(setup.cardPrefix))
        return Cli::usageError(ctx, Cli::tr("The station ID is not four digits: give the card "
                                            "number prefix with --card-prefix."));
    for (const QString &name : {setup.adminUser, setup.supervisorUser})
        if (Status ok = Accounts::checkUsername(name); !ok)
            return Cli::fail(ctx, ExitUsage, ok.error());
    if (setup.adminUser.compare(setup.supervisorUser, Qt::CaseInsensitive) == 0)
        return Cli::usageError(ctx, Cli::tr("--admin and --supervisor are two people: give them "
                                            "two names."));
    if (auto code =
            readNewPassword(ctx, "CITIZENCARD_PASSWORD", setup.adminUser, setup.adminPassword))
        return *code;
    if (auto code = readNewPassword(ctx, "CITIZENCARD_SUPERVISOR_PASSWORD", setup.supervisorUser,
                                    setup.supervisorPassword))
        return *code;

    setup.scrypt = Accounts::calibrate(std::chrono::milliseconds(100));
    const QString path = parser.value(db);
    QElapsedTimer timer;
    timer.start();
    Result<Session> session = createStationFile(path, setup, ctx.clock);
    // Two passwords were set, each through one scrypt call: the admin's and the supervisor's.
    const qint64 checkMs = timer.elapsed() / 2;
    if (!session)
        return Cli::fail(ctx, exitCodeFor(session.error()), session.error());
    ctx.out << Cli::tr("Created the store %1 for station %2.").arg(path, setup.stationId) << '\n'
            << Cli::tr("Card numbers: %1 onwards.")
                   .arg(CardNumber::grouped(*CardNumber::make(setup.cardPrefix, 1)))
            << '\n'
            << Cli::tr("Admin: %1. A password check costs about %2 ms (scrypt N=%3, r=%4, p=%5).")
                   .arg(setup.adminUser.toLower())
                   .arg(checkMs)
                   .arg(setup.scrypt.n)
                   .arg(setup.scrypt.r)
                   .arg(setup.scrypt.p)
            << '\n'
            << Cli::tr("Supervisor: %1, the one operator with access to personal data for now; "
                       "the clerks a supervisor adds have it at once.")
                   .arg(setup.supervisorUser.toLower())
            << '\n';
    return ExitOk;
}

namespace {

// The checks that need the integrity key log an operator in. A login the
// store refuses because it was altered is a finding, not a usage error.
std::optional<int> keyedLogin(Context &ctx, OpenStore &opened, const QString &user,
                              Session &session, std::optional<Error> &refused) {
    const QString password =
        readSecret(ctx, "CITIZENCARD_PASSWORD", Cli::tr("Password for %1:").arg(user));
    Result<Session> s = opened.accounts().login(user, password);
    if (s) {
        session = std::move(s).value();
        return std::nullopt;
    }
    if (s.error().code != ErrorCode::IntegrityFailed)
        return Cli::fail(ctx, exitCodeFor(s.error()), s.error());
    refused = s.error();
    return std::nullopt;
}

// What store check and audit verify open: read-only without a user, so that
// nothing is written and the file is left as it was found; with a user, the
// store for writing and the keyed login (a refusal kept, not fatal).
std::optional<int> openForCheck(Context &ctx, const QString &path, const QString &user,
                                StoreLogin &login, std::optional<Error> &refused) {
    if (auto code =
            OpenStore::open(ctx, path, login.opened,
                            user.isEmpty() ? OpenStore::Mode::ReadOnly : OpenStore::Mode::Write))
        return code;
    if (!user.isEmpty())
        return keyedLogin(ctx, *login.opened, user, login.session, refused);
    return std::nullopt;
}

StoreCheckReport withRefusal(StoreCheckReport report, const Error &refused) {
    report.problems.prepend(refused.message);
    return report;
}

QString notKeyedNote() {
    return Cli::tr("Not checked without a login (--user USER): the seals of the station and "
                   "operator records and the audit log's keyed anchor.");
}

} // namespace

int runStoreCheck(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption user = userOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, user, json});
    if (auto code =
            Cli::parse(parser, QStringLiteral("store check --db PATH [--user USER] [--json]"), ctx))
        return *code;
    // A file SQLite cannot read is a finding of the check, listed like the others.
    if (!parser.isSet(user)) {
        Result<std::unique_ptr<Store>> probe = Store::openReadOnly(parser.value(db));
        if (!probe && probe.error().code == ErrorCode::IntegrityFailed) {
            if (parser.isSet(json))
                printJson(ctx, {{QStringLiteral("ok"), false},
                                {QStringLiteral("problems"), QJsonArray{probe.error().message}}});
            else
                ctx.out << Cli::tr("Store %1:").arg(parser.value(db)) << "\n  "
                        << probe.error().message << '\n'
                        << Cli::tr("PROBLEMS FOUND: %1").arg(1) << '\n';
            return ExitNo;
        }
    }
    StoreLogin login;
    std::optional<Error> refused;
    if (auto code = openForCheck(ctx, parser.value(db), parser.value(user), login, refused))
        return *code;
    auto &[opened, session] = login;
    Result<StoreCheckReport> report =
        StoreCheck::run(opened->store(), opened->audit(), refused ? nullptr : &session);
    if (!report)
        return Cli::fail(ctx, exitCodeFor(report.error()), report.error());
    if (refused)
        report = withRefusal(*report, *refused);
    if (parser.isSet(json)) {
        printJson(ctx,
                  {{QStringLiteral("ok"), report->ok()},
                   {QStringLiteral("schemaVersion"), report->schemaVersion},
                   {QStringLiteral("auditEntries"), report->auditEntries},
                   {QStringLiteral("cardNumbers"), report->cardNumbers},
                   {QStringLiteral("keyed"), report->keyed},
                   {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}});
    } else {
        ctx.out << Cli::tr("Store %1: schema version %2, %3 audit entries, %4 card numbers.")
                       .arg(parser.value(db))
                       .arg(report->schemaVersion)
                       .arg(report->auditEntries)
                       .arg(report->cardNumbers)
                << '\n';
        for (const QString &problem : report->problems)
            ctx.out << "  " << problem << '\n';
        if (!report->keyed)
            ctx.out << notKeyedNote() << '\n';
        ctx.out << (report->ok() ? Cli::tr("OK")
                                 : Cli::tr("PROBLEMS FOUND: %1").arg(report->problems.size()))
                << '\n';
    }
    return report->ok() ? ExitOk : ExitNo;
}

int runAuditVerify(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption user = userOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, user, json});
    if (auto code = Cli::parse(
            parser, QStringLiteral("audit verify --db PATH [--user USER] [--json]"), ctx))
        return *code;
    StoreLogin login;
    std::optional<Error> refused;
    if (auto code = openForCheck(ctx, parser.value(db), parser.value(user), login, refused))
        return *code;
    auto &[opened, session] = login;
    Result<AuditLog::Verification> v =
        opened->audit().verify(parser.isSet(user) && !refused ? &session : nullptr);
    if (!v)
        return Cli::fail(ctx, exitCodeFor(v.error()), v.error());
    if (refused && !v->firstBadEntry) {
        AuditLog::Verification broken = *v;
        broken.firstBadEntry = v->entries + 1;
        broken.problem = refused->message;
        v = broken;
    }
    const bool keyed = parser.isSet(user);
    const bool intact = !v->firstBadEntry.has_value();
    if (parser.isSet(json)) {
        QJsonObject o{{QStringLiteral("intact"), intact},
                      {QStringLiteral("entries"), v->entries},
                      {QStringLiteral("keyed"), keyed}};
        if (!intact) {
            o.insert(QStringLiteral("firstBadEntry"), *v->firstBadEntry);
            o.insert(QStringLiteral("problem"), v->problem);
        }
        printJson(ctx, o);
    } else if (intact) {
        ctx.out << Cli::tr("The audit log is intact: %1 entries.").arg(v->entries) << '\n';
        if (!keyed)
            ctx.out << notKeyedNote() << '\n';
    } else {
        ctx.out << Cli::tr("The audit log is broken at entry %1: %2")
                       .arg(*v->firstBadEntry)
                       .arg(v->problem)
                << '\n';
    }
    return intact ? ExitOk : ExitNo;
}

int runStockReceive(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption user = userOption();
    const QCommandLineOption carrier(QStringLiteral("carrier"),
                                     Cli::tr("The carrier: easycard or ipass."),
                                     QStringLiteral("CARRIER"));
    const QCommandLineOption count(QStringLiteral("count"), Cli::tr("How many blank cards."),
                                   QStringLiteral("N"));
    const QCommandLineOption note(QStringLiteral("note"),
                                  Cli::tr("The delivery note's number or a remark."),
                                  QStringLiteral("TEXT"));
    parser.addOptions({db, user, carrier, count, note});
    if (auto code = Cli::parse(
            parser,
            QStringLiteral("stock receive --db PATH --user USER --carrier CARRIER --count N"), ctx))
        return *code;
    const std::optional<Carrier> which = Carriers::fromCode(parser.value(carrier));
    if (!which)
        return Cli::usageError(ctx, Cli::tr("--carrier must be easycard or ipass."));
    bool ok = false;
    const int quantity = parser.value(count).toInt(&ok);
    if (!ok || quantity <= 0)
        return Cli::usageError(ctx, Cli::tr("--count must be a whole number above 0."));
    StoreLogin login;
    if (auto code = login.open(ctx, parser.value(db), parser.value(user)))
        return *code;
    auto &[opened, session] = login;
    Stock stock(opened->store(), opened->audit(), ctx.clock);
    if (Status received = stock.receive(session, *which, quantity, parser.value(note)); !received)
        return Cli::fail(ctx, exitCodeFor(received.error()), received.error());
    ctx.out << Cli::tr("%1 blank %2 cards booked into stock.")
                   .arg(quantity)
                   .arg(Carriers::displayName(*which))
            << '\n';
    return ExitOk;
}

int runStationOffice(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption user = userOption(Cli::tr("Your operator name (an admin)."));
    const QCommandLineOption name(QStringLiteral("name"),
                                  Cli::tr("The office's name, as receipts print it."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption address(QStringLiteral("address"), Cli::tr("The office's address."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption phone(QStringLiteral("phone"), Cli::tr("The office's phone number."),
                                   QStringLiteral("TEXT"));
    parser.addOptions({db, user, name, address, phone});
    if (auto code = Cli::parse(
            parser,
            QStringLiteral("station office --db PATH --user USER --name TEXT [--address TEXT] "
                           "[--phone TEXT]"),
            ctx))
        return *code;
    if (!parser.isSet(name))
        return Cli::usageError(ctx, Cli::tr("--name is required."));
    StoreLogin login;
    if (auto code = login.open(ctx, parser.value(db), parser.value(user)))
        return *code;
    auto &[opened, session] = login;
    Receipts receipts(opened->store(), opened->audit(), ctx.clock);
    // What is not given stays as it was.
    Result<OfficeInfo> current = receipts.office();
    if (!current)
        return Cli::fail(ctx, exitCodeFor(current.error()), current.error());
    OfficeInfo office = *current;
    office.name = parser.value(name);
    if (parser.isSet(address))
        office.address = parser.value(address);
    if (parser.isSet(phone))
        office.phone = parser.value(phone);
    if (Status set = receipts.setOffice(session, office); !set)
        return Cli::fail(ctx, exitCodeFor(set.error()), set.error());
    ctx.out << Cli::tr("Receipts now name the office %1.").arg(parser.value(name).trimmed())
            << '\n';
    return ExitOk;
}

} // namespace cc::cli
