// The operator commands of the real citizencard-cli binary: list, unlock,
// disable, enable, reset-password and set-role, who may run each, and the
// audit entries they leave.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QString &password, const QString &newPassword = {}) {
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert("CITIZENCARD_PASSWORD", password);
    e.insert("CITIZENCARD_SUPERVISOR_PASSWORD", "super password");
    if (newPassword.isEmpty())
        e.remove("CITIZENCARD_NEW_PASSWORD");
    else
        e.insert("CITIZENCARD_NEW_PASSWORD", newPassword);
    p.setProcessEnvironment(e);
    p.start(CITIZENCARD_CLI, args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("citizencard-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCliOperators : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void supervisorUnlocksAndListShowsIt();
    void disableStopsTheLogin();
    void resetPasswordAndRole();
    void clerkManagesNobody_data();
    void clerkManagesNobody();
    void displayNameAndOffice();

private:
    QStringList on(const QString &user, const QString &name) const {
        return {"--db", m_db, "--user", user, "--name", name};
    }
    // The operators as `operator list --json` gives them, by name.
    QJsonObject listed(const QString &name);
    QStringList audited(const QString &action);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliOperators::initTestCase() {
    m_db = m_dir.filePath("station.db");
    const Run init = cli({"store", "init", "--db", m_db, "--station", "0301", "--admin", "root",
                          "--supervisor", "boss"},
                         "admin password");
    QCOMPARE(init.exitCode, 0);
    for (const QString &name : {QStringLiteral("clerk1"), QStringLiteral("clerk2")}) {
        const Run add = cli(
            {"operator", "add", "--db", m_db, "--user", "boss", "--name", name, "--role", "clerk"},
            "super password", "clerk password");
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    }
}

QJsonObject TestCliOperators::listed(const QString &name) {
    const Run list =
        cli({"operator", "list", "--db", m_db, "--user", "boss", "--json"}, "super password");
    if (list.exitCode != 0)
        qWarning("%s", qPrintable(list.err));
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out.toUtf8()).array())
        if (v["username"].toString() == name)
            return v.toObject();
    return {};
}

QStringList TestCliOperators::audited(const QString &action) {
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "audit");
        db.setDatabaseName(m_db);
        db.setConnectOptions("QSQLITE_OPEN_READONLY");
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare("SELECT operator || ' ' || object || ' ' || outcome FROM audit_entries "
                      "WHERE action = ? ORDER BY seq");
            q.addBindValue(action);
            q.exec();
            while (q.next())
                rows << q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase("audit");
    return rows;
}

void TestCliOperators::supervisorUnlocksAndListShowsIt() {
    for (int i = 0; i < 5; ++i)
        QCOMPARE(cli({"applicant", "find", "--db", m_db, "--user", "clerk1", "--id", "A123456789"},
                     "wrong password")
                     .exitCode,
                 2);
    const Run locked =
        cli({"applicant", "find", "--db", m_db, "--user", "clerk1", "--id", "A123456789"},
            "clerk password");
    QCOMPARE(locked.exitCode, 2);
    QVERIFY2(locked.err.contains("supervisor can unlock"), qPrintable(locked.err));
    QVERIFY(!listed("clerk1")["lockedUntil"].toString().isEmpty());
    const Run text = cli({"operator", "list", "--db", m_db, "--user", "boss"}, "super password");
    QVERIFY2(text.out.contains("clerk1\tClerk\tlocked until"), qPrintable(text.out));

    const Run unlock =
        cli(QStringList{"operator", "unlock"} + on("boss", "clerk1"), "super password");
    QVERIFY2(unlock.exitCode == 0, qPrintable(unlock.err));
    QVERIFY(listed("clerk1")["lockedUntil"].toString().isEmpty());
    QCOMPARE(cli({"applicant", "find", "--db", m_db, "--user", "clerk1", "--id", "A123456789"},
                 "clerk password")
                 .exitCode,
             1); // logged in; nobody of that number
    QCOMPARE(audited("operator.unlock"), QStringList{"boss operator:clerk1 ok"});
}

void TestCliOperators::disableStopsTheLogin() {
    QCOMPARE(
        cli(QStringList{"operator", "disable"} + on("boss", "clerk2"), "super password").exitCode,
        0);
    QCOMPARE(listed("clerk2")["disabled"].toBool(), true);
    const Run refused =
        cli({"applicant", "find", "--db", m_db, "--user", "clerk2", "--id", "A123456789"},
            "clerk password");
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("disabled"), qPrintable(refused.err));
    QCOMPARE(
        cli(QStringList{"operator", "enable"} + on("root", "clerk2"), "admin password").exitCode,
        0);
    QCOMPARE(listed("clerk2")["disabled"].toBool(), false);
    QCOMPARE(audited("operator.disable"), QStringList{"boss operator:clerk2 ok"});
    QCOMPARE(audited("operator.enable"), QStringList{"root operator:clerk2 ok"});
}

void TestCliOperators::resetPasswordAndRole() {
    const Run reset = cli(QStringList{"operator", "reset-password"} + on("root", "clerk2"),
                          "admin password", "fresh password");
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
    // An admin's reset: the new password logs in, and personal data waits for a grant.
    QCOMPARE(listed("clerk2")["dataAccess"].toBool(), false);
    const Run old =
        cli({"applicant", "find", "--db", m_db, "--user", "clerk2", "--id", "A123456789"},
            "clerk password");
    QCOMPARE(old.exitCode, 2);
    QCOMPARE(
        cli(QStringList{"operator", "grant"} + on("boss", "clerk2"), "super password").exitCode, 0);
    QCOMPARE(cli({"applicant", "find", "--db", m_db, "--user", "clerk2", "--id", "A123456789"},
                 "fresh password")
                 .exitCode,
             1);

    const Run bad = cli(QStringList{"operator", "set-role"} + on("root", "clerk2") +
                            QStringList{"--role", "boss"},
                        "admin password");
    QCOMPARE(bad.exitCode, 2);
    const Run promote = cli(QStringList{"operator", "set-role"} + on("root", "clerk2") +
                                QStringList{"--role", "supervisor"},
                            "admin password");
    QVERIFY2(promote.exitCode == 0, qPrintable(promote.err));
    QCOMPARE(listed("clerk2")["role"].toString(), QStringLiteral("supervisor"));
    // A supervisor may not change roles.
    const Run byBoss = cli(QStringList{"operator", "set-role"} + on("boss", "clerk1") +
                               QStringList{"--role", "supervisor"},
                           "super password");
    QCOMPARE(byBoss.exitCode, 2);
    QVERIFY2(byBoss.err.contains("Who may: Administrator"), qPrintable(byBoss.err));
}

void TestCliOperators::clerkManagesNobody_data() {
    QTest::addColumn<QString>("command");
    for (const char *c : {"unlock", "disable", "enable", "reset-password"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestCliOperators::clerkManagesNobody() {
    QFETCH(QString, command);
    const Run r = cli(QStringList{"operator", command} + on("clerk1", "boss"), "clerk password",
                      "other password");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("may not"), qPrintable(r.err));
    const Run list = cli({"operator", "list", "--db", m_db, "--user", "clerk1"}, "clerk password");
    QCOMPARE(list.exitCode, 2);
}

// What receipts print: the name a clerk signs with (set by a supervisor), the
// office (set by an admin only); both audited, bad values refused.
void TestCliOperators::displayNameAndOffice() {
    const Run named = cli(QStringList{"operator", "set-display-name"} + on("boss", "clerk1") +
                              QStringList{"--display-name", QString::fromUtf8("陳 美玲 ")},
                          "super password");
    QVERIFY2(named.exitCode == 0, qPrintable(named.err));
    QCOMPARE(listed("clerk1")["displayName"].toString(), QString::fromUtf8("陳 美玲"));
    QCOMPARE(audited("operator.display-name"), QStringList{"boss operator:clerk1 ok"});
    const Run tooLong = cli(QStringList{"operator", "set-display-name"} + on("boss", "clerk1") +
                                QStringList{"--display-name", QString(41, QLatin1Char('x'))},
                            "super password");
    QCOMPARE(tooLong.exitCode, 2);

    const QStringList office = {"station",   "office",
                                "--db",      m_db,
                                "--name",    QString::fromUtf8("桃園區戶政事務所"),
                                "--address", QString::fromUtf8("桃園市桃園區縣府路 1 號"),
                                "--phone",   "03-332-2101"};
    const Run byBoss = cli(office + QStringList{"--user", "boss"}, "super password");
    QCOMPARE(byBoss.exitCode, 2);
    QVERIFY2(byBoss.err.contains("Who may: Administrator"), qPrintable(byBoss.err));
    const Run byRoot = cli(office + QStringList{"--user", "root"}, "admin password");
    QVERIFY2(byRoot.exitCode == 0, qPrintable(byRoot.err));
    QVERIFY2(byRoot.out.contains(QString::fromUtf8("桃園區戶政事務所")), qPrintable(byRoot.out));
    QCOMPARE(audited("station.office"), (QStringList{"boss station denied", "root station ok"}));
    const Run twoLines =
        cli({"station", "office", "--db", m_db, "--user", "root", "--name", "Office\nInjected"},
            "admin password");
    QCOMPARE(twoLines.exitCode, 2); // one line on the receipt
    const Run control = cli({"station", "office", "--db", m_db, "--user", "root", "--name",
                             QString("Office") + QChar(0x07)},
                            "admin password");
    QCOMPARE(control.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliOperators)
#include "tst_clioperators.moc"
