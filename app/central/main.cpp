// citizencard-central: the city's central service (docs/central.md).
//   migrate   apply the database schema's pending migrations
//   status    the schema version and the stations
//   serve     the HTTPS service for the stations
//   flags     the flags raised for the stations' supervisors
//   hotlist export   the signed hotlist, for partners
//   policy publish   the city's eligibility policy, for every station
// The database is named by --database or CITIZENCARD_CENTRAL_DATABASE (a
// libpq connection string; keep passwords out of the command line).
#include "central/cityca.h"
#include "central/documents.h"
#include "central/hotlists.h"
#include "central/logging.h"
#include "central/pg.h"
#include "central/reports.h"
#include "central/schema.h"
#include "central/server.h"
#include "core/crypto/crypto.h"
#include "core/crypto/signing.h"
#include "core/domain/boundedread.h"
#include "core/domain/eligibilitypolicy.h"
#include "core/domain/stationid.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <csignal>
#include <pthread.h>
#include <thread>

using namespace cc;
using namespace cc::central;

namespace {

enum Exit { ExitOk = 0, ExitUsage = 2, ExitFailure = 3 };

QTextStream &err() {
    static QTextStream stream(stderr);
    return stream;
}

int fail(const Error &error) {
    err() << error.toString() << Qt::endl;
    return error.code == ErrorCode::ServiceUnavailable || error.code == ErrorCode::StoreFailed
               ? ExitFailure
               : ExitUsage;
}

QString databaseOf(const QCommandLineParser &parser) {
    return parser.isSet(QStringLiteral("database"))
               ? parser.value(QStringLiteral("database"))
               : qEnvironmentVariable("CITIZENCARD_CENTRAL_DATABASE");
}

Result<std::unique_ptr<PgConnection>> connect(const QCommandLineParser &parser) {
    const QString database = databaseOf(parser);
    if (database.isEmpty())
        return Error{ErrorCode::MissingField,
                     QStringLiteral("Name the database: --database or "
                                    "CITIZENCARD_CENTRAL_DATABASE."),
                     QStringLiteral("--database")};
    return PgConnection::open(database);
}

int runMigrate(const QCommandLineParser &parser) {
    Result<std::unique_ptr<PgConnection>> db = connect(parser);
    if (!db)
        return fail(db.error());
    Result<int> reached = Schema::migrate(**db);
    if (!reached)
        return fail(reached.error());
    QTextStream(stdout) << "schema version " << *reached << Qt::endl;
    return ExitOk;
}

int runStatus(const QCommandLineParser &parser) {
    Result<std::unique_ptr<PgConnection>> db = connect(parser);
    if (!db)
        return fail(db.error());
    Result<int> version = Schema::version(**db);
    if (!version)
        return fail(version.error());
    QJsonArray stations;
    if (*version > 0) {
        Result<PgResult> rows = (*db)->exec(
            "SELECT station_id, held_through, revoked_at IS NOT NULL, enrolled_at IS NOT NULL "
            "FROM stations ORDER BY station_id");
        if (!rows)
            return fail(rows.error());
        for (int r = 0; r < rows->rows(); ++r)
            stations.append(QJsonObject{{QStringLiteral("station"), rows->text(r, 0)},
                                        {QStringLiteral("heldThrough"), rows->integer(r, 1)},
                                        {QStringLiteral("revoked"), rows->bytes(r, 2) == "t"},
                                        {QStringLiteral("enrolled"), rows->bytes(r, 3) == "t"}});
    }
    const QJsonObject status{{QStringLiteral("schema"), *version},
                             {QStringLiteral("schemaExpected"), Schema::kVersion},
                             {QStringLiteral("stations"), stations}};
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(status).toJson(QJsonDocument::Compact) << Qt::endl;
    else {
        out << "schema version " << *version << " (this program: " << Schema::kVersion << ")\n";
        for (const QJsonValue &s : stations) {
            const QJsonObject o = s.toObject();
            out << o.value(QStringLiteral("station")).toString() << "\theld through "
                << o.value(QStringLiteral("heldThrough")).toInteger()
                << (o.value(QStringLiteral("revoked")).toBool() ? "\trevoked" : "") << '\n';
        }
    }
    return *version == Schema::kVersion ? ExitOk : ExitFailure;
}

// station enrol: the station's row (made once) and a new one-time code the
// station's admin types into citizencard-cli station enrol; only its hash is
// kept, and it expires after a day.
int runStationEnrol(const QCommandLineParser &parser) {
    const QString station = parser.value(QStringLiteral("station"));
    if (!isValidStationId(station) || station == u"centre") {
        err() << "--station is the station ID: 1 to 32 letters, digits or dashes (not "
                 "\"centre\", the centre's own name)."
              << Qt::endl;
        return ExitUsage;
    }
    Result<std::unique_ptr<PgConnection>> db = connect(parser);
    if (!db)
        return fail(db.error());
    const QByteArray code = Crypto::randomBytes(10).toBase64(QByteArray::Base64UrlEncoding |
                                                             QByteArray::OmitTrailingEquals);
    Status made = (*db)->transaction([&]() -> Status {
        if (Status row = (*db)->run("INSERT INTO stations (station_id) VALUES ($1) "
                                    "ON CONFLICT (station_id) DO NOTHING",
                                    {station.toUtf8()});
            !row)
            return row;
        return (*db)->run("INSERT INTO enrolment_codes (code_hash, station_id, expires_at) "
                          "VALUES (sha256($1::bytea), $2, now() + interval '1 day')",
                          {code, station.toUtf8()});
    });
    if (!made)
        return fail(made.error());
    QTextStream(stdout) << code << Qt::endl;
    return ExitOk;
}

// station revoke: refused at once, on its next request.
int runStationRevoke(const QCommandLineParser &parser) {
    Result<std::unique_ptr<PgConnection>> db = connect(parser);
    if (!db)
        return fail(db.error());
    Result<PgResult> revoked =
        (*db)->exec("UPDATE stations SET revoked_at = now() WHERE station_id = $1 AND "
                    "revoked_at IS NULL",
                    {parser.value(QStringLiteral("station")).toUtf8()});
    if (!revoked)
        return fail(revoked.error());
    if (revoked->affected() == 0) {
        err() << "No such station, or it is already revoked." << Qt::endl;
        return ExitUsage;
    }
    QTextStream(stdout) << "revoked " << parser.value(QStringLiteral("station")) << Qt::endl;
    return ExitOk;
}

// ca init: the city's station CA and the service's certificate.
int runCaInit(const QCommandLineParser &parser) {
    const QString dir = parser.value(QStringLiteral("dir"));
    QStringList names = parser.values(QStringLiteral("server-name"));
    if (dir.isEmpty()) {
        err() << "ca init needs --dir DIR (and --server-name for each name of the service)."
              << Qt::endl;
        return ExitUsage;
    }
    if (names.isEmpty())
        names = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")};
    if (Status made = CityCa::create(dir, names); !made)
        return fail(made.error());
    QTextStream(stdout) << "station CA and service certificate written to " << dir << Qt::endl;
    return ExitOk;
}

// flags: what the centre raised and the stations reported, open first.
int runFlags(const QCommandLineParser &parser) {
    Result<std::unique_ptr<PgConnection>> db = connect(parser);
    if (!db)
        return fail(db.error());
    Result<PgResult> rows = (*db)->exec(
        "SELECT flag_id, kind, for_station, subject, facts::text, raised_at::text, "
        "coalesce(resolution, ''), resolved_at IS NOT NULL FROM flags ORDER BY resolved_at IS "
        "NOT NULL, flag_id DESC LIMIT 1000");
    if (!rows)
        return fail(rows.error());
    QJsonArray flags;
    QTextStream out(stdout);
    for (int r = 0; r < rows->rows(); ++r) {
        const bool resolved = rows->bytes(r, 7) == "t";
        flags.append(QJsonObject{
            {QStringLiteral("flag"), rows->integer(r, 0)},
            {QStringLiteral("kind"), rows->text(r, 1)},
            {QStringLiteral("station"), rows->text(r, 2)},
            {QStringLiteral("subject"), rows->text(r, 3)},
            {QStringLiteral("facts"), QJsonDocument::fromJson(rows->bytes(r, 4)).object()},
            {QStringLiteral("raisedAt"), rows->text(r, 5)},
            {QStringLiteral("resolved"), resolved},
            {QStringLiteral("resolution"), rows->text(r, 6)}});
        if (!parser.isSet(QStringLiteral("json")))
            out << rows->integer(r, 0) << '\t' << rows->text(r, 1) << '\t' << rows->text(r, 2)
                << '\t' << rows->text(r, 3) << '\t'
                << (resolved ? QStringLiteral("resolved: ") + rows->text(r, 6)
                             : QStringLiteral("open"))
                << '\n';
    }
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(flags).toJson(QJsonDocument::Compact) << Qt::endl;
    return ExitOk;
}

// report issuance: every office's cards issued, lost and cancelled in a
// period, and its active cards, with the city's sums (docs/central.md).
int runReportIssuance(const QCommandLineParser &parser) {
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || to < from) {
        err() << "report issuance needs --from DATE and --to DATE (YYYY-MM-DD, the last not "
                 "before the first)."
              << Qt::endl;
        return ExitUsage;
    }
    Result<std::unique_ptr<PgConnection>> db = connect(parser);
    if (!db)
        return fail(db.error());
    Result<CityIssuance> report = CentralReports(**db).issuance(from, to);
    if (!report)
        return fail(report.error());
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    out << "office\tissued\tlost\tcancelled\tactive" << '\n';
    QList<OfficeFigures> rows = report->offices;
    rows.append(report->city);
    for (const OfficeFigures &o : rows) {
        int active = 0;
        for (int n : o.activeByType)
            active += n;
        out << o.station << '\t' << o.issued << '\t' << o.lostReported << '\t' << o.cancelled
            << '\t' << active << '\n';
    }
    return ExitOk;
}

// hotlist export: the signed list (or the delta since a version) as two
// files a partner checks with openssl pkeyutl -verify -rawin.
int runHotlistExport(const QCommandLineParser &parser) {
    const QString outPath = parser.value(QStringLiteral("out"));
    const QString keyPath = parser.value(QStringLiteral("hotlist-key"));
    bool sinceOk = true;
    const qint64 since = parser.isSet(QStringLiteral("since"))
                             ? parser.value(QStringLiteral("since")).toLongLong(&sinceOk)
                             : 0;
    if (outPath.isEmpty() || keyPath.isEmpty() || !sinceOk || since < 0) {
        err() << "hotlist export needs --out FILE and --hotlist-key FILE (and --since VERSION "
                 "for a delta)."
              << Qt::endl;
        return ExitUsage;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(Error{ErrorCode::FileUnreadable, keyFile.errorString(), keyPath});
    Result<std::unique_ptr<PgConnection>> db = connect(parser);
    if (!db)
        return fail(db.error());
    Result<Hotlist> list = Hotlists(**db).since(since);
    if (!list)
        return fail(list.error());
    const QByteArray text = list->toText();
    Result<QByteArray> key = readBounded(keyFile, 64 * 1024, keyPath);
    if (!key)
        return fail(key.error());
    Result<QByteArray> signature = Signing::sign(*key, text);
    if (!signature)
        return fail(signature.error());
    if (Status written = SignedHotlist{text, *signature}.save(outPath); !written)
        return fail(written.error());
    QTextStream(stdout) << "hotlist version " << list->version << ", " << list->entries.size()
                        << " entries: " << outPath << " and " << outPath << ".sig" << Qt::endl;
    return ExitOk;
}

// policy publish: the city's eligibility policy for every station, checked
// as the stations read it, as the next version.
int runPolicyPublish(const QCommandLineParser &parser) {
    const QString path = parser.value(QStringLiteral("file"));
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        err() << "policy publish needs --file POLICY.json (readable)." << Qt::endl;
        return ExitUsage;
    }
    Result<QByteArray> bytes = readBounded(file, 1024 * 1024, path);
    if (!bytes)
        return fail(bytes.error());
    if (Result<EligibilityPolicy> policy = EligibilityPolicy::fromBytes(*bytes, path); !policy)
        return fail(policy.error());
    Result<std::unique_ptr<PgConnection>> db = connect(parser);
    if (!db)
        return fail(db.error());
    Result<qint64> version = Documents(**db).publish(QStringLiteral("policy"), *bytes);
    if (!version)
        return fail(version.error());
    QTextStream(stdout) << "policy version " << *version << " published" << Qt::endl;
    return ExitOk;
}

int runServe(const QCommandLineParser &parser) {
    ServerConfig config;
    config.database = databaseOf(parser);
    config.certificate = parser.value(QStringLiteral("certificate"));
    config.key = parser.value(QStringLiteral("key"));
    config.stationCa = parser.value(QStringLiteral("station-ca"));
    config.stationCaKey = parser.value(QStringLiteral("station-ca-key"));
    config.hotlistKey = parser.value(QStringLiteral("hotlist-key"));
    config.registry = parser.value(QStringLiteral("registry"));
    config.citizenCa = parser.value(QStringLiteral("citizen-ca"));
    if (config.database.isEmpty() || config.certificate.isEmpty() || config.key.isEmpty() ||
        config.stationCa.isEmpty()) {
        err() << "serve needs --database (or CITIZENCARD_CENTRAL_DATABASE), --certificate, "
                 "--key and --station-ca."
              << Qt::endl;
        return ExitUsage;
    }
    const QString listen = parser.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    if (colon < 1 || !portOk || port < 0 || port > 65535) {
        err() << "--listen is HOST:PORT, e.g. 127.0.0.1:8443 (port 0: any free port)." << Qt::endl;
        return ExitUsage;
    }
    // The schema must be the one this program serves: migrate is a step of its own.
    {
        Result<std::unique_ptr<PgConnection>> db = PgConnection::open(config.database);
        if (!db)
            return fail(db.error());
        Result<int> version = Schema::version(**db);
        if (!version)
            return fail(version.error());
        if (*version != Schema::kVersion) {
            err() << "The database is at schema version " << *version << "; run "
                  << "citizencard-central migrate first (this program serves version "
                  << Schema::kVersion << ")." << Qt::endl;
            return ExitFailure;
        }
    }
    Result<std::unique_ptr<CentralServer>> server = CentralServer::create(config);
    if (!server)
        return fail(server.error());
    Result<int> bound = (*server)->bind(listen.left(colon), port);
    if (!bound)
        return fail(bound.error());
    // SIGTERM and SIGINT stop the service; requests in flight finish first.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::thread stopper([&] {
        int signal = 0;
        sigwait(&stopSignals, &signal);
        (*server)->stop();
    });
    // The line a supervisor (or a test) waits for, with the port really bound.
    QTextStream(stdout) << "listening on " << listen.left(colon) << ':' << *bound << Qt::endl;
    qCInfo(lcCentral) << "serving on port" << *bound;
    (*server)->run();
    pthread_kill(stopper.native_handle(), SIGTERM);
    stopper.join();
    return ExitOk;
}

} // namespace

int main(int argc, char *argv[]) {
    // A station that goes away mid-answer is an error on that connection,
    // not the end of the service.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("citizencard-central"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The citizencard central service."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("migrate, status or serve"));
    parser.addOptions({
        {QStringLiteral("database"), QStringLiteral("libpq connection string."),
         QStringLiteral("CONNINFO")},
        {QStringLiteral("listen"), QStringLiteral("HOST:PORT to serve on."),
         QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8443")},
        {QStringLiteral("certificate"), QStringLiteral("The service's certificate (PEM)."),
         QStringLiteral("FILE")},
        {QStringLiteral("key"), QStringLiteral("The service's private key (PEM)."),
         QStringLiteral("FILE")},
        {QStringLiteral("station-ca"), QStringLiteral("The city's station CA (PEM)."),
         QStringLiteral("FILE")},
        {QStringLiteral("station-ca-key"),
         QStringLiteral("The station CA's key (PEM): this process enrols stations."),
         QStringLiteral("FILE")},
        {QStringLiteral("dir"), QStringLiteral("ca init: the folder for the CA's files."),
         QStringLiteral("DIR")},
        {QStringLiteral("server-name"),
         QStringLiteral("ca init: a name or address of the service (repeat for more)."),
         QStringLiteral("NAME")},
        {QStringLiteral("hotlist-key"),
         QStringLiteral("The hotlist's signing key (PEM, from ca init)."), QStringLiteral("FILE")},
        {QStringLiteral("registry"),
         QStringLiteral("serve: the registry fixture the stations' lookups are answered from."),
         QStringLiteral("PATH")},
        {QStringLiteral("citizen-ca"),
         QStringLiteral("serve: the CA certificates (PEM) of citizen digital certificates; "
                        "pre-applications are taken only with it."),
         QStringLiteral("FILE")},
        {QStringLiteral("out"), QStringLiteral("hotlist export: the file to write."),
         QStringLiteral("FILE")},
        {QStringLiteral("since"),
         QStringLiteral("hotlist export: only what came after this version."),
         QStringLiteral("VERSION")},
        {QStringLiteral("file"), QStringLiteral("policy publish: the policy file (JSON)."),
         QStringLiteral("FILE")},
        {QStringLiteral("json"), QStringLiteral("Print JSON.")},
        {QStringLiteral("station"), QStringLiteral("The station ID."), QStringLiteral("ID")},
        {QStringLiteral("from"), QStringLiteral("report: the first day (YYYY-MM-DD, Taipei)."),
         QStringLiteral("DATE")},
        {QStringLiteral("to"), QStringLiteral("report: the last day (YYYY-MM-DD, Taipei)."),
         QStringLiteral("DATE")},
    });
    parser.process(app);
    const QStringList words = parser.positionalArguments();
    const QString command = words.value(0);
    if (command == u"migrate")
        return runMigrate(parser);
    if (command == u"status")
        return runStatus(parser);
    if (command == u"serve")
        return runServe(parser);
    if (command == u"ca" && words.value(1) == u"init")
        return runCaInit(parser);
    if (command == u"station" && words.value(1) == u"enrol")
        return runStationEnrol(parser);
    if (command == u"station" && words.value(1) == u"revoke")
        return runStationRevoke(parser);
    if (command == u"flags")
        return runFlags(parser);
    if (command == u"policy" && words.value(1) == u"publish")
        return runPolicyPublish(parser);
    if (command == u"hotlist" && words.value(1) == u"export")
        return runHotlistExport(parser);
    if (command == u"report" && words.value(1) == u"issuance")
        return runReportIssuance(parser);
    err() << "Unknown command. Commands: migrate, status, serve, ca init, station enrol, station "
             "revoke, flags, hotlist export, policy publish, report issuance."
          << Qt::endl;
    return ExitUsage;
}
