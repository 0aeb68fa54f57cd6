// station enrol, sync run, sync status: the station's link to the central
// service (docs/sync-protocol.md).
#include "sync/httpstransport.h"

#include "app/cli/storeaccess.h"
#include "core/ports/clock.h"
#include "core/station/outbox.h"
#include "core/station/session.h"
#include "core/station/synclinks.h"
#include "core/workflows/enrolment.h"
#include "core/workflows/syncpush.h"

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
    Result<std::optional<SyncLink>> link = links.load(session);
    const QString station = session.stationId();
    if (!link)
        return Cli::fail(ctx, exitCodeFor(link.error()), link.error());
    if (!link->has_value())
        return Cli::fail(ctx, ExitUsage,
                         Error{ErrorCode::WrongState,
                               Cli::tr("The station is not enrolled: run citizencard-cli "
                                       "station enrol first."),
                               parser.value(db)});
    qint64 held = Outbox(opened->store()).acknowledgedThrough().value_or(0);
    if (push) {
        Result<std::unique_ptr<HttpsTransport>> transport = HttpsTransport::open(**link);
        if (!transport)
            return Cli::fail(ctx, exitCodeFor(transport.error()), transport.error());
        Result<PushProgress> pushed =
            SyncPush(opened->store(), ctx.clock, station, **transport).run();
        if (!pushed)
            return Cli::fail(ctx, exitCodeFor(pushed.error()), pushed.error());
        (void)links.noteContact(session);
        held = pushed->heldThrough;
    }
    const QJsonObject status = statusJson(opened->store(), held, links.lastContact().value_or({}));
    if (parser.isSet(json))
        ctx.out << QJsonDocument(status).toJson(QJsonDocument::Compact) << '\n';
    else
        ctx.out << Cli::tr("Events waiting: %1; the centre holds through event %2.")
                       .arg(status.value(QStringLiteral("waiting")).toInteger())
                       .arg(held)
                << '\n';
    return ExitOk;
}

int runSyncRun(Context &ctx) {
    return runSync(ctx, true);
}

int runSyncStatus(Context &ctx) {
    return runSync(ctx, false);
}

} // namespace cc::cli
