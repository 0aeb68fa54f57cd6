#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace cc::test {

// A throwaway PostgreSQL 15 cluster (docs/testing.md): initdb as the
// postgres user in a private directory, listening on a Unix socket only.
class PostgresCluster {
public:
    ~PostgresCluster();
    // initdb, start, and create the database `name`; an empty string on
    // success, else what failed.
    QString start(const QString &name = QStringLiteral("central"));
    // pg_ctl stop in `mode` (fast, immediate) and start again.
    QString stop(const QString &mode = QStringLiteral("fast"));
    QString restart();
    // The libpq connection string of the database.
    QString conninfo() const;
    // psql -At -c `sql` on the database; its output, or a null string.
    QString psql(const QString &sql) const;

private:
    QString pgCtl(const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QString m_name;
    int m_port = 0;
    bool m_running = false;
};

// Runs the openssl CLI in `dir`: an empty string on success, else what it said.
QString openssl(const QString &dir, const QStringList &arguments);
// A self-signed test CA (P-256), `name`.key and `name`.crt in `dir`.
QString makeCa(const QString &dir, const QString &name, const QString &subject);

// The city's certificates, made with the openssl CLI at test time: a
// station CA, the service's certificate (localhost, 127.0.0.1), station
// certificates (CN = station ID), and a rogue CA's station certificate.
class TestPki {
public:
    QString make(); // an empty string on success
    QString path(const QString &file) const { return m_dir.filePath(file); }
    // A station key and certificate signed by the city CA (or by the rogue
    // CA): path("ID.key"), path("ID.crt").
    QString station(const QString &id, bool rogue = false);

private:
    QString openssl(const QStringList &arguments) const;
    QTemporaryDir m_dir;
};

// citizencard-central serving on a free port of 127.0.0.1 (after migrate).
class CentralProcess {
public:
    ~CentralProcess();
    QString start(const QString &conninfo, const TestPki &pki);
    // With the files `citizencard-central ca init` wrote into `caDir`; this
    // process enrols stations, signs the hotlist, and answers registry
    // lookups from the demo registry (demo/registry).
    QString start(const QString &conninfo, const QString &caDir, const QStringList &more = {});
    void kill(); // SIGKILL, as a crash
    void stop();
    int port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    // Runs citizencard-central with `arguments` against the database; its
    // standard output, or a null string when it failed.
    static QString run(const QString &conninfo, const QStringList &arguments,
                       int *exitCode = nullptr);

private:
    QString serve(const QString &conninfo, const QStringList &tls);
    QProcess m_process;
    int m_port = 0;
};

} // namespace cc::test

class StoreFixture;

namespace cc {
class Clock;
class HttpsTransport;
struct SyncEvent;
} // namespace cc

namespace cc::test {

// The centre a test talks to: a throwaway PostgreSQL, the city CA that
// `citizencard-central ca init` made, and the central process serving with
// it (so it enrols stations).
class CentralWorld {
public:
    // An empty string on success; `serveArguments` are added to serve's.
    QString start(const QStringList &serveArguments = {});
    PostgresCluster postgres;
    CentralProcess central;

    QString caDir() const { return m_ca.filePath(QStringLiteral("ca")); }
    QByteArray caPem() const;
    // A new one-time code for `station` (citizencard-central station enrol).
    QString code(const QString &station) const;
    // Enrols `station` (as its admin) with a new code; an empty string on success.
    QString enrol(StoreFixture &station, const Clock &clock) const;
    // A new station store `id`, enrolled; null with `failed` set when not.
    std::unique_ptr<StoreFixture> enrolled(const QString &id, const Clock &clock,
                                           QString &failed) const;

private:
    QTemporaryDir m_ca;
};

// The station's transport to the centre, on its link as its admin loads it
// (the test stops when there is none).
std::unique_ptr<HttpsTransport> transportOf(StoreFixture &station, const Clock &clock);

// Appends `count` events to the station's outbox with the keyed audit entry
// the program writes beside them (a login checks the two agree).
QString appendEvents(StoreFixture &station, const Clock &clock, int count);
// The same for the events given.
QString appendOutbox(StoreFixture &station, const Clock &clock, const QList<SyncEvent> &events);

} // namespace cc::test
