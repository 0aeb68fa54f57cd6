// Blank-card stock: the running balance Produce reads follows every movement
// (a trigger, in the movement's own transaction), store check notices when the
// two drift apart, the log is append-only, and the per-card queries are
// answered from an index, so their cost does not grow with the years of data.
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/station/session.h"
#include "core/station/stock.h"
#include "core/station/storecheck.h"

#include <QSqlQuery>
#include <QTest>

using cc::Carrier;
using cc::Role;

namespace {

QString queryPlan(QSqlDatabase db, const QString &sql) {
    QSqlQuery q(db);
    if (!q.exec("EXPLAIN QUERY PLAN " + sql))
        return {};
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    return steps.join(" | ");
}

// A supervisor books a delivery of five EasyCard blanks.
bool receiveFive(StoreFixture &f, const ManualClock &clock) {
    cc::Session supervisor = f.loginAs(Role::Supervisor);
    return cc::Stock(f.store(), f.audit(), clock)
        .receive(supervisor, Carrier::EasyCard, 5, "delivery")
        .ok();
}

} // namespace

class TestStock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void balanceFollowsMovements();
    void storeCheckSeesADriftedBalance();
    void movementsAreAppendOnly();
    void perCardQueriesUseIndexes_data();
    void perCardQueriesUseIndexes();
};

void TestStock::balanceFollowsMovements() {
    ManualClock clock;
    StoreFixture f(clock);
    cc::Session supervisor = f.loginAs(Role::Supervisor);
    cc::Stock stock(f.store(), f.audit(), clock);
    QVERIFY(stock.receive(supervisor, Carrier::EasyCard, 7, "delivery 1").ok());
    QVERIFY(stock.receive(supervisor, Carrier::IPass, 3, "delivery 2").ok());
    QSqlQuery q(f.store().connection());
    // What issuance books; the trigger does not care who inserts.
    QVERIFY(q.exec("INSERT INTO blank_stock_movements (carrier, movement, quantity, operator_id, "
                   "at) VALUES ('easycard', 'used', 1, 1, 'now'), ('easycard', 'spoiled', 2, 1, "
                   "'now'), ('ipass', 'returned', 1, 1, 'now')"));
    const auto levels = stock.levels();
    QVERIFY(levels.ok());
    QCOMPARE(levels->value("easycard").received, 7);
    QCOMPARE(levels->value("easycard").used, 1);
    QCOMPARE(levels->value("easycard").spoiled, 2);
    QCOMPARE(levels->value("easycard").onHand(), 4);
    QCOMPARE(levels->value("ipass").onHand(), 2);
    const auto report = cc::StoreCheck::run(f.store(), f.audit());
    QVERIFY(report.ok());
    QVERIFY2(report->ok(), qPrintable(report->problems.join("; ")));
}

void TestStock::storeCheckSeesADriftedBalance() {
    ManualClock clock;
    StoreFixture f(clock);
    QVERIFY(receiveFive(f, clock));
    QSqlQuery q(f.store().connection());
    QVERIFY(q.exec("UPDATE blank_stock_levels SET received = 500 WHERE carrier = 'easycard'"));
    const auto report = cc::StoreCheck::run(f.store(), f.audit());
    QVERIFY(report.ok());
    QVERIFY2(report->problems.join("; ").contains("blank_stock_levels row easycard"),
             qPrintable(report->problems.join("; ")));
}

void TestStock::movementsAreAppendOnly() {
    ManualClock clock;
    StoreFixture f(clock);
    QVERIFY(receiveFive(f, clock));
    QSqlQuery q(f.store().connection());
    QVERIFY(!q.exec("UPDATE blank_stock_movements SET quantity = 50"));
    QVERIFY(!q.exec("DELETE FROM blank_stock_movements"));
    QCOMPARE(cc::Stock(f.store(), f.audit(), clock).levels()->value("easycard").onHand(), 5);
}

void TestStock::perCardQueriesUseIndexes_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("mustUse");
    QTest::addColumn<QString>("mustNotScan");
    QTest::newRow("blank cards on hand (every Produce)")
        << "SELECT carrier, received, used, spoiled, returned FROM blank_stock_levels"
        << "blank_stock_levels"
        << "blank_stock_movements";
    QTest::newRow("is this chip already linked (link own card)")
        << "SELECT card_number FROM cards WHERE chip_uid = 'x' AND status = 'active'"
        << "cards_by_chip_uid"
        << "SCAN cards";
    QTest::newRow("movements of one attempt (store check)")
        << "SELECT count(*) FROM blank_stock_movements WHERE attempt_id = 1 AND movement = 'used'"
        << "stock_movements_by_attempt"
        << "SCAN blank_stock_movements";
}

void TestStock::perCardQueriesUseIndexes() {
    QFETCH(QString, sql);
    QFETCH(QString, mustUse);
    QFETCH(QString, mustNotScan);
    ManualClock clock;
    StoreFixture f(clock);
    const QString plan = queryPlan(f.store().connection(), sql);
    QVERIFY2(plan.contains(mustUse), qPrintable(plan));
    QVERIFY2(!plan.contains(mustNotScan), qPrintable(plan));
}

QTEST_GUILESS_MAIN(TestStock)
#include "tst_stock.moc"
