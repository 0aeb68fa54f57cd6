// Operator management on a real store: who may unlock, disable, reset a
// password and change a role; what each does to logins and keys; the audit.
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/station/session.h"

#include <QSqlQuery>
#include <QTest>

using cc::ErrorCode;
using cc::Role;

namespace {

QString errorOf(const cc::Status &s) {
    return s.ok() ? QString() : s.error().toString();
}

// The audit entries of `action`: "operator outcome detail", oldest first.
QStringList audited(cc::Store &store, const QString &action) {
    QSqlQuery q(store.connection());
    q.prepare("SELECT operator || ' ' || outcome || ' ' || coalesce(detail, '') FROM "
              "audit_entries WHERE action = ? ORDER BY seq");
    q.addBindValue(action);
    QStringList list;
    if (q.exec())
        while (q.next())
            list << q.value(0).toString().trimmed();
    return list;
}

// "ok", or the error code's name.
template<typename T> QString codeOf(const cc::Result<T> &s) {
    return s.ok() ? QStringLiteral("ok") : cc::errorCodeName(s.error().code);
}

QString nameOf(ErrorCode code) {
    return cc::errorCodeName(code);
}

} // namespace

class TestOperatorManagement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void whoMayManageWhom_data();
    void whoMayManageWhom();
    void disabledOperatorCannotLogIn();
    void reEnablingByTheFileBreaksTheSeal();
    void resetPasswordGivesNewKeys();
    void adminsResetWaitsForAGrant();
    void roleChangeMovesTheKey();
    void lastAdminStays();
    void listShowsStateAndNoSecrets();
};

void TestOperatorManagement::whoMayManageWhom_data() {
    QTest::addColumn<Role>("by");
    QTest::addColumn<Role>("target");
    QTest::addColumn<bool>("manageAllowed"); // unlock, disable, reset
    QTest::addColumn<bool>("roleAllowed");
    QTest::newRow("clerk → mobile") << Role::Clerk << Role::Mobile << false << false;
    QTest::newRow("supervisor → clerk") << Role::Supervisor << Role::Clerk << true << false;
    QTest::newRow("supervisor → mobile") << Role::Supervisor << Role::Mobile << true << false;
    QTest::newRow("supervisor → admin") << Role::Supervisor << Role::Admin << false << false;
    QTest::newRow("admin → clerk") << Role::Admin << Role::Clerk << true << true;
    QTest::newRow("admin → supervisor") << Role::Admin << Role::Supervisor << true << true;
}

void TestOperatorManagement::whoMayManageWhom() {
    QFETCH(Role, by);
    QFETCH(Role, target);
    QFETCH(bool, manageAllowed);
    QFETCH(bool, roleAllowed);
    ManualClock clock;
    StoreFixture f(clock);
    QVERIFY2(f.ok(), qPrintable(f.error()));
    // A second admin to be the target, so that the first stays.
    QVERIFY(f.accounts().addOperator(f.admin(), "admin2", Role::Admin, "pw-admin2").ok());
    const QString name = target == Role::Admin ? QStringLiteral("admin2")
                                               : (f.loginAs(target), cc::Roles::code(target));
    cc::Session loggedIn;
    if (by != Role::Admin)
        loggedIn = f.loginAs(by);
    cc::Session &actor = by == Role::Admin ? f.admin() : loggedIn;
    const QString denied = nameOf(ErrorCode::PermissionDenied);
    QCOMPARE(codeOf(f.accounts().unlockOperator(actor, name)),
             manageAllowed ? QStringLiteral("ok") : denied);
    QCOMPARE(codeOf(f.accounts().resetPassword(actor, name, "new password 1")),
             manageAllowed ? QStringLiteral("ok") : denied);
    QCOMPARE(codeOf(f.accounts().setDisabled(actor, name, true)),
             manageAllowed ? QStringLiteral("ok") : denied);
    const Role other = target == Role::Clerk ? Role::Mobile : Role::Clerk;
    QCOMPARE(codeOf(f.accounts().setRole(actor, name, other)),
             roleAllowed ? QStringLiteral("ok") : denied);
    // Every refusal and every change is in the audit log, by the actor.
    const QStringList resets = audited(f.store(), "operator.reset-password");
    QCOMPARE(resets.size(), 1);
    QVERIFY2(
        resets.first().startsWith(
            actor.username() + (manageAllowed ? QStringLiteral(" ok") : QStringLiteral(" denied"))),
        qPrintable(resets.first()));
    // And nobody manages their own account here.
    QCOMPARE(codeOf(f.accounts().setDisabled(f.admin(), "admin", true)), denied);
}

void TestOperatorManagement::disabledOperatorCannotLogIn() {
    ManualClock clock;
    StoreFixture f(clock);
    f.loginAs(Role::Clerk);
    cc::Session supervisor = f.loginAs(Role::Supervisor);
    QVERIFY2(f.accounts().setDisabled(supervisor, "clerk", true).ok(),
             qPrintable(errorOf(f.accounts().setDisabled(supervisor, "clerk", true))));
    QCOMPARE(codeOf(f.accounts().setDisabled(supervisor, "clerk", true)),
             nameOf(ErrorCode::AlreadyExists));
    const auto refused = f.accounts().login("clerk", StoreFixture::passwordOf("clerk"));
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(refused.error().message.contains("disabled"), qPrintable(refused.error().message));
    // A wrong password is told only that it is wrong.
    QCOMPARE(f.accounts().login("clerk", "wrong password").error().code,
             ErrorCode::AuthenticationFailed);
    QVERIFY(f.accounts().setDisabled(supervisor, "clerk", false).ok());
    QVERIFY(f.accounts().login("clerk", StoreFixture::passwordOf("clerk")).ok());
    QCOMPARE(audited(f.store(), "operator.disable"), QStringList{"supervisor ok role=clerk"});
    QCOMPARE(audited(f.store(), "operator.enable"), QStringList{"supervisor ok role=clerk"});
}

void TestOperatorManagement::reEnablingByTheFileBreaksTheSeal() {
    ManualClock clock;
    StoreFixture f(clock);
    f.loginAs(Role::Clerk);
    cc::Session supervisor = f.loginAs(Role::Supervisor);
    QVERIFY(f.accounts().setDisabled(supervisor, "clerk", true).ok());
    QSqlQuery q(f.store().connection());
    QVERIFY(q.exec("UPDATE operators SET disabled_at = NULL WHERE username = 'clerk'"));
    QCOMPARE(f.accounts().login("clerk", StoreFixture::passwordOf("clerk")).error().code,
             ErrorCode::IntegrityFailed);
}

void TestOperatorManagement::resetPasswordGivesNewKeys() {
    ManualClock clock;
    StoreFixture f(clock, {2, 3600});
    f.loginAs(Role::Clerk);
    cc::Session supervisor = f.loginAs(Role::Supervisor);
    (void)f.accounts().login("clerk", "wrong password");
    (void)f.accounts().login("clerk", "wrong password");
    QCOMPARE(f.accounts().login("clerk", StoreFixture::passwordOf("clerk")).error().code,
             ErrorCode::LockedOut);
    QCOMPARE(codeOf(f.accounts().resetPassword(supervisor, "clerk", "short")),
             nameOf(ErrorCode::BadValue));
    QVERIFY2(f.accounts().resetPassword(supervisor, "clerk", "a new password").ok(),
             qPrintable(errorOf(f.accounts().resetPassword(supervisor, "clerk", "x"))));
    QCOMPARE(f.accounts().login("clerk", StoreFixture::passwordOf("clerk")).error().code,
             ErrorCode::AuthenticationFailed);
    auto clerk = f.accounts().login("clerk", "a new password");
    QVERIFY2(clerk.ok(), qPrintable(clerk.ok() ? QString() : clerk.error().toString()));
    // A supervisor's reset keeps the access to personal data.
    QVERIFY(clerk->holdsPersonalData());
    QCOMPARE(audited(f.store(), "operator.reset-password").last(),
             QStringLiteral("supervisor ok data-access=kept"));
}

void TestOperatorManagement::adminsResetWaitsForAGrant() {
    ManualClock clock;
    StoreFixture f(clock);
    f.loginAs(Role::Clerk);
    QVERIFY(f.accounts().resetPassword(f.admin(), "clerk", "a new password").ok());
    auto clerk = f.accounts().login("clerk", "a new password");
    QVERIFY(clerk.ok());
    QVERIFY(!clerk->holdsPersonalData());
    cc::Session supervisor = f.loginAs(Role::Supervisor);
    QVERIFY(f.accounts().grantDataAccess(supervisor, "clerk").ok());
    QVERIFY(f.accounts().login("clerk", "a new password")->holdsPersonalData());
    QCOMPARE(audited(f.store(), "operator.reset-password"),
             QStringList{"admin ok data-access=pending"});
}

void TestOperatorManagement::roleChangeMovesTheKey() {
    ManualClock clock;
    StoreFixture f(clock);
    f.loginAs(Role::Clerk);
    QVERIFY(f.accounts().setRole(f.admin(), "clerk", Role::Supervisor).ok());
    auto promoted = f.accounts().login("clerk", StoreFixture::passwordOf("clerk"));
    QVERIFY(promoted.ok());
    QCOMPARE(promoted->role(), Role::Supervisor);
    QVERIFY(promoted->holdsPersonalData());
    QVERIFY(f.accounts().setRole(f.admin(), "clerk", Role::Admin).ok());
    auto admin = f.accounts().login("clerk", StoreFixture::passwordOf("clerk"));
    QVERIFY(admin.ok());
    QCOMPARE(admin->role(), Role::Admin);
    QVERIFY(!admin->holdsPersonalData());
    QCOMPARE(codeOf(f.accounts().setRole(f.admin(), "clerk", Role::Admin)),
             nameOf(ErrorCode::AlreadyExists));
    QCOMPARE(
        audited(f.store(), "operator.set-role"),
        (QStringList{"admin ok from=clerk to=supervisor", "admin ok from=supervisor to=admin"}));
    // The role edited in the file does not hold.
    QSqlQuery q(f.store().connection());
    QVERIFY(q.exec("UPDATE operators SET role = 'supervisor' WHERE username = 'clerk'"));
    QCOMPARE(f.accounts().login("clerk", StoreFixture::passwordOf("clerk")).error().code,
             ErrorCode::IntegrityFailed);
}

void TestOperatorManagement::lastAdminStays() {
    ManualClock clock;
    StoreFixture f(clock);
    QVERIFY(f.accounts().addOperator(f.admin(), "admin2", Role::Admin, "pw-admin2").ok());
    auto second = f.accounts().login("admin2", "pw-admin2");
    QVERIFY(second.ok());
    QVERIFY(f.accounts().setDisabled(*second, "admin", true).ok());
    // admin2 is now the only enabled admin: the first admin cannot demote it.
    QVERIFY(f.accounts().setDisabled(*second, "admin", false).ok());
    QVERIFY(f.accounts().setDisabled(f.admin(), "admin2", true).ok());
    const cc::Status last = f.accounts().setRole(*second, "admin", Role::Supervisor);
    QCOMPARE(codeOf(last), nameOf(ErrorCode::PermissionDenied));
    QVERIFY2(last.error().message.contains("last"), qPrintable(last.error().message));
}

void TestOperatorManagement::listShowsStateAndNoSecrets() {
    ManualClock clock;
    StoreFixture f(clock, {1, 3600});
    const cc::Session clerk = f.loginAs(Role::Clerk);
    f.loginAs(Role::Mobile);
    cc::Session supervisor = f.loginAs(Role::Supervisor);
    (void)f.accounts().login("clerk", "wrong password");
    QVERIFY(f.accounts().setDisabled(supervisor, "mobile", true).ok());
    QCOMPARE(codeOf(f.accounts().listOperators(clerk)), nameOf(ErrorCode::PermissionDenied));
    auto list = f.accounts().listOperators(f.admin());
    QVERIFY(list.ok());
    QStringList rows;
    for (const cc::OperatorInfo &o : *list)
        rows << QStringLiteral("%1 %2 %3%4%5")
                    .arg(o.username, cc::Roles::code(o.role), o.dataAccess ? "key" : "nokey",
                         o.disabled ? " disabled" : "",
                         o.lockedUntil > clock.nowUtc() ? " locked" : "");
    QCOMPARE(rows, (QStringList{"admin admin nokey", "clerk clerk key locked",
                                "mobile mobile key disabled", "supervisor supervisor key"}));
}

QTEST_GUILESS_MAIN(TestOperatorManagement)
#include "tst_operatormanagement.moc"
