// A batch's life on a real store: the four-eyes rule for every way of taking
// part in a batch, a change reopening a submitted or decided batch, the seal
// over the batch, its members and editors against edits with sqlite3.
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/domain/error.h"
#include "core/station/applicants.h"
#include "core/station/batches.h"
#include "core/station/cards.h"
#include "core/station/production.h"
#include "core/station/session.h"
#include "core/station/storecheck.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cc;

namespace {

PersonData person(const char *id) {
    PersonData p;
    p.nationalId = QString::fromLatin1(id);
    p.name = QStringLiteral("王小明");
    p.birthDate = QDate(1950, 1, 2);
    return p;
}

// An edit made with sqlite3 by someone holding the file only.
void tamper(const QString &path, const QString &sql) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "tamper");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase("tamper");
}

} // namespace

class TestBatches : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lifecycle();
    void fourEyes_data();
    void fourEyes();
    void changeReopens_data();
    void changeReopens();
    void decisionIsOnWhatWasSeen();
    void rosterRules();
    void auditTrail();
    void productionFollowsApproval();
    void tamperedBatchIsRefused_data();
    void tamperedBatchIsRefused();

private:
    qint64 batchWith(const Session &creator, const Session &adder, const char *id = "A123456789") {
        const qint64 batch = m_batches->create(creator, QStringLiteral("market day")).value();
        ApplicationData in;
        in.batchId = batch;
        m_lastApplication = m_applicants->submit(adder, person(id), in).value();
        return batch;
    }

    ManualClock m_clock;
    std::unique_ptr<StoreFixture> m_fixture;
    std::unique_ptr<Batches> m_batches;
    std::unique_ptr<Applicants> m_applicants;
    Session m_clerk;
    Session m_mobile;
    qint64 m_lastApplication = 0;
};

void TestBatches::init() {
    m_clock = ManualClock();
    m_fixture = std::make_unique<StoreFixture>(m_clock);
    QVERIFY(m_fixture->ok());
    m_batches = std::make_unique<Batches>(m_fixture->store(), m_fixture->audit(), m_clock);
    m_applicants = std::make_unique<Applicants>(m_fixture->store(), m_fixture->audit(), m_clock);
    m_clerk = m_fixture->loginAs(Role::Clerk);
    m_mobile = m_fixture->loginAs(Role::Mobile);
}

void TestBatches::cleanup() {
    m_applicants.reset();
    m_batches.reset();
    m_fixture.reset();
}

void TestBatches::lifecycle() {
    const qint64 batch = m_batches->create(m_mobile, QStringLiteral("market day")).value();
    QCOMPARE(m_batches->submit(m_mobile, batch).error().code, ErrorCode::WrongState); // empty
    ApplicationData in;
    in.batchId = batch;
    QVERIFY(m_applicants->submit(m_mobile, person("A123456789"), in).ok());
    QVERIFY(m_batches->submit(m_mobile, batch).ok());
    QCOMPARE(m_batches->submit(m_mobile, batch).error().code, ErrorCode::WrongState);
    const Session supervisor = m_fixture->loginAs(Role::Supervisor);
    QCOMPARE(m_batches->reject(supervisor, batch, "  ").error().code, ErrorCode::MissingField);
    QVERIFY(m_batches->reject(supervisor, batch, QStringLiteral("photos missing")).ok());
    BatchSummary s = m_batches->show(supervisor, batch).value();
    QCOMPARE(s.status, BatchStatus::Rejected);
    QCOMPARE(s.decisionReason, QString("photos missing"));
    QCOMPARE(s.decidedBy, QString("supervisor"));
    QCOMPARE(m_batches->approve(supervisor, batch).error().code, ErrorCode::WrongState);
    // Fixed and sent again: open, submitted, approved.
    QVERIFY(m_batches->relabel(m_mobile, batch, QStringLiteral("market day, photos added")).ok());
    QCOMPARE(m_batches->status(batch).value(), BatchStatus::Open);
    QVERIFY(m_batches->submit(m_mobile, batch).ok());
    QVERIFY(m_batches->approve(supervisor, batch).ok());
    s = m_batches->show(m_clerk, batch).value();
    QCOMPARE(s.status, BatchStatus::Approved);
    QCOMPARE(s.label, QString("market day, photos added"));
    QVERIFY(s.decisionReason.isEmpty());
    QVERIFY(s.sealed);
    QCOMPARE(s.toJson().value("status").toString(), QString("approved"));
    QCOMPARE(s.toJson().value("kind").toString(), QString("mobile-session"));
    QCOMPARE(m_batches->list(m_clerk, BatchStatus::Approved).value().size(), 1);
    QCOMPARE(m_batches->list(m_clerk, BatchStatus::Open).value().size(), 0);
    // The admin manages operators, not batches.
    QCOMPARE(m_batches->list(m_fixture->admin()).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(m_batches->members(m_fixture->admin(), batch).error().code,
             ErrorCode::PermissionDenied);
    // The supervisor's desk reads the members with their people.
    const QList<BatchMember> members = m_batches->members(supervisor, batch).value();
    QCOMPARE(members.size(), 1);
    QCOMPARE(members[0].person.name, QString("王小明"));
    QCOMPARE(members[0].person.nationalId, QString("A123456789"));
    QCOMPARE(members[0].status, ApplicationStatus::Received);
    QVERIFY(!m_batches->isOwnWork(supervisor, batch).value());
    QVERIFY(m_batches->isOwnWork(m_mobile, batch).value());
}

// Who may not approve: the creator, anyone who changed the batch, and any
// role without the permission. Each is refused in core, whatever calls it.
void TestBatches::fourEyes_data() {
    QTest::addColumn<QString>("approver");
    QTest::addColumn<int>("code");
    QTest::newRow("creator") << "creator" << int(ErrorCode::PermissionDenied);
    QTest::newRow("added an application") << "adder" << int(ErrorCode::PermissionDenied);
    QTest::newRow("relabelled it") << "relabeller" << int(ErrorCode::PermissionDenied);
    QTest::newRow("removed an application") << "remover" << int(ErrorCode::PermissionDenied);
    QTest::newRow("a clerk") << "clerk" << int(ErrorCode::PermissionDenied);
    QTest::newRow("someone else") << "other" << -1; // approved
}

void TestBatches::fourEyes() {
    QFETCH(QString, approver);
    QFETCH(int, code);
    const Session supervisor = m_fixture->loginAs(Role::Supervisor);
    const Session &creator = approver == u"creator" ? supervisor : m_mobile;
    const Session &adder = approver == u"adder" ? supervisor : m_mobile;
    const qint64 batch = batchWith(creator, adder);
    if (approver == u"relabeller")
        QVERIFY(m_batches->relabel(supervisor, batch, QStringLiteral("renamed")).ok());
    if (approver == u"remover") {
        ApplicationData in;
        in.batchId = batch;
        const qint64 second = m_applicants->submit(m_mobile, person("C123456781"), in).value();
        QVERIFY(m_batches->remove(supervisor, batch, second, QStringLiteral("moved-away")).ok());
    }
    QVERIFY(m_batches->submit(m_mobile, batch).ok());
    // A second supervisor, who had no part in it.
    QVERIFY(m_fixture->accounts()
                .addOperator(m_fixture->admin(), "supervisor2", Role::Supervisor,
                             StoreFixture::passwordOf("supervisor2"))
                .ok());
    QVERIFY(m_fixture->accounts().grantDataAccess(supervisor, "supervisor2").ok());
    const Session second =
        m_fixture->accounts().login("supervisor2", StoreFixture::passwordOf("supervisor2")).value();
    const Session &other = approver == u"clerk"   ? m_clerk
                           : approver == u"other" ? second
                                                  : supervisor;
    const Status decided = m_batches->approve(other, batch);
    QCOMPARE(decided.ok() ? -1 : int(decided.error().code), code);
    QCOMPARE(m_batches->status(batch).value(),
             decided.ok() ? BatchStatus::Approved : BatchStatus::Submitted);
    // Rejecting is deciding too.
    if (!decided.ok())
        QCOMPARE(m_batches->reject(other, batch, "no").error().code, ErrorCode(code));
}

// Any change to a submitted or decided batch sends it back to open.
void TestBatches::changeReopens_data() {
    QTest::addColumn<QString>("change");
    QTest::newRow("add an application") << "add";
    QTest::newRow("relabel") << "relabel";
    QTest::newRow("remove an application") << "remove";
}

void TestBatches::changeReopens() {
    QFETCH(QString, change);
    const qint64 batch = batchWith(m_mobile, m_mobile);
    ApplicationData in;
    in.batchId = batch;
    const qint64 second = m_applicants->submit(m_mobile, person("C123456781"), in).value();
    QVERIFY(m_batches->submit(m_mobile, batch).ok());
    const Session supervisor = m_fixture->loginAs(Role::Supervisor);
    QVERIFY(m_batches->approve(supervisor, batch).ok());
    if (change == u"add")
        QVERIFY(m_applicants->submit(m_clerk, person("B223456782"), in).ok());
    else if (change == u"relabel")
        QVERIFY(m_batches->relabel(m_clerk, batch, QStringLiteral("renamed")).ok());
    else
        QVERIFY(m_batches->remove(m_clerk, batch, second, QStringLiteral("duplicate")).ok());
    const BatchSummary s = m_batches->show(supervisor, batch).value();
    QCOMPARE(s.status, BatchStatus::Open);
    QVERIFY(s.decidedBy.isEmpty());
    QCOMPARE(s.editors, QStringList{"clerk"});
    QVERIFY(s.sealed);
    // Approved again only after it is submitted again, by a supervisor
    // who did not change it.
    QCOMPARE(m_batches->approve(supervisor, batch).error().code, ErrorCode::WrongState);
    QVERIFY(m_batches->submit(m_clerk, batch).ok());
    QVERIFY(m_batches->approve(supervisor, batch).ok());
}

// A supervisor decides the batch as they saw it: changed and submitted again
// meanwhile (another application slipped in), the decision is refused.
void TestBatches::decisionIsOnWhatWasSeen() {
    const Session boss = m_fixture->loginAs(Role::Supervisor);
    const qint64 batch = batchWith(m_clerk, m_clerk);
    QVERIFY(m_batches->submit(m_clerk, batch).ok());
    const QByteArray seen = m_batches->show(boss, batch)->version;
    QVERIFY(!seen.isEmpty());
    ApplicationData more;
    more.batchId = batch;
    QVERIFY(m_applicants->submit(m_clerk, person("F222222222"), more).ok());
    QVERIFY(m_batches->submit(m_clerk, batch).ok());
    const Status stale = m_batches->approve(boss, batch, seen);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, ErrorCode::WrongState);
    QCOMPARE(m_batches->status(batch).value(), BatchStatus::Submitted);
    QVERIFY(!m_batches->reject(boss, batch, "photo unclear", seen).ok());
    // Looked at again: decided.
    QVERIFY(m_batches->approve(boss, batch, m_batches->show(boss, batch)->version).ok());
    QCOMPARE(m_batches->status(batch).value(), BatchStatus::Approved);
}

void TestBatches::rosterRules() {
    QCOMPARE(m_batches->create(m_clerk, {BatchKind::SchoolRoster, "school", {}}).error().code,
             ErrorCode::MissingField);
    QCOMPARE(m_batches->create(m_clerk, {BatchKind::SchoolRoster, "school", CardType::Senior})
                 .error()
                 .code,
             ErrorCode::BadValue);
    QCOMPARE(m_batches->create(m_clerk, {BatchKind::AgencyRoster, "agency", CardType::Disability})
                 .error()
                 .code,
             ErrorCode::BadValue);
    QCOMPARE(m_batches->create(m_clerk, {BatchKind::VillageCollection, QString("a\nb"), {}})
                 .error()
                 .code,
             ErrorCode::BadValue);
    const qint64 school =
        m_batches->create(m_clerk, {BatchKind::SchoolRoster, "school", CardType::Student}).value();
    const BatchSummary s = m_batches->show(m_clerk, school).value();
    QCOMPARE(s.kind, BatchKind::SchoolRoster);
    QCOMPARE(s.cardType, CardType::Student);
    // A batch of one card type takes no other, whoever adds to it.
    ApplicationData senior;
    senior.batchId = school;
    senior.cardType = CardType::Senior;
    const Result<qint64> added = m_applicants->submit(m_clerk, person("A123456789"), senior);
    QCOMPARE(added.error().code, ErrorCode::BadValue);
    QCOMPARE(m_batches->show(m_clerk, school).value().applications, 0);
    QCOMPARE(m_batches->remove(m_clerk, school, 1, "because").error().code, ErrorCode::BadValue);
}

// What the audit log keeps of a batch's life: the reopening with the state
// it left, and a refused four-eyes decision.
void TestBatches::auditTrail() {
    const qint64 batch = batchWith(m_mobile, m_mobile);
    QVERIFY(m_batches->submit(m_mobile, batch).ok());
    const Session supervisor = m_fixture->loginAs(Role::Supervisor);
    QVERIFY(m_batches->approve(supervisor, batch).ok());
    QVERIFY(m_batches->relabel(supervisor, batch, QStringLiteral("renamed")).ok());
    QVERIFY(m_batches->submit(m_mobile, batch).ok());
    QCOMPARE(m_batches->approve(supervisor, batch).error().code, ErrorCode::PermissionDenied);
    const auto entries = [&](const char *where) {
        qint64 n = -1;
        (void)m_fixture->store().read([&](QSqlDatabase &db) -> Status {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT count(*) FROM audit_entries WHERE ") +
                   QLatin1String(where));
            q.next();
            n = q.value(0).toLongLong();
            return Done{};
        });
        return n;
    };
    QCOMPARE(entries("action = 'batch.reopen' AND object = 'batch:1' AND detail = 'was=approved' "
                     "AND operator = 'supervisor'"),
             1);
    QCOMPARE(entries("action = 'batch.approve' AND outcome = 'denied' AND detail = 'four-eyes'"),
             1);
    QCOMPARE(entries("action = 'batch.relabel' AND outcome = 'ok'"), 1);
}

// Cards are made for a batch's applications only once it is approved; the
// first card puts it in production, where it can no longer change; the last
// card issued completes it.
void TestBatches::productionFollowsApproval() {
    const qint64 batch = batchWith(m_mobile, m_mobile);
    const qint64 application = m_lastApplication;
    Production production(m_fixture->store(), m_fixture->audit(), m_clock);
    QCOMPARE(production.begin(m_clerk, application, Carrier::EasyCard).error().code,
             ErrorCode::WrongState); // open
    QVERIFY(m_batches->submit(m_mobile, batch).ok());
    QCOMPARE(production.begin(m_clerk, application, Carrier::EasyCard).error().code,
             ErrorCode::WrongState); // submitted, not yet approved
    const Session supervisor = m_fixture->loginAs(Role::Supervisor);
    QVERIFY(m_batches->approve(supervisor, batch).ok());
    QVERIFY(production.begin(m_clerk, application, Carrier::EasyCard).ok());
    QCOMPARE(m_batches->status(batch).value(), BatchStatus::InProduction);
    QVERIFY(m_batches->show(m_clerk, batch).value().sealed);
    QCOMPARE(m_batches->relabel(m_mobile, batch, "late change").error().code,
             ErrorCode::WrongState);
    ApplicationData in;
    in.batchId = batch;
    QCOMPARE(m_applicants->submit(m_mobile, person("C123456781"), in).error().code,
             ErrorCode::WrongState);
    // The card handed over, as Issuance does it: the batch is complete.
    QVERIFY(m_fixture->store()
                .write([&](QSqlDatabase &db) -> Status {
                    if (Status ok = Cards(m_fixture->store())
                                        .issue(db,
                                               {"0301000000000014",
                                                application,
                                                Carrier::EasyCard,
                                                "04A1B2C3",
                                                QDate(2026, 11, 21),
                                                {}},
                                               "2026-11-21T02:00:00.000Z");
                        !ok)
                        return ok;
                    return Batches::settleIn(m_fixture->store(), m_fixture->audit(), db, m_clerk,
                                             application);
                })
                .ok());
    const BatchSummary done = m_batches->show(m_clerk, batch).value();
    QCOMPARE(done.status, BatchStatus::Completed);
    QCOMPARE(done.issued, 1);
    QVERIFY(done.sealed);
}

// What someone with the file and sqlite3 but no password might try, and
// how the next operator to touch the batch (and store check) finds it.
void TestBatches::tamperedBatchIsRefused_data() {
    QTest::addColumn<QString>("sql");
    QTest::newRow("approve it by hand")
        << "UPDATE batches SET status = 'approved', decided_by = 1 WHERE id = 1";
    QTest::newRow("slip an application in")
        << "UPDATE applications SET batch_id = 1 WHERE batch_id IS NULL";
    QTest::newRow("drop an editor to pass four eyes") << "DELETE FROM batch_editors";
    QTest::newRow("relabel") << "UPDATE batches SET label = 'x'";
    QTest::newRow("change a member's card type")
        << "UPDATE applications SET card_type = 'senior' WHERE batch_id = 1";
    QTest::newRow("extend a member's card")
        << "UPDATE applications SET valid_until = '2099-12-31' WHERE batch_id = 1";
    QTest::newRow("give a member to someone else")
        << "UPDATE applications SET person_id = 1 WHERE batch_id = 1";
}

void TestBatches::tamperedBatchIsRefused() {
    QFETCH(QString, sql);
    QVERIFY(m_applicants->submit(m_clerk, person("C123456781"), {}).ok()); // not in a batch
    const qint64 batch = batchWith(m_mobile, m_mobile);
    QCOMPARE(batch, 1);
    QVERIFY(m_batches->relabel(m_clerk, batch, QStringLiteral("checked")).ok());
    QVERIFY(m_batches->submit(m_mobile, batch).ok());
    tamper(m_fixture->path(), sql);
    const Session supervisor = m_fixture->loginAs(Role::Supervisor);
    const Status approved = m_batches->approve(supervisor, batch);
    QVERIFY(!approved.ok());
    QCOMPARE(approved.error().code, ErrorCode::IntegrityFailed);
    QCOMPARE(approved.error().where, QString("batches:1"));
    QVERIFY(!m_batches->show(supervisor, batch).value().sealed);
    QCOMPARE(m_batches->relabel(m_mobile, batch, "y").error().code, ErrorCode::IntegrityFailed);
    const Result<StoreCheckReport> report =
        StoreCheck::run(m_fixture->store(), m_fixture->audit(), &supervisor);
    QVERIFY(report.ok());
    QVERIFY2(report->problems.join("\n").contains("batches:1"),
             qPrintable(report->problems.join("\n")));
}

QTEST_GUILESS_MAIN(TestBatches)
#include "tst_batches.moc"
