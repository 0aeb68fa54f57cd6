// Operators, passwords, lockout and who holds which key, on a real store.
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/crypto/keybox.h"
#include "core/station/applicants.h"
#include "core/station/seals.h"
#include "core/station/session.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using cc::ErrorCode;
using cc::Role;

namespace {

cc::PersonData somebody() {
    return {"A123456789",
            "王小明",
            "WANG, HSIAO-MING",
            QDate(1950, 3, 1),
            "桃園市桃園區中正路1號",
            "0912-345-678",
            QByteArray("\x89PNG fake photo bytes")};
}

QString errorOf(const cc::Status &s) {
    return s.ok() ? QString() : s.error().toString();
}

} // namespace

class TestAccounts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void adminIsLoggedInAfterSetup();
    void setupRefusesBadInput_data();
    void setupRefusesBadInput();
    void setupOnlyOnce();
    void loginAndWrongPassword();
    void unknownOperatorIsNotNamed();
    void lockoutAfterRepeatedFailures();
    void lockoutEndsAfterItsDuration();
    void concurrentTriesEachCount();
    void supervisorUnlocksClerk();
    void lockoutPolicyIsConfigurable();
    void newOperatorReadsDataOfOthers();
    void adminHoldsNoDataKey();
    void adminsPasswordOpensNoGrant();
    void operatorAnAdminAddedWaitsForAGrant();
    void swappedPublicKeyShowsAtLogin();
    void passwordChangeRewrapsTheKey();
    void lockedSessionReadsNothing();
    void sharedCopyKeepsItsKeysThroughALock();
    void calibrationTargetsTheCost();
    void passwordHashStoresItsParameters();
};

void TestAccounts::adminIsLoggedInAfterSetup() {
    ManualClock clock;
    StoreFixture f(clock);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QVERIFY(f.admin().isUnlocked());
    QCOMPARE(f.admin().role(), Role::Admin);
    QCOMPARE(f.admin().stationId(), QString("0301"));
}

void TestAccounts::setupRefusesBadInput_data() {
    QTest::addColumn<QString>("station");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("supervisor");
    QTest::addColumn<QString>("supervisorPassword");
    QTest::addColumn<QString>("where");
    QTest::newRow("station with space") << "03 01"
                                        << "0301"
                                        << "admin"
                                        << "long enough"
                                        << "boss"
                                        << "long enough 2"
                                        << "03 01";
    QTest::newRow("prefix letters") << "TY-01"
                                    << "TY01"
                                    << "admin"
                                    << "long enough"
                                    << "boss"
                                    << "long enough 2"
                                    << "TY01";
    QTest::newRow("user with space") << "0301"
                                     << "0301"
                                     << "ad min"
                                     << "long enough"
                                     << "boss"
                                     << "long enough 2"
                                     << "ad min";
    QTest::newRow("short password") << "0301"
                                    << "0301"
                                    << "admin"
                                    << "short"
                                    << "boss"
                                    << "long enough 2"
                                    << "";
    QTest::newRow("supervisor with space") << "0301"
                                           << "0301"
                                           << "admin"
                                           << "long enough"
                                           << "bo ss"
                                           << "long enough 2"
                                           << "bo ss";
    QTest::newRow("short supervisor password") << "0301"
                                               << "0301"
                                               << "admin"
                                               << "long enough"
                                               << "boss"
                                               << "short"
                                               << "";
    // Admins hold no data key: the first supervisor is someone else.
    QTest::newRow("supervisor is the admin") << "0301"
                                             << "0301"
                                             << "admin"
                                             << "long enough"
                                             << "ADMIN"
                                             << "long enough 2"
                                             << "ADMIN";
}

void TestAccounts::setupRefusesBadInput() {
    QFETCH(QString, station);
    QFETCH(QString, prefix);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, supervisor);
    QFETCH(QString, supervisorPassword);
    QFETCH(QString, where);
    ManualClock clock;
    QTemporaryDir dir;
    auto store = cc::Store::create(dir.filePath("s.db"));
    QVERIFY(store.ok());
    cc::AuditLog audit(**store, clock);
    cc::Accounts accounts(**store, audit, clock);
    auto s = accounts.initialiseStation({station,
                                         prefix,
                                         user,
                                         password,
                                         supervisor,
                                         supervisorPassword,
                                         StoreFixture::kCheapScrypt,
                                         {}});
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::BadValue);
    QCOMPARE(s.error().where, where);
}

void TestAccounts::setupOnlyOnce() {
    ManualClock clock;
    StoreFixture f(clock);
    auto again = f.accounts().initialiseStation({"0302",
                                                 "0302",
                                                 "other",
                                                 "long enough",
                                                 "boss",
                                                 "long enough 2",
                                                 StoreFixture::kCheapScrypt,
                                                 {}});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
}

void TestAccounts::loginAndWrongPassword() {
    ManualClock clock;
    StoreFixture f(clock);
    auto ok = f.accounts().login("ADMIN", StoreFixture::passwordOf("admin"));
    QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().toString()));
    QCOMPARE(ok->username(), QString("admin"));
    auto wrong = f.accounts().login("admin", "not the password");
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, ErrorCode::AuthenticationFailed);
}

void TestAccounts::unknownOperatorIsNotNamed() {
    ManualClock clock;
    StoreFixture f(clock);
    auto s = f.accounts().login("typed-my-password-here", "whatever1");
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::AuthenticationFailed);
    QSqlDatabase db = f.store().connection();
    QSqlQuery q(db);
    QVERIFY(q.exec("SELECT count(*) FROM audit_entries WHERE operator LIKE '%typed%' OR object "
                   "LIKE '%typed%' OR detail LIKE '%typed%'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestAccounts::lockoutAfterRepeatedFailures() {
    ManualClock clock;
    StoreFixture f(clock, {3, 600});
    f.loginAs(Role::Clerk);
    for (int i = 0; i < 3; ++i) {
        auto s = f.accounts().login("clerk", "wrong password");
        QCOMPARE(s.error().code, ErrorCode::AuthenticationFailed);
    }
    // Now even the right password is refused, with the reason.
    auto locked = f.accounts().login("clerk", StoreFixture::passwordOf("clerk"));
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().code, ErrorCode::LockedOut);
    QCOMPARE(locked.error().where, QString("clerk"));
}

void TestAccounts::lockoutEndsAfterItsDuration() {
    ManualClock clock;
    StoreFixture f(clock, {2, 600});
    f.loginAs(Role::Clerk);
    (void)f.accounts().login("clerk", "wrong password");
    (void)f.accounts().login("clerk", "wrong password");
    clock.advanceSeconds(599);
    QCOMPARE(f.accounts().login("clerk", StoreFixture::passwordOf("clerk")).error().code,
             ErrorCode::LockedOut);
    clock.advanceSeconds(1);
    QVERIFY(f.accounts().login("clerk", StoreFixture::passwordOf("clerk")).ok());
    // The count starts again from zero after a successful login.
    (void)f.accounts().login("clerk", "wrong password");
    QVERIFY(f.accounts().login("clerk", StoreFixture::passwordOf("clerk")).ok());
}

void TestAccounts::concurrentTriesEachCount() {
    // Twenty wrong tries at once: the policy allows five password checks, so
    // five run and fifteen meet the lock, whichever order the threads take;
    // then the right password is refused too, until the lock ends.
    ManualClock clock;
    StoreFixture f(clock, {5, 600});
    f.loginAs(cc::Role::Clerk);
    std::vector<std::thread> tries;
    std::atomic<int> loggedIn = 0;
    for (int i = 0; i < 20; ++i)
        tries.emplace_back([&] {
            if (f.accounts().login("clerk", "wrong password").ok())
                ++loggedIn;
        });
    for (std::thread &t : tries)
        t.join();
    QCOMPARE(loggedIn.load(), 0);
    QSqlQuery q(f.store().connection());
    QVERIFY(q.exec("SELECT outcome, count(*) FROM audit_entries WHERE action = 'auth.login' "
                   "AND object = 'operator:clerk' AND outcome <> 'ok' GROUP BY outcome"));
    QMap<QString, int> outcomes;
    while (q.next())
        outcomes[q.value(0).toString()] = q.value(1).toInt();
    QCOMPARE(outcomes.value("failed"), 5);
    QCOMPARE(outcomes.value("locked-out"), 15);
    QCOMPARE(f.accounts().login("clerk", StoreFixture::passwordOf("clerk")).error().code,
             cc::ErrorCode::LockedOut);
}

void TestAccounts::supervisorUnlocksClerk() {
    ManualClock clock;
    StoreFixture f(clock, {1, 3600});
    f.loginAs(Role::Clerk);
    cc::Session supervisor = f.loginAs(Role::Supervisor);
    (void)f.accounts().login("clerk", "wrong password");
    QCOMPARE(f.accounts().login("clerk", StoreFixture::passwordOf("clerk")).error().code,
             ErrorCode::LockedOut);
    QVERIFY2(f.accounts().unlockOperator(supervisor, "clerk").ok(),
             qPrintable(errorOf(f.accounts().unlockOperator(supervisor, "clerk"))));
    QVERIFY(f.accounts().login("clerk", StoreFixture::passwordOf("clerk")).ok());
}

void TestAccounts::lockoutPolicyIsConfigurable() {
    ManualClock clock;
    StoreFixture f(clock);
    f.loginAs(Role::Clerk);
    QVERIFY(f.accounts().setLockoutPolicy(f.admin(), {1, 60}).ok());
    (void)f.accounts().login("clerk", "wrong password");
    QCOMPARE(f.accounts().login("clerk", StoreFixture::passwordOf("clerk")).error().code,
             ErrorCode::LockedOut);
    const cc::Status bad = f.accounts().setLockoutPolicy(f.admin(), {0, 60});
    QCOMPARE(bad.error().code, ErrorCode::BadValue);
}

void TestAccounts::newOperatorReadsDataOfOthers() {
    ManualClock clock;
    StoreFixture f(clock);
    cc::Applicants applicants(f.store(), f.audit(), clock);
    cc::Session clerk = f.loginAs(Role::Clerk);
    QVERIFY(applicants.submit(clerk, somebody(), {}).ok());
    // A mobile operator added later, by a supervisor, gets a working copy of the key.
    cc::Session mobile = f.loginAs(Role::Mobile);
    auto found = applicants.findByNationalId(mobile, "a123456789");
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
    QVERIFY(found->has_value());
    QCOMPARE((*found)->person, somebody());
}

void TestAccounts::adminHoldsNoDataKey() {
    ManualClock clock;
    StoreFixture f(clock);
    QVERIFY(f.admin().isUnlocked());
    QVERIFY(!f.admin().holdsPersonalData());
    auto admin = f.accounts().login("admin", StoreFixture::passwordOf("admin"));
    QVERIFY(admin.ok());
    QVERIFY(!admin->holdsPersonalData());
    QVERIFY(admin->dataKey().isEmpty());
    QCOMPARE(admin->seal("x", "persons/1/name").error().code, ErrorCode::PermissionDenied);
    // The admin still does an admin's work with the integrity key alone.
    QVERIFY(f.accounts().setLockoutPolicy(*admin, {7, 60}).ok());
    QVERIFY2(f.accounts().addOperator(*admin, "boss2", Role::Supervisor, "long enough").ok(),
             "admin adds a supervisor");
    // And the file refuses a grant written to an admin's row.
    QSqlQuery q(f.store().connection());
    QVERIFY(!q.exec("UPDATE operators SET data_grant = x'00' WHERE username = 'admin'"));
}

// The attack of the issue: the admin's password and the file, and a short
// script. What the password opens (the integrity key, the key pair's private
// half) opens no grant in the file, so no personal data.
void TestAccounts::adminsPasswordOpensNoGrant() {
    ManualClock clock;
    StoreFixture f(clock);
    QSqlQuery q(f.store().connection());
    QVERIFY(q.exec("SELECT id, salt, box_private FROM operators WHERE username = 'admin'"));
    QVERIFY(q.next());
    const qint64 adminId = q.value(0).toLongLong();
    const auto derived =
        cc::Crypto::scrypt(StoreFixture::passwordOf("admin").toUtf8(), q.value(1).toByteArray(),
                           StoreFixture::kCheapScrypt, 64);
    QVERIFY(derived.ok());
    const QByteArray kek = derived->mid(32);
    const auto adminPrivate = cc::Crypto::open(
        kek, q.value(2).toByteArray(), cc::Session::fieldAad("operators", adminId, "box_private"));
    QVERIFY2(adminPrivate.ok(), "the script does open what the admin's password seals");
    QVERIFY(q.exec("SELECT id, data_grant FROM operators WHERE data_grant IS NOT NULL"));
    int grants = 0;
    while (q.next()) {
        ++grants;
        const auto opened = cc::KeyBox::open(
            *adminPrivate, q.value(1).toByteArray(),
            cc::Session::fieldAad("operators", q.value(0).toLongLong(), "data_grant"));
        QVERIFY(!opened.ok());
    }
    QCOMPARE(grants, 1); // the first supervisor's
}

void TestAccounts::operatorAnAdminAddedWaitsForAGrant() {
    ManualClock clock;
    StoreFixture f(clock);
    cc::Applicants applicants(f.store(), f.audit(), clock);
    cc::Session clerk = f.loginAs(Role::Clerk);
    QVERIFY(applicants.submit(clerk, somebody(), {}).ok());
    QVERIFY(f.accounts().addOperator(f.admin(), "newcomer", Role::Clerk, "long enough").ok());
    QVERIFY(!cc::Accounts::grantsOnAdd(f.admin(), Role::Clerk));

    auto before = f.accounts().login("newcomer", "long enough");
    QVERIFY(before.ok());
    QVERIFY(!before->holdsPersonalData());
    auto refused = applicants.findByNationalId(*before, "A123456789");
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);

    // Four eyes: not the admin who made the account, not a clerk; a supervisor.
    QCOMPARE(f.accounts().grantDataAccess(f.admin(), "newcomer").error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(f.accounts().grantDataAccess(clerk, "newcomer").error().code,
             ErrorCode::PermissionDenied);
    cc::Session supervisor = f.loginAs(Role::Supervisor);
    QCOMPARE(f.accounts().grantDataAccess(supervisor, "admin").error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(f.accounts().grantDataAccess(supervisor, "nobody").error().code, ErrorCode::NotFound);
    QVERIFY(f.accounts().grantDataAccess(supervisor, "newcomer").ok());
    QCOMPARE(f.accounts().grantDataAccess(supervisor, "newcomer").error().code,
             ErrorCode::AlreadyExists);

    auto after = f.accounts().login("newcomer", "long enough");
    QVERIFY(after.ok());
    QVERIFY(after->holdsPersonalData());
    auto found = applicants.findByNationalId(*after, "A123456789");
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE((*found)->person, somebody());
    // A password change keeps the grant (it is sealed to the key pair).
    QVERIFY(f.accounts().changePassword(*after, "long enough", "longer still").ok());
    auto changed = f.accounts().login("newcomer", "longer still");
    QVERIFY(changed.ok() && changed->holdsPersonalData());
}

// Someone who holds the integrity key (an admin) swaps an operator's public
// key for their own and seals the row again: the seal passes, and the
// operator's next login still refuses, since the key no longer matches the
// private half the operator's password opens.
void TestAccounts::swappedPublicKeyShowsAtLogin() {
    ManualClock clock;
    StoreFixture f(clock);
    f.loginAs(Role::Clerk);
    const cc::Status swapped = f.store().write([&](QSqlDatabase &db) -> cc::Status {
        QSqlQuery q(db);
        if (!q.exec("UPDATE operators SET box_public = (SELECT box_public FROM operators WHERE "
                    "username = 'admin') WHERE username = 'clerk'"))
            return cc::Error{ErrorCode::StoreFailed, q.lastError().text(), {}};
        q.exec("SELECT id FROM operators WHERE username = 'clerk'");
        q.next();
        return cc::Seals::sealOperator(f.store(), db, f.admin(), q.value(0).toLongLong());
    });
    QVERIFY2(swapped.ok(), qPrintable(errorOf(swapped)));
    const auto login = f.accounts().login("clerk", StoreFixture::passwordOf("clerk"));
    QVERIFY(!login.ok());
    QCOMPARE(login.error().code, ErrorCode::IntegrityFailed);
}

void TestAccounts::passwordChangeRewrapsTheKey() {
    ManualClock clock;
    StoreFixture f(clock);
    cc::Applicants applicants(f.store(), f.audit(), clock);
    cc::Session clerk = f.loginAs(Role::Clerk);
    QVERIFY(applicants.submit(clerk, somebody(), {}).ok());
    QCOMPARE(f.accounts().changePassword(clerk, "wrong old one", "new password 1").error().code,
             ErrorCode::AuthenticationFailed);
    QVERIFY(f.accounts()
                .changePassword(clerk, StoreFixture::passwordOf("clerk"), "new password 1")
                .ok());
    QCOMPARE(f.accounts().login("clerk", StoreFixture::passwordOf("clerk")).error().code,
             ErrorCode::AuthenticationFailed);
    auto again = f.accounts().login("clerk", "new password 1");
    QVERIFY(again.ok());
    auto found = applicants.findByNationalId(*again, "A123456789");
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE((*found)->person.name, QString("王小明"));
}

void TestAccounts::lockedSessionReadsNothing() {
    ManualClock clock;
    StoreFixture f(clock);
    cc::Applicants applicants(f.store(), f.audit(), clock);
    cc::Session clerk = f.loginAs(Role::Clerk);
    QVERIFY(applicants.submit(clerk, somebody(), {}).ok());
    f.accounts().logout(clerk);
    QVERIFY(!clerk.isUnlocked());
    QVERIFY(clerk.dataKey().isEmpty());
    auto found = applicants.findByNationalId(clerk, "A123456789");
    QVERIFY(!found.ok());
    QCOMPARE(found.error().code, ErrorCode::NotLoggedIn);
}

void TestAccounts::sharedCopyKeepsItsKeysThroughALock() {
    // A worker's copy (Session::share) reads on while the GUI's session is
    // locked; each copy's lock wipes only its own keys.
    ManualClock clock;
    StoreFixture f(clock);
    cc::Applicants applicants(f.store(), f.audit(), clock);
    cc::Session clerk = f.loginAs(Role::Clerk);
    QVERIFY(applicants.submit(clerk, somebody(), {}).ok());
    cc::Session worker = clerk.share();
    QCOMPARE(worker.username(), clerk.username());
    QCOMPARE(worker.role(), clerk.role());
    f.accounts().logout(clerk);
    QVERIFY(!clerk.isUnlocked());
    QVERIFY(worker.isUnlocked());
    auto found = applicants.findByNationalId(worker, "A123456789");
    QVERIFY2(found.ok(), qPrintable(found ? QString() : found.error().toString()));
    QVERIFY(found->has_value());
    QCOMPARE((*found)->person.name, somebody().name);
    // A locked session shares nothing.
    QVERIFY(!clerk.share().isUnlocked());
    worker.lock();
    QVERIFY(!worker.isUnlocked());
}

void TestAccounts::calibrationTargetsTheCost() {
    const cc::ScryptParams p = cc::Accounts::calibrate(std::chrono::milliseconds(100));
    QCOMPARE(p.n, std::uint64_t(1) << 15);
    QVERIFY(p.r >= 8 && p.r <= 64);
    QCOMPARE(p.p, 1u);
}

void TestAccounts::passwordHashStoresItsParameters() {
    ManualClock clock;
    StoreFixture f(clock);
    QSqlDatabase db = f.store().connection();
    QSqlQuery q(db);
    QVERIFY(q.exec("SELECT scrypt_n, scrypt_r, scrypt_p, length(salt), length(verifier), "
                   "length(integrity_key), length(box_private), length(box_public), "
                   "length(wrapped_key), data_grant IS NULL FROM operators WHERE username = "
                   "'admin'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toULongLong(), StoreFixture::kCheapScrypt.n);
    QCOMPARE(q.value(1).toUInt(), StoreFixture::kCheapScrypt.r);
    QCOMPARE(q.value(2).toUInt(), StoreFixture::kCheapScrypt.p);
    QCOMPARE(q.value(3).toInt(), 16);
    QCOMPARE(q.value(4).toInt(), 32);
    QCOMPARE(q.value(5).toInt(), 12 + 32 + 16); // nonce, key, tag
    QCOMPARE(q.value(6).toInt(), 12 + 32 + 16);
    QCOMPARE(q.value(7).toInt(), 32);
    QCOMPARE(q.value(8).toInt(), 0); // versions 1-3's password-wrapped data key: gone
    QVERIFY(q.value(9).toBool());
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
