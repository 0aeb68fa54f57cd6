// The Debian packages for real, on this machine (root; CI runs as root): both
// built with CPack from this build tree, checked with lintian (no error;
// warnings listed), the desktop entry and AppStream metainfo validated; the
// station package of the previous version installed, a store made with it
// and left at the previous schema, the newer package installed over it, and
// the store migrated on first open with its operators kept; the CLI's
// version and the GUI offscreen to its login window from /usr/bin; the
// centre package's conffile and its first-run migrate against PostgreSQL;
// both removed at the end, the station's data left in place.
#include "tests/support/centralpeers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QMap<QString, QString> &env = {},
        int timeoutMs = 600000) {
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert("DEBIAN_FRONTEND", "noninteractive");
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(program, args);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, program + " did not finish"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString what(const Run &r) {
    return QString("exit %1\n%2\n%3").arg(r.exitCode).arg(r.out.right(3000), r.err.right(3000));
}

const QString kVersion = QStringLiteral(CITIZENCARD_VERSION);
const QString kPrevious = kVersion + QStringLiteral("~previous");

} // namespace

class TestPackages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void lintianFindsNoError();
    void desktopEntryAndMetainfoValidate();
    void upgradeKeepsTheStore();
    void installedProgramsRun();
    void centreMigratesOnFirstRun();

private:
    QString deb(const QString &version, const QString &package) const {
        const QDir dir(m_dir.filePath(version));
        const QStringList found = dir.entryList({package + "_*.deb"}, QDir::Files);
        return found.isEmpty() ? QString() : dir.filePath(found.first());
    }
    Run cli(const QStringList &args) {
        return run("/usr/bin/citizencard-cli", args,
                   {{"CITIZENCARD_PASSWORD", "it-admin password"},
                    {"CITIZENCARD_SUPERVISOR_PASSWORD", "chief password"}});
    }
    QString sqlite(const QString &sql) { return run("sqlite3", {m_store, sql}).out.trimmed(); }

    QTemporaryDir m_dir;
    QString m_store;
    bool m_installed = false;
};

void TestPackages::initTestCase() {
    if (::geteuid() != 0)
        QSKIP("installs packages into this machine: run as root (CI does)");
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath("station/station.db");
    QVERIFY(QDir().mkpath(m_dir.filePath("station")));
    // The newer package and the one before it, from the same build.
    for (const QString &version : {kVersion, kPrevious}) {
        const Run packed =
            run("cpack", {"--config", CITIZENCARD_BUILD_DIR "/CPackConfig.cmake", "-G", "DEB", "-B",
                          m_dir.filePath(version), "-D", "CPACK_PACKAGE_VERSION=" + version});
        QVERIFY2(packed.exitCode == 0, qPrintable(what(packed)));
        QVERIFY2(!deb(version, "citizencard").isEmpty(), qPrintable(packed.out));
        QVERIFY2(!deb(version, "citizencard-central").isEmpty(), qPrintable(packed.out));
    }
}

void TestPackages::cleanupTestCase() {
    if (!m_installed)
        return;
    const Run removed = run("apt-get", {"purge", "-y", "-q", "citizencard", "citizencard-central"});
    QVERIFY2(removed.exitCode == 0, qPrintable(what(removed)));
    QVERIFY(!QFile::exists("/usr/bin/citizencard"));
    QVERIFY(!QFile::exists("/usr/bin/citizencard-central"));
    QVERIFY(QFile::exists(m_store)); // the station's data is not the package's
}

void TestPackages::lintianFindsNoError() {
    const Run lint = run(
        "lintian", {"--info", deb(kVersion, "citizencard"), deb(kVersion, "citizencard-central")});
    QStringList errors, warnings;
    for (const QString &line : lint.out.split('\n')) {
        if (line.startsWith("E: "))
            errors << line;
        else if (line.startsWith("W: "))
            warnings << line;
    }
    for (const QString &w : warnings)
        qInfo().noquote() << w;
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    QVERIFY2(lint.exitCode == 0 || !warnings.isEmpty(), qPrintable(what(lint)));
}

void TestPackages::desktopEntryAndMetainfoValidate() {
    const QString tree = m_dir.filePath("unpacked");
    const Run unpacked = run("dpkg-deb", {"-x", deb(kVersion, "citizencard"), tree});
    QVERIFY2(unpacked.exitCode == 0, qPrintable(what(unpacked)));
    const Run desktop = run("desktop-file-validate",
                            {tree + "/usr/share/applications/tw.citizencard.Station.desktop"});
    QVERIFY2(desktop.exitCode == 0 && desktop.out.trimmed().isEmpty(), qPrintable(what(desktop)));
    const Run appstream = run("appstreamcli", {"validate", "--no-net", "--pedantic",
                                               tree + "/usr/share/metainfo/"
                                                      "tw.citizencard.Station.metainfo.xml"});
    QVERIFY2(appstream.exitCode == 0, qPrintable(what(appstream)));
    QVERIFY(
        QFile::exists(tree + "/usr/share/icons/hicolor/256x256/apps/tw.citizencard.Station.png"));
    QVERIFY(QFile::exists(tree + "/usr/lib/citizencard/citizencard-devices.so"));
}

void TestPackages::upgradeKeepsTheStore() {
    const Run older = run("apt-get", {"install", "-y", "-q", "--no-install-recommends",
                                      deb(kPrevious, "citizencard")});
    m_installed = true;
    QVERIFY2(older.exitCode == 0, qPrintable(what(older)));
    QCOMPARE(run("dpkg-query", {"-W", "-f=${Version}", "citizencard"}).out, kPrevious);
    const Run made = cli({"store", "init", "--db", m_store, "--station", "0301", "--admin",
                          "it-admin", "--supervisor", "chief"});
    QVERIFY2(made.exitCode == 0, qPrintable(what(made)));
    // The store as the previous schema left it: migration 12 undone.
    const int current = sqlite("PRAGMA user_version").toInt();
    QCOMPARE(current, 12); // a new schema version: undo its migration here too
    QCOMPARE(sqlite("DROP INDEX audit_card_status_changes; DROP INDEX attempts_by_card_number; "
                    "DROP INDEX cards_by_issued_on; CREATE INDEX cards_by_issued_on ON "
                    "cards(issued_on); PRAGMA user_version = 11; PRAGMA user_version"),
             QString("11"));

    const Run newer = run("apt-get", {"install", "-y", "-q", "--no-install-recommends",
                                      deb(kVersion, "citizencard")});
    QVERIFY2(newer.exitCode == 0, qPrintable(what(newer)));
    QCOMPARE(run("dpkg-query", {"-W", "-f=${Version}", "citizencard"}).out, kVersion);
    const Run listed = cli({"operator", "list", "--db", m_store, "--user", "it-admin", "--json"});
    QVERIFY2(listed.exitCode == 0, qPrintable(what(listed)));
    QVERIFY2(listed.out.contains("\"chief\""), qPrintable(listed.out));
    QCOMPARE(sqlite("PRAGMA user_version").toInt(), current);
    QCOMPARE(sqlite("SELECT count(*) FROM sqlite_master WHERE name IN "
                    "('audit_card_status_changes', 'attempts_by_card_number')"),
             QString("2"));
    QVERIFY(sqlite("SELECT sql FROM sqlite_master WHERE name = 'cards_by_issued_on'")
                .contains("card_number"));
    const Run checked = cli({"store", "check", "--db", m_store});
    QVERIFY2(checked.exitCode == 0, qPrintable(what(checked)));
}

void TestPackages::installedProgramsRun() {
    const Run version = run("/usr/bin/citizencard-cli", {"--version"});
    QCOMPARE(version.out.trimmed(), "citizencard-cli " + kVersion);
    const Run gui = run("/usr/bin/citizencard", {"--db", m_store, "--quit-when-shown"},
                        {{"QT_QPA_PLATFORM", "offscreen"}}, 120000);
    QVERIFY2(gui.out.contains("shown"), qPrintable(what(gui)));
    QVERIFY2(gui.exitCode == 0, qPrintable(what(gui)));
    // Started from the menu (no --db) before IT made the store: it says where
    // the store goes and how to make it.
    const QString home = m_dir.filePath("home");
    QVERIFY(QDir().mkpath(home));
    const Run first =
        run("/usr/bin/citizencard", {"--quit-when-shown"},
            {{"QT_QPA_PLATFORM", "offscreen"}, {"HOME", home}, {"XDG_DATA_HOME", ""}}, 120000);
    QCOMPARE(first.exitCode, 3);
    QVERIFY2(first.err.contains(home + "/.local/share/citizencard/station.db") &&
                 first.err.contains("citizencard-cli store init"),
             qPrintable(what(first)));
}

void TestPackages::centreMigratesOnFirstRun() {
    const Run installed = run("apt-get", {"install", "-y", "-q", "--no-install-recommends",
                                          deb(kVersion, "citizencard-central")});
    QVERIFY2(installed.exitCode == 0, qPrintable(what(installed)));
    QVERIFY(QFile::exists("/etc/citizencard/central.conf"));
    QVERIFY(QFile::exists("/lib/systemd/system/citizencard-central.service"));
    QVERIFY2(run("dpkg-query", {"-W", "-f=${Conffiles}", "citizencard-central"})
                 .out.contains("/etc/citizencard/central.conf"),
             "central.conf is not a conffile");
    QCOMPARE(QFile::permissions("/etc/citizencard/central.conf"),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                 QFileDevice::WriteUser);
    // Every key and certificate the unit hands the service is a file that
    // `ca init` writes.
    const QString ca = m_dir.filePath("ca");
    const Run made = run("/usr/bin/citizencard-central",
                         {"ca", "init", "--dir", ca, "--server-name", "localhost"});
    QVERIFY2(made.exitCode == 0, qPrintable(what(made)));
    QFile unit("/lib/systemd/system/citizencard-central.service");
    QVERIFY(unit.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(unit.readAll());
    const QRegularExpression credential("^LoadCredential=[^:]+:/etc/citizencard/central/(\\S+)$",
                                        QRegularExpression::MultilineOption);
    int credentials = 0;
    for (auto it = credential.globalMatch(text); it.hasNext(); ++credentials) {
        const QString file = it.next().captured(1);
        QVERIFY2(QFile::exists(QDir(ca).filePath(file)), qPrintable(file));
    }
    QCOMPARE(credentials, 5);
    cc::test::PostgresCluster postgres;
    QCOMPARE(postgres.start("central"), QString());
    // What the unit's ExecStartPre runs, from /usr/bin.
    const Run migrated = run("/usr/bin/citizencard-central", {"migrate"},
                             {{"CITIZENCARD_CENTRAL_DATABASE", postgres.conninfo()}});
    QVERIFY2(migrated.exitCode == 0 && migrated.out.startsWith("schema version "),
             qPrintable(what(migrated)));
    const Run again = run("/usr/bin/citizencard-central", {"migrate"},
                          {{"CITIZENCARD_CENTRAL_DATABASE", postgres.conninfo()}});
    QCOMPARE(again.out, migrated.out); // a no-op the second time
}

QTEST_MAIN(TestPackages)
#include "tst_packages.moc"
