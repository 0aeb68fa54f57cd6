// Role checks live in the use cases: every action is tried through the
// use-case API by every role, against a real store. The expected table is
// written out here on its own, not derived from the code under test.
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/station/applicants.h"
#include "core/station/batches.h"
#include "core/station/production.h"
#include "core/station/stock.h"

#include <QSqlQuery>
#include <QTest>

#include <functional>

using cc::ErrorCode;
using cc::Role;

namespace {

cc::PersonData person(const QString &id) {
    return {id, "陳美玲", {}, QDate(1980, 5, 17), {}, {}, {}};
}

// Everything an action may need, prepared by other operators beforehand.
struct World {
    ManualClock clock;
    StoreFixture fixture{clock};
    cc::Applicants applicants{fixture.store(), fixture.audit(), clock};
    cc::Production production{fixture.store(), fixture.audit(), clock};
    cc::Batches batches{fixture.store(), fixture.audit(), clock};
    cc::Stock stock{fixture.store(), fixture.audit(), clock};
    qint64 applicationId = 0;
    qint64 submittedBatch = 0;

    World() {
        cc::Session mobile = fixture.loginAs(Role::Mobile);
        applicationId = applicants.submit(mobile, person("B223456782"), {}).value();
        submittedBatch = batches.create(mobile, "market day").value();
        cc::ApplicationData inBatch;
        inBatch.batchId = submittedBatch;
        (void)applicants.submit(mobile, person("A123456789"), inBatch).value();
        if (!batches.submit(mobile, submittedBatch).ok())
            qFatal("cannot submit the batch");
        fixture.accounts().logout(mobile);
    }
};

using Action = std::function<cc::Status(World &, const cc::Session &)>;

template<typename T> cc::Status status(const cc::Result<T> &r) {
    return r.ok() ? cc::Status(cc::Done{}) : cc::Status(r.error());
}

const QMap<QString, Action> &actions() {
    static const QMap<QString, Action> map = {
        {"submit application",
         [](World &w, const cc::Session &s) {
             return status(w.applicants.submit(s, person("A123456789"), {}));
         }},
        {"find applicant",
         [](World &w, const cc::Session &s) {
             return status(w.applicants.findByNationalId(s, "B223456782"));
         }},
        {"begin production",
         [](World &w, const cc::Session &s) {
             return status(w.production.begin(s, w.applicationId, cc::Carrier::EasyCard));
         }},
        {"create batch",
         [](World &w, const cc::Session &s) { return status(w.batches.create(s, "school")); }},
        {"approve batch",
         [](World &w, const cc::Session &s) { return w.batches.approve(s, w.submittedBatch); }},
        {"reject batch",
         [](World &w, const cc::Session &s) {
             return w.batches.reject(s, w.submittedBatch, "photos missing");
         }},
        {"receive stock",
         [](World &w, const cc::Session &s) {
             return w.stock.receive(s, cc::Carrier::IPass, 500, "delivery 42");
         }},
        {"add clerk",
         [](World &w, const cc::Session &s) {
             return w.fixture.accounts().addOperator(s, "new-clerk", Role::Clerk, "long enough");
         }},
        {"add supervisor",
         [](World &w, const cc::Session &s) {
             return w.fixture.accounts().addOperator(s, "new-sup", Role::Supervisor, "long enough");
         }},
        {"unlock clerk",
         [](World &w, const cc::Session &s) {
             return w.fixture.accounts().unlockOperator(s, "mobile");
         }},
        {"set lockout policy",
         [](World &w, const cc::Session &s) {
             return w.fixture.accounts().setLockoutPolicy(s, {3, 300});
         }},
    };
    return map;
}

int deniedEntries(StoreFixture &f) {
    QSqlDatabase db = f.store().connection();
    QSqlQuery q(db);
    q.exec("SELECT count(*) FROM audit_entries WHERE outcome = 'denied'");
    q.next();
    return q.value(0).toInt();
}

} // namespace

class TestRoles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matrix_data();
    void matrix();
    void fourEyesOnBatches();
    void lockedSessionIsRefused();
};

void TestRoles::matrix_data() {
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    // clerk, mobile, supervisor, admin
    const QList<std::pair<QString, std::array<bool, 4>>> table = {
        {"submit application", {true, true, true, false}},
        {"find applicant", {true, true, true, false}},
        {"begin production", {true, true, true, false}},
        {"create batch", {true, true, true, false}},
        {"approve batch", {false, false, true, false}},
        {"reject batch", {false, false, true, false}},
        {"receive stock", {false, false, true, true}},
        {"add clerk", {false, false, true, true}},
        {"add supervisor", {false, false, false, true}},
        {"unlock clerk", {false, false, true, true}},
        {"set lockout policy", {false, false, false, true}},
    };
    const Role roles[] = {Role::Clerk, Role::Mobile, Role::Supervisor, Role::Admin};
    for (const auto &[action, allowed] : table)
        for (int i = 0; i < 4; ++i)
            QTest::addRow("%s by %s", qPrintable(action), qPrintable(cc::Roles::code(roles[i])))
                << int(roles[i]) << action << allowed[size_t(i)];
}

void TestRoles::matrix() {
    QFETCH(int, role);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    World w;
    QVERIFY2(w.fixture.ok(), qPrintable(w.fixture.error()));
    cc::Session session =
        Role(role) == Role::Admin
            ? w.fixture.accounts().login("admin", StoreFixture::passwordOf("admin")).value()
            : w.fixture.loginAs(Role(role));
    const int deniedBefore = deniedEntries(w.fixture);
    const cc::Status result = actions().value(action)(w, session);
    if (allowed) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(deniedEntries(w.fixture), deniedBefore);
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(cc::errorCodeName(result.error().code), QString("permission-denied"));
        QCOMPARE(deniedEntries(w.fixture), deniedBefore + 1); // the refusal is audited
    }
}

void TestRoles::fourEyesOnBatches() {
    World w;
    cc::Session supervisor = w.fixture.loginAs(Role::Supervisor);
    const qint64 own = w.batches.create(supervisor, "own batch").value();
    cc::ApplicationData inOwn;
    inOwn.batchId = own;
    QVERIFY(w.applicants.submit(w.fixture.loginAs(Role::Mobile), person("D123456782"), inOwn).ok());
    QVERIFY(w.batches.submit(supervisor, own).ok());
    const cc::Status approved = w.batches.approve(supervisor, own);
    QCOMPARE(approved.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(w.batches.status(own).value(), cc::BatchStatus::Submitted);
    // A supervisor who only added an application to a batch may not approve it either.
    cc::Session clerk = w.fixture.loginAs(Role::Clerk);
    const qint64 shared = w.batches.create(clerk, "shared").value();
    cc::ApplicationData app;
    app.batchId = shared;
    QVERIFY(w.applicants.submit(supervisor, person("C123456781"), app).ok());
    QVERIFY(w.batches.submit(clerk, shared).ok());
    QCOMPARE(w.batches.approve(supervisor, shared).error().code, ErrorCode::PermissionDenied);
    // Somebody else's batch is fine.
    QVERIFY(w.batches.approve(supervisor, w.submittedBatch).ok());
    QCOMPARE(w.batches.status(w.submittedBatch).value(), cc::BatchStatus::Approved);
}

void TestRoles::lockedSessionIsRefused() {
    World w;
    cc::Session supervisor = w.fixture.loginAs(Role::Supervisor);
    w.fixture.accounts().logout(supervisor);
    QCOMPARE(w.batches.approve(supervisor, w.submittedBatch).error().code, ErrorCode::NotLoggedIn);
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
