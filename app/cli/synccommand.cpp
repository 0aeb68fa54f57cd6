// station enrol, sync run, sync status, hotlist export and verify: the
// station's link to the central service (docs/sync-protocol.md).
#include "sync/centralregistry.h"
#include "sync/httpstransport.h"

#include "app/cli/storeaccess.h"
#include "core/crypto/signing.h"
#include "core/domain/boundedread.h"
#include "core/ports/clock.h"
#include "core/station/flags.h"
#include "core/station/outbox.h"
#include "core/station/session.h"
#include "core/station/synclinks.h"
#include "core/workflows/enrolment.h"
#include "core/workflows/syncround.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc::cli {

int runStationEnrol(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption user = userOption(Cli::tr("Your operator name (an admin)."));
    const QCommandLineOption central(QStringLiteral("central"),
                                     Cli::tr("The central service's address, https://HOST:PORT."),
                                     QStringLiteral("URL"));
    const QCommandLineOption code(QStringLiteral("code"),
                                  Cli::tr("The one-time code from the centre's administrator."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption ca(QStringLiteral("ca"),
                                Cli::tr("The city's station CA certificate (PEM)."),
                                QStringLiteral("FILE"));
    parser.addOptions({db, user, central, code, ca});
    if (auto exit = Cli::parse(parser,
                               QStringLiteral("station enrol --db PATH --user USER --central URL "
                                              "--code CODE --ca FILE"),
                               ctx))
        return *exit;
    if (!parser.isSet(central) || !parser.isSet(code) || !parser.isSet(ca))
        return Cli::usageError(ctx, Cli::tr("--central, --code and --ca are required."));
    QFile caFile(parser.value(ca));
    if (!caFile.open(QIODevice::ReadOnly))
        return Cli::fail(ctx, ExitUsage,
                         Error{ErrorCode::FileUnreadable, Cli::tr("Cannot read the CA file."),
                               parser.value(ca)});
    const QByteArray caPem = caFile.read(64 * 1024);
    StoreLogin login;
    if (auto exit = login.open(ctx, parser.value(db), parser.value(user)))
        return *exit;
    auto &[opened, session] = login;
    const QString url = parser.value(central);
    Status enrolled =
        Enrolment(opened->store(), opened->audit(), ctx.clock)
            .run(session, url, caPem, parser.value(code), [&](const EnrolRequest &request) {
                return HttpsTransport::enrol(url, caPem, request);
            });
    opened->accounts().logout(session);
    if (!enrolled)
        return Cli::fail(ctx, exitCodeFor(enrolled.error()), enrolled.error());
    ctx.out << Cli::tr("Station enrolled with %1.").arg(url) << '\n';
    return ExitOk;
}

namespace {

// The station's link, opened by the operator logged in; an exit code when
// there is none.
std::optional<int> loadLink(Context &ctx, StoreLogin &login, const QString &db,
                            std::optional<SyncLink> &out) {
    auto &[opened, session] = login;
    Result<std::optional<SyncLink>> link =
        SyncLinks(opened->store(), opened->audit(), ctx.clock).load(session);
    if (!link)
        return Cli::fail(ctx, exitCodeFor(link.error()), link.error());
    if (!link->has_value())
        return Cli::fail(ctx, ExitUsage,
                         Error{ErrorCode::WrongState,
                               Cli::tr("The station is not enrolled: run citizencard-cli "
                                       "station enrol first."),
                               db});
    out = std::move(*link);
    return std::nullopt;
}

QJsonObject statusJson(Store &store, qint64 heldThrough, const QDateTime &contact) {
    Outbox outbox(store);
    return {{QStringLiteral("waiting"), outbox.waiting().value_or(-1)},
            {QStringLiteral("heldThrough"), heldThrough},
            {QStringLiteral("lastContact"),
             contact.isValid() ? contact.toString(Qt::ISODateWithMs) : QString()}};
}

} // namespace

int runSync(Context &ctx, bool push) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption user = userOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, user, json});
    if (auto exit = Cli::parse(parser,
                               (push ? QStringLiteral("sync run") : QStringLiteral("sync status")) +
                                   QStringLiteral(" --db PATH --user USER [--json]"),
                               ctx))
        return *exit;
    StoreLogin login;
    if (auto exit = login.open(ctx, parser.value(db), parser.value(user)))
        return *exit;
    auto &[opened, session] = login;
    SyncLinks links(opened->store(), opened->audit(), ctx.clock);
    std::optional<SyncLink> link;
    if (auto exit = loadLink(ctx, login, parser.value(db), link))
        return *exit;
    qint64 held = Outbox(opened->store()).acknowledgedThrough().value_or(0);
    PullProgress pulled;
    Recheck::Outcome rechecked;
    if (push) {
        Result<std::unique_ptr<HttpsTransport>> transport = HttpsTransport::open(*link);
        if (!transport)
            return Cli::fail(ctx, exitCodeFor(transport.error()), transport.error());
        // Offline applications are re-checked against the registry through the centre.
        CentralRegistry registry(nullptr);
        registry.connect(*link);
        Result<SyncRoundResult> round =
            SyncRound(opened->store(), opened->audit(), ctx.clock, **transport, &registry,
                      EligibilityPolicy::defaults())
                .run(session);
        if (!round)
            return Cli::fail(ctx, exitCodeFor(round.error()), round.error());
        (void)links.noteContact(session);
        held = round->pushed.heldThrough;
        pulled = round->pulled;
        rechecked = round->rechecked;
    }
    QJsonObject status = statusJson(opened->store(), held, links.lastContact().value_or({}));
    status.insert(QStringLiteral("openFlags"),
                  Flags(opened->store(), opened->audit(), ctx.clock).openCount().value_or(-1));
    if (push) {
        status.insert(QStringLiteral("pulled"), pulled.changes);
        status.insert(QStringLiteral("flagsRaised"), pulled.flags);
        status.insert(QStringLiteral("recheckFailed"), rechecked.failed);
    }
    if (parser.isSet(json))
        ctx.out << QJsonDocument(status).toJson(QJsonDocument::Compact) << '\n';
    else
        ctx.out << Cli::tr("Events waiting: %1; the centre holds through event %2; open flags: %3.")
                       .arg(status.value(QStringLiteral("waiting")).toInteger())
                       .arg(held)
                       .arg(status.value(QStringLiteral("openFlags")).toInteger())
                << '\n';
    return ExitOk;
}

int runSyncRun(Context &ctx) {
    return runSync(ctx, true);
}

int runSyncStatus(Context &ctx) {
    return runSync(ctx, false);
}

// hotlist export: the centre's signed list (or the delta since a version),
// as FILE and FILE.sig for a partner.
int runHotlistExport(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption user = userOption();
    const QCommandLineOption out(QStringLiteral("out"),
                                 Cli::tr("The file to write (and FILE.sig)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   Cli::tr("Only the cards blocked after this version."),
                                   QStringLiteral("VERSION"), QStringLiteral("0"));
    parser.addOptions({db, user, out, since});
    if (auto exit = Cli::parse(
            parser,
            QStringLiteral("hotlist export --db PATH --user USER --out FILE [--since VERSION]"),
            ctx))
        return *exit;
    bool sinceOk = false;
    const qint64 from = parser.value(since).toLongLong(&sinceOk);
    if (!parser.isSet(out) || !sinceOk || from < 0)
        return Cli::usageError(ctx, Cli::tr("--out FILE is required; --since is a version (0 or "
                                            "more)."));
    StoreLogin login;
    if (auto exit = login.open(ctx, parser.value(db), parser.value(user)))
        return *exit;
    std::optional<SyncLink> link;
    if (auto exit = loadLink(ctx, login, parser.value(db), link))
        return *exit;
    Result<std::unique_ptr<HttpsTransport>> transport = HttpsTransport::open(*link);
    if (!transport)
        return Cli::fail(ctx, exitCodeFor(transport.error()), transport.error());
    Result<SignedHotlist> list = (*transport)->hotlist(from);
    if (!list)
        return Cli::fail(ctx, exitCodeFor(list.error()), list.error());
    Result<Hotlist> parsed = Hotlist::fromText(list->text);
    if (!parsed)
        return Cli::fail(ctx, ExitFailure, parsed.error());
    if (Status saved = list->save(parser.value(out)); !saved)
        return Cli::fail(ctx, ExitFailure, saved.error());
    ctx.out << Cli::tr("Hotlist version %1 (%2 cards) written to %3 and %3.sig.")
                   .arg(parsed->version)
                   .arg(parsed->entries.size())
                   .arg(parser.value(out))
            << '\n';
    return ExitOk;
}

// hotlist verify: the list's signature by the centre's public key, then the
// list itself; what a partner runs before loading it.
int runHotlistVerify(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption list(QStringLiteral("list"), Cli::tr("The hotlist file."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption signature(QStringLiteral("signature"),
                                       Cli::tr("Its signature (default: FILE.sig)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 Cli::tr("The centre's public hotlist key (PEM)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({list, signature, key, json});
    if (auto exit = Cli::parse(
            parser,
            QStringLiteral("hotlist verify --list FILE [--signature FILE] --key FILE [--json]"),
            ctx))
        return *exit;
    if (!parser.isSet(list) || !parser.isSet(key))
        return Cli::usageError(ctx, Cli::tr("--list and --key are required."));
    const QString sigPath = parser.isSet(signature) ? parser.value(signature)
                                                    : parser.value(list) + QStringLiteral(".sig");
    QByteArray bytes[3];
    const QString paths[3] = {parser.value(list), sigPath, parser.value(key)};
    const qint64 limits[3] = {Hotlist::kMaxBytes, 1024, 64 * 1024};
    for (int i = 0; i < 3; ++i) {
        QFile f(paths[i]);
        if (!f.open(QIODevice::ReadOnly))
            return Cli::fail(ctx, ExitUsage,
                             Error{ErrorCode::FileUnreadable, f.errorString(), paths[i]});
        Result<QByteArray> read = readBounded(f, limits[i], paths[i]);
        if (!read)
            return Cli::fail(ctx, ExitUsage, read.error());
        bytes[i] = *read;
    }
    Result<bool> good = Signing::verify(bytes[2], bytes[0], bytes[1]);
    if (!good)
        return Cli::fail(ctx, ExitUsage, Error{good.error().code, good.error().message, paths[2]});
    if (!*good)
        return Cli::fail(ctx, ExitNo,
                         Error{ErrorCode::IntegrityFailed,
                               Cli::tr("The signature does not match: the list was changed or "
                                       "was not signed by this key."),
                               paths[0]});
    Result<Hotlist> parsed = Hotlist::fromText(bytes[0]);
    if (!parsed)
        return Cli::fail(ctx, ExitNo,
                         Error{parsed.error().code, parsed.error().message,
                               paths[0] + u':' + parsed.error().where});
    if (parser.isSet(json))
        ctx.out << QJsonDocument(
                       QJsonObject{{QStringLiteral("valid"), true},
                                   {QStringLiteral("version"), parsed->version},
                                   {QStringLiteral("since"), parsed->since},
                                   {QStringLiteral("entries"), qint64(parsed->entries.size())}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
    else
        ctx.out << Cli::tr("Signature valid: hotlist version %1, %2 cards.")
                       .arg(parsed->version)
                       .arg(parsed->entries.size())
                << '\n';
    return ExitOk;
}

} // namespace cc::cli
