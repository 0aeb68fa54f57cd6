// Rows read by name, and stored codes this program does not know: a row
// written past the schema's checks (another program, a hand edit) is an
// error naming table, row and column, never read as a default.
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/station/applicants.h"
#include "core/station/production.h"
#include "core/station/rows.h"
#include "core/station/stock.h"
#include "core/workflows/issuance.h"

#include <QSqlQuery>
#include <QTest>

using namespace cc;

class TestRows : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsByName();
    void unknownStoredCodeIsAnError_data();
    void unknownStoredCodeIsAnError();
    void unknownApplicationStatusIsAnError();

private:
    // Writes `column` = `value` on attempt `id` past the CHECK constraints.
    void forge(const QString &column, const QString &value);

    ManualClock m_clock;
    std::unique_ptr<StoreFixture> m_fixture;
    qint64 m_attempt = 0;
};

void TestRows::init() {
    m_fixture = std::make_unique<StoreFixture>(m_clock);
    QVERIFY(m_fixture->ok());
    Session supervisor = m_fixture->loginAs(Role::Supervisor);
    QVERIFY(Stock(m_fixture->store(), m_fixture->audit(), m_clock)
                .receive(supervisor, Carrier::IPass, 2, "delivery")
                .ok());
    Session clerk = m_fixture->loginAs(Role::Clerk);
    ApplicationData data;
    data.cardType = CardType::Senior;
    Result<qint64> application =
        Applicants(m_fixture->store(), m_fixture->audit(), m_clock)
            .submit(clerk, {"A123456789", "王小明", {}, QDate(1950, 3, 1), {}, {}, {}}, data);
    QVERIFY(application.ok());
    Result<ProductionAttempt> attempt = Production(m_fixture->store(), m_fixture->audit(), m_clock)
                                            .begin(clerk, *application, Carrier::IPass);
    QVERIFY2(attempt.ok(), qPrintable(attempt ? "" : attempt.error().toString()));
    QCOMPARE(attempt->state, IssuanceStep::Requested);
    m_attempt = attempt->id;
}

void TestRows::cleanup() {
    m_fixture.reset();
}

void TestRows::forge(const QString &column, const QString &value) {
    QSqlDatabase db = m_fixture->store().connection();
    QVERIFY(QSqlQuery(db).exec("PRAGMA ignore_check_constraints = ON"));
    QSqlQuery q(db);
    q.prepare(QString("UPDATE production_attempts SET %1 = ? WHERE id = ?").arg(column));
    q.addBindValue(value);
    q.addBindValue(m_attempt);
    QVERIFY(q.exec());
    QVERIFY(QSqlQuery(db).exec("PRAGMA ignore_check_constraints = OFF"));
}

void TestRows::readsByName() {
    QSqlQuery q(m_fixture->store().connection());
    QVERIFY(q.exec("SELECT carrier, id, state, card_number FROM production_attempts"));
    RowReader row(q, "production_attempts");
    QVERIFY(row.next());
    QCOMPARE(row.integer("id"), m_attempt);
    QCOMPARE(row.carrier("carrier").value(), Carrier::IPass);
    QCOMPARE(row.step("state").value(), IssuanceStep::Requested);
    QCOMPARE(row.text("card_number").size(), 16);
    QVERIFY(!row.next());
}

void TestRows::unknownStoredCodeIsAnError_data() {
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::newRow("state") << "state"
                           << "melted";
    QTest::newRow("state, another spelling") << "state"
                                             << "Encoding";
    QTest::newRow("carrier") << "carrier"
                             << "metro";
}

void TestRows::unknownStoredCodeIsAnError() {
    QFETCH(QString, column);
    QFETCH(QString, value);
    forge(column, value);
    // The recovery at the next login reads it: an error naming the row, not
    // an attempt taken for "requested" (or an EasyCard).
    Result<QList<ProductionAttempt>> open =
        Issuance(m_fixture->store(), m_fixture->audit(), m_clock).unfinished();
    QVERIFY(!open.ok());
    QCOMPARE(open.error().code, ErrorCode::IntegrityFailed);
    QCOMPARE(open.error().where, QString("production_attempts:%1/%2").arg(m_attempt).arg(column));
    QVERIFY2(open.error().message.contains(value), qPrintable(open.error().message));
}

// An application in a status this program does not know is neither listed
// nor produced as if it were received.
void TestRows::unknownApplicationStatusIsAnError() {
    QSqlDatabase db = m_fixture->store().connection();
    QVERIFY(QSqlQuery(db).exec("PRAGMA ignore_check_constraints = ON"));
    QVERIFY(QSqlQuery(db).exec("UPDATE applications SET status = 'shipped'"));
    QVERIFY(QSqlQuery(db).exec("PRAGMA ignore_check_constraints = OFF"));
    Session clerk = m_fixture->loginAs(Role::Clerk);
    QSqlQuery q(db);
    QVERIFY(q.exec("SELECT id FROM applications"));
    QVERIFY(q.next());
    const qint64 application = q.value(0).toLongLong();
    q.finish();
    const QString where = QString("applications:%1/status").arg(application);
    Result<ApplicantRecord> read = Applicants(m_fixture->store(), m_fixture->audit(), m_clock)
                                       .forApplication(clerk, application);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::IntegrityFailed);
    QCOMPARE(read.error().where, where);
    Result<ProductionAttempt> begun = Production(m_fixture->store(), m_fixture->audit(), m_clock)
                                          .begin(clerk, application, Carrier::IPass);
    QVERIFY(!begun.ok());
    QCOMPARE(begun.error().where, where);
}

QTEST_GUILESS_MAIN(TestRows)
#include "tst_rows.moc"
