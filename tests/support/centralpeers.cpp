#include "sync/httpstransport.h"
#include "tests/support/centralpeers.h"
#include "tests/support/childprocess.h"
#include "tests/support/printingpeers.h"
#include "tests/support/storefixture.h"

#include "core/ports/clock.h"
#include "core/station/outbox.h"
#include "core/station/synclinks.h"
#include "core/workflows/enrolment.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>

namespace cc::test {
namespace {

const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

// Runs `program` as the postgres user (initdb and the server refuse root).
QString asPostgres(const QString &program, const QStringList &arguments, int timeoutMs = 60000) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                   QStringLiteral("--"), program} +
                                           arguments);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit ||
        p.exitCode() != 0)
        return QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()));
    return {};
}

int freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

PostgresCluster::~PostgresCluster() {
    if (m_running)
        (void)stop(QStringLiteral("immediate"));
}

QString PostgresCluster::start(const QString &name) {
    m_name = name;
    if (!m_dir.isValid())
        return QStringLiteral("no temporary directory");
    // The directory and the socket directory belong to postgres.
    if (QProcess::execute(QStringLiteral("chown"),
                          {QStringLiteral("postgres:postgres"), m_dir.path()}) != 0)
        return QStringLiteral("cannot hand %1 to postgres (is postgresql-15 installed?)")
            .arg(m_dir.path());
    if (QString failed = asPostgres(
            kPgBin + QStringLiteral("initdb"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-U"),
             QStringLiteral("postgres"), QStringLiteral("-A"), QStringLiteral("trust"),
             QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")});
        !failed.isEmpty())
        return failed;
    m_port = freePort();
    if (QString failed = restart(); !failed.isEmpty())
        return failed;
    QProcess create;
    create.start(QStringLiteral("runuser"),
                 {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                  kPgBin + QStringLiteral("createdb"), QStringLiteral("-h"), m_dir.path(),
                  QStringLiteral("-p"), QString::number(m_port), name});
    if (!create.waitForFinished(30000) || create.exitCode() != 0)
        return QStringLiteral("createdb failed");
    if (psql(QStringLiteral("SELECT 1")).isNull())
        return QStringLiteral("psql cannot reach the cluster");
    return {};
}

QString PostgresCluster::pgCtl(const QStringList &arguments) const {
    return asPostgres(kPgBin + QStringLiteral("pg_ctl"),
                      QStringList{QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                                  QStringLiteral("-w"), QStringLiteral("-l"),
                                  m_dir.filePath(QStringLiteral("server.log"))} +
                          arguments);
}

QString PostgresCluster::restart() {
    const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses='' -c fsync=off "
                                           "-c max_connections=200")
                                .arg(m_dir.path())
                                .arg(m_port);
    QString failed = pgCtl({QStringLiteral("-o"), options, QStringLiteral("start")});
    m_running = failed.isEmpty();
    return failed;
}

QString PostgresCluster::stop(const QString &mode) {
    QString failed = pgCtl({QStringLiteral("-m"), mode, QStringLiteral("stop")});
    if (failed.isEmpty())
        m_running = false;
    return failed;
}

QString PostgresCluster::conninfo() const {
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=postgres connect_timeout=5")
        .arg(m_dir.path())
        .arg(m_port)
        .arg(m_name);
}

QString PostgresCluster::psql(const QString &sql) const {
    return runTool(QStringLiteral("psql"),
                   {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-v"),
                    QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), conninfo(),
                    QStringLiteral("-c"), sql})
        .trimmed();
}

QString openssl(const QString &dir, const QStringList &arguments) {
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), arguments);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("openssl %1: %2")
            .arg(arguments.value(0), QString::fromLocal8Bit(p.readAll()));
    return {};
}

QString makeCa(const QString &dir, const QString &name, const QString &subject) {
    return openssl(
        dir, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
              QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
              QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
              QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
              name + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("30"),
              QStringLiteral("-subj"), subject, QStringLiteral("-addext"),
              QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
              QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
}

QString TestPki::openssl(const QStringList &arguments) const {
    return test::openssl(m_dir.path(), arguments);
}

QString TestPki::make() {
    QFile server(path(QStringLiteral("server.ext")));
    QFile client(path(QStringLiteral("client.ext")));
    if (!server.open(QIODevice::WriteOnly) || !client.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write the extension files");
    server.write("extendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n");
    client.write("extendedKeyUsage=clientAuth\n");
    server.close();
    client.close();
    for (const QString &ca : {QStringLiteral("ca"), QStringLiteral("rogue")})
        if (QString failed =
                makeCa(m_dir.path(), ca, QStringLiteral("/CN=citizencard test %1").arg(ca));
            !failed.isEmpty())
            return failed;
    return station(QStringLiteral("server"));
}

QString TestPki::station(const QString &id, bool rogue) {
    const QString ca = rogue ? QStringLiteral("rogue") : QStringLiteral("ca");
    const QString stem = rogue ? id + QStringLiteral("-rogue") : id;
    const bool server = id == u"server";
    if (QString failed = openssl(
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), stem + QStringLiteral(".key"),
             QStringLiteral("-out"), stem + QStringLiteral(".csr"), QStringLiteral("-subj"),
             QStringLiteral("/CN=") + (server ? QStringLiteral("localhost") : id)});
        !failed.isEmpty())
        return failed;
    return openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    stem + QStringLiteral(".csr"), QStringLiteral("-CA"),
                    ca + QStringLiteral(".crt"), QStringLiteral("-CAkey"),
                    ca + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-sha256"),
                    QStringLiteral("-extfile"),
                    server ? QStringLiteral("server.ext") : QStringLiteral("client.ext"),
                    QStringLiteral("-out"), stem + QStringLiteral(".crt")});
}

CentralProcess::~CentralProcess() {
    stop();
}

QString CentralProcess::run(const QString &conninfo, const QStringList &arguments, int *exitCode) {
    QProcess p;
    p.setProgram(QStringLiteral(CITIZENCARD_CENTRAL));
    p.setArguments(arguments + QStringList{QStringLiteral("--database"), conninfo});
    p.start();
    const bool finished = p.waitForFinished(60000);
    if (exitCode)
        *exitCode = finished ? p.exitCode() : -1;
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString CentralProcess::start(const QString &conninfo, const TestPki &pki) {
    return serve(conninfo, {QStringLiteral("--certificate"), pki.path(QStringLiteral("server.crt")),
                            QStringLiteral("--key"), pki.path(QStringLiteral("server.key")),
                            QStringLiteral("--station-ca"), pki.path(QStringLiteral("ca.crt"))});
}

QString CentralProcess::start(const QString &conninfo, const QString &caDir,
                              const QStringList &more) {
    const QDir dir(caDir);
    const QStringList arguments{QStringLiteral("--certificate"),
                                dir.filePath(QStringLiteral("server.crt")),
                                QStringLiteral("--key"),
                                dir.filePath(QStringLiteral("server.key")),
                                QStringLiteral("--station-ca"),
                                dir.filePath(QStringLiteral("station-ca.crt")),
                                QStringLiteral("--station-ca-key"),
                                dir.filePath(QStringLiteral("station-ca.key")),
                                QStringLiteral("--hotlist-key"),
                                dir.filePath(QStringLiteral("hotlist-signing.key")),
                                QStringLiteral("--registry"),
                                QStringLiteral(CITIZENCARD_SOURCE_DIR "/demo/registry")};
    return serve(conninfo, arguments + more);
}

QString CentralProcess::serve(const QString &conninfo, const QStringList &tls) {
    if (run(conninfo, {QStringLiteral("migrate")}).isNull())
        return QStringLiteral("citizencard-central migrate failed");
    dieWithParent(m_process);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(CITIZENCARD_CENTRAL),
                    QStringList{QStringLiteral("serve"), QStringLiteral("--database"), conninfo,
                                QStringLiteral("--listen"),
                                m_port ? QStringLiteral("127.0.0.1:%1").arg(m_port)
                                       : QStringLiteral("127.0.0.1:0")} +
                        tls);
    // It prints the port once it is really listening.
    while (m_process.waitForReadyRead(15000) || m_process.canReadLine()) {
        const QByteArray line = m_process.readLine().trimmed();
        if (line.startsWith("listening on ")) {
            m_port = line.mid(line.lastIndexOf(':') + 1).toInt();
            return {};
        }
        if (m_process.state() != QProcess::Running)
            break;
    }
    return QStringLiteral("citizencard-central serve did not start");
}

void CentralProcess::kill() {
    m_process.kill();
    m_process.waitForFinished(5000);
}

void CentralProcess::stop() {
    if (m_process.state() != QProcess::NotRunning)
        stopChild(m_process);
}

} // namespace cc::test

namespace cc::test {

QString CentralWorld::start(const QStringList &serveArguments) {
    if (QString failed = postgres.start(); !failed.isEmpty())
        return failed;
    if (CentralProcess::run(postgres.conninfo(),
                            {QStringLiteral("ca"), QStringLiteral("init"), QStringLiteral("--dir"),
                             caDir(), QStringLiteral("--server-name"), QStringLiteral("127.0.0.1"),
                             QStringLiteral("--server-name"), QStringLiteral("localhost")})
            .isNull())
        return QStringLiteral("citizencard-central ca init failed");
    return central.start(postgres.conninfo(), caDir(), serveArguments);
}

QByteArray CentralWorld::caPem() const {
    QFile f(QDir(caDir()).filePath(QStringLiteral("station-ca.crt")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString CentralWorld::code(const QString &station) const {
    return CentralProcess::run(postgres.conninfo(),
                               {QStringLiteral("station"), QStringLiteral("enrol"),
                                QStringLiteral("--station"), station})
        .trimmed();
}

QString CentralWorld::enrol(StoreFixture &station, const Clock &clock) const {
    const QString url = central.url();
    const QByteArray ca = caPem();
    const Status enrolled =
        Enrolment(station.store(), station.audit(), clock)
            .run(station.admin(), url, ca, code(station.admin().stationId()),
                 [&](const EnrolRequest &r) { return HttpsTransport::enrol(url, ca, r); });
    return enrolled ? QString() : enrolled.error().toString();
}

std::unique_ptr<StoreFixture> CentralWorld::enrolled(const QString &id, const Clock &clock,
                                                     QString &failed) const {
    auto station = std::make_unique<StoreFixture>(clock, LockoutPolicy{}, id);
    failed = station->ok() ? enrol(*station, clock) : station->error();
    return failed.isEmpty() ? std::move(station) : nullptr;
}

std::unique_ptr<HttpsTransport> transportOf(StoreFixture &station, const Clock &clock) {
    Result<std::optional<SyncLink>> link =
        SyncLinks(station.store(), station.audit(), clock).load(station.admin());
    Result<std::unique_ptr<HttpsTransport>> transport =
        link && *link ? HttpsTransport::open(**link)
                      : Result<std::unique_ptr<HttpsTransport>>(
                            Error{ErrorCode::NotFound, QStringLiteral("not enrolled"), {}});
    if (!transport)
        qFatal("no transport for station %s: %s", qPrintable(station.admin().stationId()),
               qPrintable(transport.error().toString()));
    return std::move(transport).value();
}

QString appendEvents(StoreFixture &station, const Clock &clock, int count) {
    const QString id = station.admin().stationId();
    QList<SyncEvent> events;
    for (int i = 0; i < count; ++i)
        events.append(
            SyncEvent::cardStatusChanged(id + QStringLiteral("%1").arg(i, 12, 10, QLatin1Char('0')),
                                         CardStatus::Blocked, StatusReason::Lost));
    return appendOutbox(station, clock, events);
}

QString appendOutbox(StoreFixture &station, const Clock &clock, const QList<SyncEvent> &events) {
    Outbox outbox(station.store());
    const Status written = station.store().write([&](QSqlDatabase &db) -> Status {
        for (const SyncEvent &event : events)
            if (Status ok = outbox.append(db, clock.nowUtc().toString(Qt::ISODateWithMs), event);
                !ok)
                return ok;
        return station.audit().append(db,
                                      {QStringLiteral("admin"),
                                       QStringLiteral("test.append"),
                                       QStringLiteral("outbox:?"),
                                       QStringLiteral("ok"),
                                       {}},
                                      &station.admin());
    });
    return written ? QString() : written.error().toString();
}

} // namespace cc::test
