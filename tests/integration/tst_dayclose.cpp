// The end of a counter day on a real store and the counter's real devices:
// the day's figures (cards by type, spoiled blanks, fees paid and waived,
// blank cards on hand) exactly as the day's work made them, the counts
// signed off once by a supervisor into the audit log, and who may do what.
#include "tests/support/counterworld.h"

#include "core/domain/objects.h"
#include "core/station/dayclose.h"
#include "core/station/reports.h"
#include "core/station/stock.h"
#include "core/workflows/issuance.h"

#include <QTest>

using namespace cc;

class TstDayClose
    : public QObject
    , private test::CounterWorld {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCOMPARE(startWorld(), QString()); }
    void init() { QCOMPARE(freshStore(10), QString()); }
    void cleanup() { closeStore(); }
    void figuresOfADay();
    void signedOffOnce();
    void reportsReadTheSameDay();

private:
    QString issue(qint64 application) {
        Issuance issuance(m_fixture->store(), m_fixture->audit(), m_clock);
        Result<IssuanceOutcome> o = issuance.produce(m_clerk, application, Carrier::EasyCard,
                                                     m_devices.encoder(), m_devices.printer());
        return o && o->end == IssuanceStep::Issued ? o->cardNumber : QString();
    }
    // Two new cards, a replacement paid and one waived, a blank spoiled.
    void workADay();
    DayClose close() { return DayClose(m_fixture->store(), m_fixture->audit(), m_clock); }
};

void TstDayClose::workADay() {
    Counter c(m_fixture->store(), m_fixture->audit(), m_clock, EligibilityPolicy::defaults());
    const QString senior =
        issue(c.applyNew(m_clerk, applicant("H101234562", CardType::Senior)).value());
    const QString general =
        issue(c.applyNew(m_clerk, applicant("F222222222", CardType::General)).value());
    QVERIFY(!senior.isEmpty() && !general.isEmpty());
    QVERIFY(!issue(c.applyReplacement(m_clerk, senior, ReplacementReason::Lost).value()).isEmpty());
    QVERIFY(!issue(c.applyReplacement(m_clerk, general, ReplacementReason::Damaged,
                                      {true, "low-income household"})
                       .value())
                 .isEmpty());
    // A card the printer jammed on, put aside.
    QVERIFY(m_fixture->store()
                .write([&](QSqlDatabase &db) {
                    return Stock::record(m_fixture->store(), db, Carrier::EasyCard, "spoiled", 1, 0,
                                         "jam", m_clerk.operatorId(),
                                         m_clock.nowUtc().toString(Qt::ISODateWithMs));
                })
                .ok());
}

void TstDayClose::figuresOfADay() {
    workADay();
    const Session supervisor = m_fixture->loginAs(Role::Supervisor);
    const DayFigures f = close().figures(supervisor, m_clock.todayInTaipei()).value();
    QCOMPARE(f.issued, (QMap<QString, int>{{"general", 2}, {"senior", 2}}));
    QCOMPARE(f.issuedTotal(), 4);
    QCOMPARE(f.spoiled, 1);
    QCOMPARE(f.feesPaid, 100);
    QCOMPARE(f.feesWaived, 100);
    QCOMPARE(f.waivers, 1);
    QCOMPARE(f.onHand, (QMap<QString, qint64>{{"easycard", 10 - 4 - 1}}));
    // The day before had nothing; tomorrow has nothing yet.
    const DayFigures before =
        close().figures(supervisor, m_clock.todayInTaipei().addDays(-1)).value();
    QCOMPARE(before.issuedTotal(), 0);
    QCOMPARE(before.spoiled, 0);
    QCOMPARE(before.feesPaid + before.feesWaived, 0);
    // An admin sees the counts (no personal data in them); a clerk does not.
    QVERIFY(close().figures(m_fixture->loginAs(Role::Admin), m_clock.todayInTaipei()).ok());
    QCOMPARE(close().figures(m_clerk, m_clock.todayInTaipei()).error().code,
             ErrorCode::PermissionDenied);
}

void TstDayClose::signedOffOnce() {
    workADay();
    const QDate today = m_clock.todayInTaipei();
    const Session supervisor = m_fixture->loginAs(Role::Supervisor);
    const Session admin = m_fixture->loginAs(Role::Admin);
    QCOMPARE(close().signOff(m_clerk, today, {{"easycard", 5}}).error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(close().signOff(admin, today, {{"easycard", 5}}).error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(close().signOff(supervisor, today, {}).error().where, QString("counted.easycard"));
    QCOMPARE(close().signOff(supervisor, today.addDays(1), {{"easycard", 5}}).error().code,
             ErrorCode::BadValue);
    QVERIFY(!close().signedOff(supervisor, today).value().has_value());
    // One card missing from the drawer: signed off with the difference on record.
    QVERIFY(close().signOff(supervisor, today, {{"easycard", 4}}).ok());
    const std::optional<DaySignOff> signedOff = close().signedOff(supervisor, today).value();
    QVERIFY(signedOff.has_value());
    QCOMPARE(signedOff->supervisor, QString("supervisor"));
    QCOMPARE(signedOff->counted, (QMap<QString, qint64>{{"easycard", 4}}));
    QCOMPARE(signedOff->detail,
             QString("issued=4 (general:2,senior:2) spoiled=1 fees-paid=100 fees-waived=100/1 "
                     "counted/expected easycard=4/5"));
    QCOMPARE(close().signOff(supervisor, today, {{"easycard", 5}}).error().code,
             ErrorCode::AlreadyExists);
    QCOMPARE(test::storeValue(m_fixture->store(),
                              "SELECT count(*) FROM audit_entries WHERE action = 'day.sign-off' "
                              "AND outcome = 'ok' AND object = ?",
                              {Objects::day(today)}),
             QVariant(1));
}

// The reports read what the real workflows wrote, and agree with the day.
void TstDayClose::reportsReadTheSameDay() {
    workADay();
    const Session supervisor = m_fixture->loginAs(Role::Supervisor);
    const QDate today = m_clock.todayInTaipei();
    const ReportPeriod day = ReportPeriod::of(today, today).value();
    Reports reports(m_fixture->store(), m_fixture->audit());
    const IssuanceReport issued = reports.issuance(supervisor, day).value();
    const DayFigures f = close().figures(supervisor, today).value();
    QCOMPARE(issued.totals(IssuanceDimension::CardType), f.issued);
    QCOMPARE(issued.byKind(),
             (QMap<QString, int>{{"new", 2}, {"replacement-lost", 1}, {"replacement-damaged", 1}}));
    QCOMPARE(issued.totals(IssuanceDimension::Channel), (QMap<QString, int>{{"walk-in", 4}}));
    QCOMPARE(issued.totals(IssuanceDimension::Operator), (QMap<QString, int>{{"clerk", 4}}));
    const SpoilageReport spoiled = reports.spoilage(supervisor, day).value();
    QCOMPARE(spoiled.spoiled(), f.spoiled);
    QCOMPARE(spoiled.used(), 4);
    QCOMPARE(spoiled.byReason, (QMap<QString, int>{{"jam", 1}}));
    QCOMPARE(reports.timing(supervisor, day).value().all.cards, 4);
    const StockReport stock = reports.stock(supervisor, day, {0, 0}).value();
    QCOMPARE(stock.lines.size(), 1);
    QCOMPARE(stock.lines[0].onHand, f.onHand.value("easycard"));
    QCOMPARE(stock.lines[0].consumed, 5);
}

QTEST_MAIN(TstDayClose)
#include "tst_dayclose.moc"
