// A user with sqlite3 and the file, but no password: each edit of the rows
// that decide who may do what, and each way of emptying, shortening or
// rolling back the audit log (the chain re-tagged with the key the file
// holds, as someone who read the format would), is refused at the next login
// and listed by "citizencard-cli store check --user".
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/crypto/crypto.h"
#include "core/station/applicants.h"
#include "core/station/storecheck.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QtEndian>

using cc::ErrorCode;
using cc::Role;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
};

Run cli(const QStringList &args, const QString &password) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("CITIZENCARD_PASSWORD", password);
    p.setProcessEnvironment(env);
    p.start(CITIZENCARD_CLI, args);
    if (!p.waitForFinished(30000))
        qFatal("citizencard-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

bool rawSql(const QString &path, const QStringList &statements, QString &failed) {
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "tamper");
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(sql)) {
                failed = sql + ": " + q.lastError().text();
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase("tamper");
    return ok;
}

// What someone who read auditlog.cpp does after cutting the log: re-tag the
// head with the chain key the station row holds.
QStringList retagHead(const QString &path) {
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "retag");
    db.setDatabaseName(path);
    QStringList sql;
    if (db.open()) {
        QSqlQuery q(db);
        q.exec("SELECT audit_key, audit_head_seq, audit_head_mac FROM station");
        q.next();
        QByteArray message("head");
        for (const QByteArray &field :
             {QByteArray::number(q.value(1).toLongLong()), q.value(2).toByteArray()}) {
            char length[4];
            qToBigEndian(quint32(field.size()), length);
            message.append(length, 4).append(field);
        }
        const QByteArray tag = cc::Crypto::hmacSha256(q.value(0).toByteArray(), message);
        sql << QString("UPDATE station SET audit_head_tag = x'%1'").arg(QString(tag.toHex()));
    }
    db = {};
    QSqlDatabase::removeDatabase("retag");
    return sql;
}

const cc::PersonData kPerson{"A123456789", "王小明", {}, QDate(1950, 3, 1), {}, {}, {}};
const cc::PersonData kLater{"B223456782", "林淑芬", {}, QDate(1988, 7, 9), {}, {}, {}};

const QString kCutTail = "DELETE FROM audit_entries WHERE seq > (SELECT max(seq) - 3 FROM "
                         "audit_entries)";
const QString kRewindHead = "UPDATE station SET audit_head_seq = (SELECT max(seq) FROM "
                            "audit_entries), audit_head_mac = (SELECT mac FROM audit_entries "
                            "ORDER BY seq DESC LIMIT 1)";

} // namespace

class TestStoreTamper : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tamper_data();
    void tamper();
    void untouchedStorePasses();
    void damagedPageStopsWriting();
};

void TestStoreTamper::tamper_data() {
    QTest::addColumn<QStringList>("statements"); // BACKUP is the copy made mid-way
    QTest::addColumn<bool>("retag");
    QTest::addColumn<bool>("chainAloneSees"); // without the key, audit verify notices
    QTest::addColumn<QString>("adminSees");   // in store check --user admin

    QTest::newRow("wipe the log")
        << QStringList{"DELETE FROM audit_entries",
                       "UPDATE station SET audit_head_seq = 0, audit_head_mac = x'', "
                       "audit_head_tag = NULL"}
        << false << true << "emptied";
    QTest::newRow("truncate the tail, head re-tagged")
        << QStringList{kCutTail, kRewindHead} << true << false << "audit_entries";
    QTest::newRow("roll back to a backup's head")
        << QStringList{"ATTACH 'BACKUP' AS b",
                       "DELETE FROM audit_entries WHERE seq > (SELECT audit_head_seq FROM "
                       "b.station)",
                       "UPDATE station SET (audit_head_seq, audit_head_mac, audit_head_tag, "
                       "anchor_seq, anchor_mac, anchor_outbox, anchor_operators, anchor_tag) = "
                       "(SELECT audit_head_seq, audit_head_mac, audit_head_tag, anchor_seq, "
                       "anchor_mac, anchor_outbox, anchor_operators, anchor_tag FROM b.station)"}
        << false << false << "older log";
    QTest::newRow("clerk made supervisor")
        << QStringList{"UPDATE operators SET role = 'supervisor' WHERE username = 'clerk'"} << false
        << false << "operators:3";
    QTest::newRow("clerk given the supervisor's seal")
        << QStringList{"UPDATE operators SET role = 'supervisor', seal = (SELECT seal FROM "
                       "operators WHERE username = 'supervisor') WHERE username = 'clerk'"}
        << false << false << "operators:3";
    // Which key pair a grant is sealed to is part of the seal.
    QTest::newRow("clerk's public key swapped for the admin's")
        << QStringList{"UPDATE operators SET box_public = (SELECT box_public FROM operators "
                       "WHERE username = 'admin') WHERE username = 'clerk'"}
        << false << false << "operators:3";
    QTest::newRow("station ID changed")
        << QStringList{"UPDATE station SET station_id = '0302'"} << false << false << "station";
    QTest::newRow("lockout loosened")
        << QStringList{"UPDATE station SET lockout_failures = 100"} << false << false << "station";
}

void TestStoreTamper::tamper() {
    QFETCH(QStringList, statements);
    QFETCH(bool, retag);
    QFETCH(bool, chainAloneSees);
    QFETCH(QString, adminSees);
    ManualClock clock;
    StoreFixture f(clock);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    {
        cc::Session clerk = f.loginAs(Role::Clerk);
        QVERIFY(cc::Applicants(f.store(), f.audit(), clock).submit(clerk, kPerson, {}).ok());
        f.accounts().logout(clerk);
    }
    // The backup, then a day's more work: an operator added, an applicant.
    f.close();
    const QString backup = f.dir() + "/backup.db";
    QVERIFY(QFile::copy(f.path(), backup));
    f.reopen();
    {
        cc::Session mobile = f.loginAs(Role::Mobile);
        QVERIFY(cc::Applicants(f.store(), f.audit(), clock).submit(mobile, kLater, {}).ok());
        f.accounts().logout(mobile);
    }
    f.close();
    QString failed;
    QVERIFY2(rawSql(f.path(), statements.replaceInStrings("BACKUP", backup), failed),
             qPrintable(failed));
    if (retag)
        QVERIFY2(rawSql(f.path(), retagHead(f.path()), failed), qPrintable(failed));
    f.reopen();

    // What the file alone shows: a wipe, not a consistent rewrite.
    const auto chain = f.audit().verify();
    QVERIFY(chain.ok());
    QCOMPARE(chain->firstBadEntry.has_value(), chainAloneSees);

    // The next login refuses it, naming the problem.
    const auto clerk = f.accounts().login("clerk", StoreFixture::passwordOf("clerk"));
    QVERIFY(!clerk.ok());
    QCOMPARE(clerk.error().code, ErrorCode::IntegrityFailed);

    // And store check with a login lists it.
    f.close();
    const Run check = cli({"store", "check", "--db", f.path(), "--user", "admin"},
                          StoreFixture::passwordOf("admin"));
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains(adminSees), qPrintable(check.out));
}

void TestStoreTamper::untouchedStorePasses() {
    ManualClock clock;
    StoreFixture f(clock);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    cc::Applicants applicants(f.store(), f.audit(), clock);
    cc::Session clerk = f.loginAs(Role::Clerk);
    QVERIFY(applicants.submit(clerk, kPerson, {}).ok());
    // A locked session's refusal follows the anchor without a key: allowed.
    clerk.lock();
    QCOMPARE(applicants.submit(clerk, kLater, {}).error().code, ErrorCode::NotLoggedIn);
    QVERIFY(!f.accounts().login("clerk", "wrong password").ok());
    cc::Session admin = f.loginAs(Role::Admin);
    const auto report = cc::StoreCheck::run(f.store(), f.audit(), &admin);
    QVERIFY(report.ok());
    QVERIFY2(report->ok(), qPrintable(report->problems.join("; ")));
    QVERIFY(report->keyed);
    f.close();
    const Run check = cli({"store", "check", "--db", f.path(), "--user", "admin"},
                          StoreFixture::passwordOf("admin"));
    QVERIFY2(check.exitCode == 0, qPrintable(check.out));
}

// A damaged page the open does not read (a person's row): the lookup that
// reads it fails, and from then on nothing more is written through the store.
void TestStoreTamper::damagedPageStopsWriting() {
    ManualClock clock;
    StoreFixture f(clock);
    {
        cc::Applicants applicants(f.store(), f.audit(), clock);
        cc::Session clerk = f.loginAs(Role::Clerk);
        QVERIFY(applicants.submit(clerk, kPerson, {}).ok());
    }
    f.close();
    int rootPage = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "root");
        db.setDatabaseName(f.path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("SELECT rootpage FROM sqlite_schema WHERE name = 'persons'") && q.next());
        rootPage = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase("root");
    QFile file(f.path());
    QVERIFY(file.open(QIODevice::ReadWrite) && file.seek(qint64(rootPage - 1) * 4096));
    file.write(QByteArray(8, '\x7f'));
    file.close();

    f.reopen();
    cc::Applicants applicants(f.store(), f.audit(), clock);
    cc::Session clerk = f.loginAs(Role::Clerk);
    QVERIFY(clerk.isUnlocked());
    const auto entries = [&f] {
        QSqlQuery q(f.store().connection());
        q.exec("SELECT count(*) FROM audit_entries");
        q.next();
        return q.value(0).toInt();
    };
    const int before = entries();
    const auto found = applicants.findByNationalId(clerk, "A123456789");
    QVERIFY(!found.ok());
    QCOMPARE(found.error().code, ErrorCode::StoreFailed);
    QVERIFY2(found.error().message.contains("backup"), qPrintable(found.error().message));
    const auto submitted = applicants.submit(clerk, kLater, {});
    QVERIFY(!submitted.ok());
    QCOMPARE(submitted.error().code, ErrorCode::StoreFailed);
    const auto again = f.accounts().login("clerk", StoreFixture::passwordOf("clerk"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::StoreFailed);
    QCOMPARE(entries(), before);
}

QTEST_GUILESS_MAIN(TestStoreTamper)
#include "tst_storetamper.moc"
