// The store commands of the real citizencard-cli binary: store init / check,
// operator add, demo seed, applicant find and audit verify, with their exit
// codes (0 ok, 1 no, 2 usage or input error, 3 failure).
#include "demo/syntheticapplicants.h"

#include "core/station/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QMap<QString, QString> &env = {}) {
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove("CITIZENCARD_PASSWORD");
    e.remove("CITIZENCARD_NEW_PASSWORD");
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(CITIZENCARD_CLI, args);
    p.closeWriteChannel(); // a prompt reads an empty line, never hangs
    if (!p.waitForFinished(60000))
        qFatal("citizencard-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// store init reads both first passwords; other commands only the first.
const QMap<QString, QString> kAdmin{{"CITIZENCARD_PASSWORD", "admin password"},
                                    {"CITIZENCARD_SUPERVISOR_PASSWORD", "super password"}};
const QMap<QString, QString> kSupervisor{{"CITIZENCARD_PASSWORD", "super password"}};
const QMap<QString, QString> kClerk{{"CITIZENCARD_PASSWORD", "clerk password"}};
constexpr quint64 kSeed = 5;

} // namespace

class TestCliStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void initPrintsTheStation();
    void storeFilesAreOwnerOnly();
    void initRefusesAnExistingFile();
    void initNeedsAPrefixForNonNumericStations();
    void checkPasses();
    void checksDoNotWrite();
    void findOnADamagedFileWritesNothing();
    void checkListsADamagedFile();
    void twoInitsOnOnePathOneWins();
    void findSeededApplicant();
    void findAbsentApplicantIsNo();
    void findNeedsUserAndPassword_data();
    void findNeedsUserAndPassword();
    void adminDoesNotReadPersonalData();
    void adminsOperatorWaitsForAGrant();
    void clerkCannotAddOperators();
    void auditVerifyIntact();
    void missingStoreIsInputError();
    void newerSchemaIsRefused();
    void checkFindsBrokenAuditLog();

private:
    QTemporaryDir m_dir;
    QString m_db;
    Run m_init;
};

void TestCliStore::initTestCase() {
    m_db = m_dir.filePath("station.db");
    m_init = cli({"store", "init", "--db", m_db, "--station", "0301", "--admin", "root",
                  "--supervisor", "boss"},
                 kAdmin);
    QCOMPARE(m_init.exitCode, 0);
    QVERIFY2(m_init.out.contains("boss"), qPrintable(m_init.out));
    // A clerk the supervisor adds holds the data key at once.
    const Run add = cli(
        {"operator", "add", "--db", m_db, "--user", "boss", "--name", "clerk1", "--role", "clerk"},
        {{"CITIZENCARD_PASSWORD", "super password"},
         {"CITIZENCARD_NEW_PASSWORD", "clerk password"}});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QVERIFY2(!add.out.contains("operator grant"), qPrintable(add.out));
    const Run seed = cli({"demo", "seed", "--db", m_db, "--user", "clerk1", "--count", "25",
                          "--seed", QString::number(kSeed)},
                         kClerk);
    QVERIFY2(seed.exitCode == 0, qPrintable(seed.err));
    QVERIFY2(seed.out.contains("25"), qPrintable(seed.out));
}

void TestCliStore::storeFilesAreOwnerOnly() {
    // The test runs under the usual umask 022; the store must still be 0600.
    QVERIFY(QFile::exists(m_db));
    for (const QString &file : QStringList{m_db, m_db + "-wal", m_db + "-shm"}) {
        if (!QFile::exists(file))
            continue;
        const QFile::Permissions others =
            QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        QVERIFY2(!(QFile::permissions(file) & others), qPrintable(file));
    }
}

void TestCliStore::twoInitsOnOnePathOneWins() {
    // Both start at once; exactly one succeeds and its store is whole; the
    // other touches nothing (it used to delete the store it lost to).
    for (int round = 0; round < 5; ++round) {
        const QString path = m_dir.filePath(QString("race-%1.db").arg(round));
        QProcess a, b;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = kAdmin.begin(); it != kAdmin.end(); ++it)
            env.insert(it.key(), it.value());
        for (QProcess *p : {&a, &b})
            p->setProcessEnvironment(env);
        a.start(CITIZENCARD_CLI, {"store", "init", "--db", path, "--station", "0301", "--admin",
                                  "root", "--supervisor", "boss"});
        b.start(CITIZENCARD_CLI, {"store", "init", "--db", path, "--station", "0302", "--admin",
                                  "root", "--supervisor", "boss"});
        QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
        const int wins = (a.exitCode() == 0) + (b.exitCode() == 0);
        QCOMPARE(wins, 1);
        const QString winner = a.exitCode() == 0 ? "0301" : "0302";
        const Run check = cli({"store", "check", "--db", path, "--json"});
        QCOMPARE(check.exitCode, 0);
        const Run admin = cli({"audit", "verify", "--db", path, "--user", "root"}, kAdmin);
        QVERIFY2(admin.exitCode == 0, qPrintable(admin.out + admin.err));
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "race");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("SELECT station_id FROM station") && q.next());
        QCOMPARE(q.value(0).toString(), winner);
        q.finish();
        db.close();
        db = {};
        QSqlDatabase::removeDatabase("race");
        // No temporary left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({QString("race-%1.db.init-*").arg(round)}),
                 QStringList());
    }
}

void TestCliStore::checkListsADamagedFile() {
    const QString path = m_dir.filePath("damaged.db");
    QVERIFY(QFile::copy(m_db, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    for (qint64 page = 1; page * 4096 < file.size(); ++page) {
        file.seek(page * 4096 + 1);
        file.write(QByteArray(50, '\xff'));
    }
    file.close();
    const Run r = cli({"store", "check", "--db", path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("damaged") && r.out.contains("PROBLEMS FOUND"), qPrintable(r.out));
}

void TestCliStore::findOnADamagedFileWritesNothing() {
    // A page no login or lookup reads (the card number sequence) is smashed:
    // applicant find would work, and append its audit entries to the file.
    const QString path = m_dir.filePath("damaged-elsewhere.db");
    QVERIFY(QFile::copy(m_db, path));
    int rootPage = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "rootpage");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("SELECT rootpage FROM sqlite_schema WHERE name = 'card_number_sequences'"));
        QVERIFY(q.next());
        rootPage = q.value(0).toInt();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase("rootpage");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(qint64(rootPage - 1) * 4096));
    file.write(QByteArray(16, '\x7f'));
    file.close();
    const auto bytes = [&path] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    };
    const QByteArray before = bytes();
    const auto person = cc::SyntheticApplicants(kSeed).make(2, QDate::currentDate()).first;
    const Run r = cli(
        {"applicant", "find", "--db", path, "--user", "clerk1", "--id", person.nationalId}, kClerk);
    QCOMPARE(r.exitCode, 3); // the store failed, not the input
    QVERIFY2(r.err.contains("damaged") && r.err.contains("backup"), qPrintable(r.err));
    QVERIFY(!r.out.contains(person.name));
    QCOMPARE(bytes(), before);
    QVERIFY(!QFile::exists(path + "-wal") || QFileInfo(path + "-wal").size() == 0);
}

void TestCliStore::checksDoNotWrite() {
    // Without a login, store check and audit verify leave the file as they found it.
    const auto digest = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    };
    const QByteArray before = digest(m_db);
    QCOMPARE(cli({"store", "check", "--db", m_db}).exitCode, 0);
    QCOMPARE(cli({"audit", "verify", "--db", m_db}).exitCode, 0);
    QCOMPARE(digest(m_db), before);
    // An empty file stays empty (it used to become a schema-only store) and is named.
    const QString empty = m_dir.filePath("empty.db");
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    for (const QStringList &command :
         {QStringList{"store", "check"}, QStringList{"audit", "verify"}}) {
        const Run r = cli(command + QStringList{"--db", empty});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(QString(r.out + r.err).contains("not a citizencard store"),
                 qPrintable(r.out + r.err));
        QCOMPARE(QFileInfo(empty).size(), 0);
    }
}

void TestCliStore::initPrintsTheStation() {
    QVERIFY2(m_init.out.contains("0301 0000 0000 0014"), qPrintable(m_init.out));
    QVERIFY(m_init.out.contains("root"));
    QVERIFY(m_init.out.contains("scrypt N=32768"));
}

void TestCliStore::initRefusesAnExistingFile() {
    const QByteArray before = [&] {
        QFile f(m_db);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    const Run again = cli({"store", "init", "--db", m_db, "--station", "0302", "--admin", "x1",
                           "--supervisor", "boss"},
                          kAdmin);
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(m_db), qPrintable(again.err));
    QFile f(m_db);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestCliStore::initNeedsAPrefixForNonNumericStations() {
    const QString path = m_dir.filePath("named.db");
    const Run r = cli({"store", "init", "--db", path, "--station", "TY-ZL-01", "--admin", "root",
                       "--supervisor", "boss"},
                      kAdmin);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--card-prefix"));
    QVERIFY(!QFile::exists(path));
    const Run ok = cli({"store", "init", "--db", path, "--station", "TY-ZL-01", "--admin", "root",
                        "--supervisor", "boss", "--card-prefix", "0402"},
                       kAdmin);
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(ok.out.contains("0402 0000 0000 0012"));
    // 9000–9999 are the central service's blocks, whatever the station is called.
    const QString reserved = m_dir.filePath("reserved.db");
    const Run refused = cli({"store", "init", "--db", reserved, "--station", "9000", "--admin",
                             "root", "--supervisor", "boss"},
                            kAdmin);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("9000 to 9999"), qPrintable(refused.err));
    QVERIFY(!QFile::exists(reserved));
}

void TestCliStore::checkPasses() {
    const Run r = cli({"store", "check", "--db", m_db});
    QCOMPARE(r.exitCode, 0);
    const Run json = cli({"store", "check", "--db", m_db, "--json"});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value("ok").toBool(), true);
    QCOMPARE(o.value("schemaVersion").toInt(), cc::Store::kSchemaVersion);
    QVERIFY(o.value("auditEntries").toInt() >= 25);
}

void TestCliStore::findSeededApplicant() {
    const auto [person, application] = cc::SyntheticApplicants(kSeed).make(7, QDate::currentDate());
    const Run r = cli({"applicant", "find", "--db", m_db, "--user", "clerk1", "--id",
                       person.nationalId.toLower(), "--json"},
                      kClerk);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("nationalId").toString(), person.nationalId);
    QCOMPARE(o.value("name").toString(), person.name);
    QCOMPARE(o.value("address").toString(), person.address);
    QCOMPARE(o.value("applications").toArray().size(), 1);
    const Run text = cli(
        {"applicant", "find", "--db", m_db, "--user", "clerk1", "--id", person.nationalId}, kClerk);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(person.name));
}

void TestCliStore::findAbsentApplicantIsNo() {
    const Run r =
        cli({"applicant", "find", "--db", m_db, "--user", "clerk1", "--id", "A123456789"}, kClerk);
    QCOMPARE(r.exitCode, 1);
    const Run json =
        cli({"applicant", "find", "--db", m_db, "--user", "clerk1", "--id", "A123456789", "--json"},
            kClerk);
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.out.trimmed(), QString("null"));
}

void TestCliStore::findNeedsUserAndPassword_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    const QStringList base{"applicant", "find", "--db", "DB", "--id", "A123456789"};
    QTest::newRow("no user") << base << "clerk password"
                             << "--user";
    QTest::newRow("wrong password") << base + QStringList{"--user", "clerk1"} << "wrong password"
                                    << "password";
    QTest::newRow("no password") << base + QStringList{"--user", "clerk1"} << ""
                                 << "password";
    QTest::newRow("bad ID") << QStringList{"applicant", "find",       "--db",   "DB",
                                           "--id",      "A123456780", "--user", "clerk1"}
                            << "clerk password"
                            << "nationalId";
}

void TestCliStore::findNeedsUserAndPassword() {
    QFETCH(QStringList, args);
    QFETCH(QString, password);
    QFETCH(QString, message);
    args.replaceInStrings("DB", m_db);
    const Run r =
        cli(args, password.isEmpty() ? QMap<QString, QString>()
                                     : QMap<QString, QString>{{"CITIZENCARD_PASSWORD", password}});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty()); // nothing read
}

void TestCliStore::adminDoesNotReadPersonalData() {
    const auto person = cc::SyntheticApplicants(kSeed).make(3, QDate::currentDate()).first;
    const Run r = cli(
        {"applicant", "find", "--db", m_db, "--user", "root", "--id", person.nationalId}, kAdmin);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("may not take applications"), qPrintable(r.err));
    QVERIFY(!r.out.contains(person.name));
}

void TestCliStore::adminsOperatorWaitsForAGrant() {
    const auto person = cc::SyntheticApplicants(kSeed).make(3, QDate::currentDate()).first;
    const Run add = cli(
        {"operator", "add", "--db", m_db, "--user", "root", "--name", "clerk2", "--role", "clerk"},
        {{"CITIZENCARD_PASSWORD", "admin password"},
         {"CITIZENCARD_NEW_PASSWORD", "clerk2 password"}});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QVERIFY2(add.out.contains("operator grant"), qPrintable(add.out));
    const QStringList find{"applicant", "find",   "--db", m_db,
                           "--user",    "clerk2", "--id", person.nationalId};
    const QMap<QString, QString> clerk2{{"CITIZENCARD_PASSWORD", "clerk2 password"}};
    const Run before = cli(find, clerk2);
    QCOMPARE(before.exitCode, 2);
    QVERIFY2(before.err.contains("supervisor"), qPrintable(before.err));
    QVERIFY(!before.out.contains(person.name));
    const QStringList grant{"operator", "grant", "--db",   m_db,
                            "--user",   "root",  "--name", "clerk2"};
    QCOMPARE(cli(grant, kAdmin).exitCode, 2); // the admin who added it cannot
    QStringList bySupervisor = grant;
    bySupervisor[5] = "boss";
    const Run granted = cli(bySupervisor, kSupervisor);
    QVERIFY2(granted.exitCode == 0, qPrintable(granted.err));
    const Run after = cli(find, clerk2);
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    QVERIFY2(after.out.contains(person.name), qPrintable(after.out));
}

void TestCliStore::clerkCannotAddOperators() {
    const Run r = cli({"operator", "add", "--db", m_db, "--user", "clerk1", "--name", "boss",
                       "--role", "supervisor"},
                      {{"CITIZENCARD_PASSWORD", "clerk password"},
                       {"CITIZENCARD_NEW_PASSWORD", "boss password"}});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("Who may: Administrator"), qPrintable(r.err));
}

void TestCliStore::auditVerifyIntact() {
    const Run r = cli({"audit", "verify", "--db", m_db, "--json"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("intact").toBool(), true);
    QVERIFY(o.value("entries").toInt() > 25);
}

void TestCliStore::missingStoreIsInputError() {
    const QString path = m_dir.filePath("nothing-here.db");
    for (const QStringList &args : {QStringList{"store", "check", "--db", path},
                                    QStringList{"audit", "verify", "--db", path}}) {
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
    }
    QVERIFY(!QFile::exists(path));
}

void TestCliStore::newerSchemaIsRefused() {
    const QString path = m_dir.filePath("newer.db");
    QVERIFY(QFile::copy(m_db, path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QString("PRAGMA user_version = %1").arg(cc::Store::kSchemaVersion + 1));
    }
    QSqlDatabase::removeDatabase("raw");
    const Run r = cli({"store", "check", "--db", path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QString::number(cc::Store::kSchemaVersion + 1)) &&
                 r.err.contains("newer"),
             qPrintable(r.err));
}

void TestCliStore::checkFindsBrokenAuditLog() {
    const QString path = m_dir.filePath("tampered.db");
    QVERIFY(QFile::copy(m_db, path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec("DELETE FROM audit_entries WHERE seq = 4"));
    }
    QSqlDatabase::removeDatabase("raw");
    const Run r = cli({"store", "check", "--db", path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("Entry 4"), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliStore)
#include "tst_clistore.moc"
