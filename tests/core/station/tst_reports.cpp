// The station's reports on a seeded store, with exact figures: cards issued
// by day, week and month and by type, carrier, channel and operator; the
// kinds of issuance and the cards reported lost or cancelled (through the
// counter's own use cases, into the audit log); spoilage by reason and rate;
// stock with its days left and the policy's warning; the time from
// application to hand-over by nearest rank. Who may read them, the tables
// and their CSV, and the query plans that keep them fast on years of data.
#include "tests/support/reportseed.h"

#include "core/domain/csv.h"
#include "core/station/reporttables.h"
#include "core/station/session.h"
#include "core/workflows/counter.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace cc;
using cc::test::taipei;

class TestReports : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void issuanceByEveryDimension();
    void issuanceTallies_data();
    void issuanceTallies();
    void lostAndCancelledFromTheAuditLog();
    void spoilageByReason();
    void stockDaysLeftAndWarning_data();
    void stockDaysLeftAndWarning();
    void timingByNearestRank();
    void tablesAndCsv();
    void whoMayRead();
    void periodRefusals_data();
    void periodRefusals();
    void queriesUseIndexes_data();
    void queriesUseIndexes();

private:
    Reports reports() { return Reports(m_fixture->store(), m_fixture->audit()); }
    ReportPeriod november() { return ReportPeriod::of({2026, 11, 1}, {2026, 12, 1}).value(); }

    ManualClock m_clock{taipei(2026, 12, 3, 9)};
    std::unique_ptr<StoreFixture> m_fixture;
    Session m_supervisor;
    QStringList m_cards;
};

void TestReports::init() {
    m_fixture = std::make_unique<StoreFixture>(m_clock);
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    m_supervisor = m_fixture->loginAs(Role::Supervisor);
    test::ReportSeed seed;
    QCOMPARE(seed.seed(*m_fixture), QString());
    m_cards = seed.cards();
}

void TestReports::cleanup() {
    m_fixture.reset();
}

void TestReports::issuanceByEveryDimension() {
    const IssuanceReport r = reports().issuance(m_supervisor, november()).value();
    QCOMPARE(r.total(), 7);
    QCOMPARE(
        r.totals(IssuanceDimension::CardType),
        (QMap<QString, int>{{"senior", 3}, {"general", 2}, {"student", 1}, {"disability", 1}}));
    QCOMPARE(r.totals(IssuanceDimension::Carrier),
             (QMap<QString, int>{{"easycard", 5}, {"ipass", 2}}));
    QCOMPARE(
        r.totals(IssuanceDimension::Channel),
        (QMap<QString, int>{{"walk-in", 4}, {"batch", 1}, {"mobile", 1}, {"pre-application", 1}}));
    QCOMPARE(r.totals(IssuanceDimension::Operator),
             (QMap<QString, int>{
                 {QString::fromUtf8("陳美玲 (clerk)"), 5}, {"supervisor", 1}, {"mobile", 1}}));
    QCOMPARE(r.byKind(),
             (QMap<QString, int>{{"new", 5}, {"replacement-lost", 1}, {"conversion", 1}}));
    const QJsonObject json = r.toJson(ReportGrain::Month);
    QCOMPARE(json["cards"].toInt(), 7);
    QCOMPARE(json["byChannel"].toObject()["pre-application"].toInt(), 1);
    QCOMPARE(json["byPeriodAndCardType"].toArray().size(), 2);
}

void TestReports::issuanceTallies_data() {
    QTest::addColumn<ReportGrain>("grain");
    QTest::addColumn<IssuanceDimension>("by");
    QTest::addColumn<int>("periods");
    QTest::addColumn<QString>("expected"); // start=value:n,…; … (periods with cards)

    QTest::newRow("day by type") << ReportGrain::Day << IssuanceDimension::CardType << 31
                                 << "2026-11-02=general:1,senior:1; 2026-11-04=senior:1,student:1; "
                                    "2026-11-10=disability:1,senior:1; 2026-12-01=general:1";
    // 11/01 is a Sunday: its week is counted from the period's first day.
    QTest::newRow("week by type")
        << ReportGrain::Week << IssuanceDimension::CardType << 6
        << "2026-11-02=general:1,senior:2,student:1; 2026-11-09=disability:1,senior:1; "
           "2026-11-30=general:1";
    QTest::newRow("month by channel")
        << ReportGrain::Month << IssuanceDimension::Channel << 2
        << "2026-11-01=batch:1,mobile:1,pre-application:1,walk-in:3; 2026-12-01=walk-in:1";
    QTest::newRow("month by carrier") << ReportGrain::Month << IssuanceDimension::Carrier << 2
                                      << "2026-11-01=easycard:4,ipass:2; 2026-12-01=easycard:1";
}

void TestReports::issuanceTallies() {
    QFETCH(ReportGrain, grain);
    QFETCH(IssuanceDimension, by);
    QFETCH(int, periods);
    QFETCH(QString, expected);
    const IssuanceReport r = reports().issuance(m_supervisor, november()).value();
    QStringList withCards;
    const QMap<QDate, QMap<QString, int>> t = r.tally(grain, by);
    QCOMPARE(t.size(), periods);
    QCOMPARE(t.firstKey(), QDate(2026, 11, 1));
    for (auto it = t.cbegin(); it != t.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        QStringList values;
        for (auto v = it.value().cbegin(); v != it.value().cend(); ++v)
            values << v.key() + ':' + QString::number(v.value());
        withCards << it.key().toString(Qt::ISODate) + '=' + values.join(',');
    }
    QCOMPARE(withCards.join("; "), expected);
}

void TestReports::lostAndCancelledFromTheAuditLog() {
    Counter counter(m_fixture->store(), m_fixture->audit(), m_clock, EligibilityPolicy::defaults());
    const Session clerk = m_fixture->loginAs(Role::Clerk);
    m_clock.setWallClock(taipei(2026, 11, 20, 10));
    const Status lost = counter.reportLost(clerk, m_cards[1]);
    QVERIFY2(lost.ok(), lost.ok() ? "" : qPrintable(lost.error().toString()));
    m_clock.setWallClock(taipei(2026, 11, 21, 10));
    QVERIFY(counter.cancel(m_supervisor, m_cards[4], CancellationReason::Death).ok());
    // Refused: already blocked (nothing recorded), and by a role that may
    // not (audited as denied): neither is counted.
    QVERIFY(!counter.reportLost(clerk, m_cards[1]).ok());
    QCOMPARE(counter.reportLost(m_fixture->admin(), m_cards[3]).error().code,
             ErrorCode::PermissionDenied);
    m_clock.setWallClock(taipei(2026, 12, 2, 0, 10)); // after the period, by Taipei's clock
    QVERIFY(counter.reportLost(clerk, m_cards[2]).ok());
    const IssuanceReport r = reports().issuance(m_supervisor, november()).value();
    QCOMPARE(r.lostReported, 1);
    QCOMPARE(r.cancelled, 1);
    const IssuanceReport december =
        reports()
            .issuance(m_supervisor, ReportPeriod::of({2026, 12, 2}, {2026, 12, 2}).value())
            .value();
    QCOMPARE(december.lostReported, 1);
    QCOMPARE(december.total(), 1);
}

void TestReports::spoilageByReason() {
    const SpoilageReport r = reports().spoilage(m_supervisor, november()).value();
    QCOMPARE(r.byReason,
             (QMap<QString, int>{{"card-jam", 2}, {"verify-failed", 1}, {"cover-open", 1}}));
    QCOMPARE(r.spoiled(), 4);
    QCOMPARE(r.used(), 7);
    QCOMPARE(r.spoiledByCarrier, (QMap<QString, int>{{"easycard", 2}, {"ipass", 2}}));
    QCOMPARE(r.usedByCarrier, (QMap<QString, int>{{"easycard", 5}, {"ipass", 2}}));
    QCOMPARE(r.rate(), 4.0 / 11.0);
    QCOMPARE(r.toJson()["rate"].toDouble(), 0.3636);
}

void TestReports::stockDaysLeftAndWarning_data() {
    QTest::addColumn<int>("lowWarning");
    QTest::addColumn<int>("lowWarningDays");
    QTest::addColumn<bool>("easycardLow");
    QTest::addColumn<bool>("ipassLow");
    // EasyCard: 100 received, 6 used, 3 spoiled → 91 on hand; 5 used and 2
    // spoiled in the 31 days → 91 × 31 / 7 = 403 days left. iPass:
    // 50 − 3 − 2 = 45 on hand; 4 consumed → 45 × 31 / 4 = 348 days.
    QTest::newRow("neither") << 40 << 300 << false << false;
    QTest::newRow("ipass by count") << 45 << 300 << false << true;
    QTest::newRow("ipass by days") << 10 << 348 << false << true;
    QTest::newRow("both by days") << 10 << 403 << true << true;
    QTest::newRow("both by count") << 100 << 0 << true << true;
}

void TestReports::stockDaysLeftAndWarning() {
    QFETCH(int, lowWarning);
    QFETCH(int, lowWarningDays);
    QFETCH(bool, easycardLow);
    QFETCH(bool, ipassLow);
    const StockReport r =
        reports().stock(m_supervisor, november(), {lowWarning, lowWarningDays}).value();
    QCOMPARE(r.lines.size(), 2);
    const StockLine &easy = r.lines[0];
    const StockLine &ipass = r.lines[1];
    QCOMPARE(easy.carrier, QString("easycard"));
    QCOMPARE(easy.onHand, 91);
    QCOMPARE(easy.consumed, 7);
    QCOMPARE(easy.daysLeft, std::optional<int>(403));
    QCOMPARE(easy.low, easycardLow);
    QCOMPARE(ipass.onHand, 45);
    QCOMPARE(ipass.consumed, 4);
    QCOMPARE(ipass.daysLeft, std::optional<int>(348));
    QCOMPARE(ipass.low, ipassLow);
    // A period with no use: no days-left figure, only the count can warn.
    const StockReport quiet =
        reports()
            .stock(m_supervisor, ReportPeriod::of({2026, 11, 20}, {2026, 11, 25}).value(),
                   {lowWarning, lowWarningDays})
            .value();
    QCOMPARE(quiet.lines[0].daysLeft, std::nullopt);
    QCOMPARE(quiet.lines[0].low, 91 <= lowWarning);
}

void TestReports::timingByNearestRank() {
    const TimingReport r = reports().timing(m_supervisor, november()).value();
    // All seven: 10, 20, 30, 60, 1440, 1560, 4320 minutes.
    QCOMPARE(r.all.cards, 7);
    QCOMPARE(r.all.medianMinutes, 60);
    QCOMPARE(r.all.p90Minutes, 4320);
    QStringList lines;
    for (const TimingLine &l : r.byChannel)
        lines << QStringLiteral("%1 %2 %3 %4")
                     .arg(l.channel)
                     .arg(l.cards)
                     .arg(l.medianMinutes)
                     .arg(l.p90Minutes);
    QCOMPARE(lines, (QStringList{"batch 1 4320 4320", "mobile 1 1440 1440",
                                 "pre-application 1 1560 1560", "walk-in 4 20 60"}));
    QCOMPARE(ReportTables::duration(20), QString("20 min"));
    QCOMPARE(ReportTables::duration(1560), QString("1 d 2 h"));
    QCOMPARE(ReportTables::duration(125), QString("2 h 05 min"));
}

void TestReports::tablesAndCsv() {
    const IssuanceReport r = reports().issuance(m_supervisor, november()).value();
    const ReportTable t =
        ReportTables::issuance(r, ReportGrain::Week, IssuanceDimension::Channel, ReportDates::Iso);
    QCOMPARE(t.name, QString("issuance-by-channel"));
    QCOMPARE(t.header.size(), 1 + 4 + 1);
    QCOMPARE(t.rows.size(), 6 + 1); // six weeks (the first from 11/01), the total
    QCOMPARE(t.rows.last().last(), QString("7"));
    const QByteArray csv = t.csv();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const CsvTable back = Csv::parse(csv, "issuance.csv").value();
    QCOMPARE(back.header, t.header);
    QCOMPARE(back.rows, t.rows);
    QCOMPARE(back.rows.first().first(), QString("2026-11-01"));
    QCOMPARE(back.rows.first().mid(1), (QStringList{"0", "0", "0", "0", "0"}));
    const ReportTable roc =
        ReportTables::issuance(r, ReportGrain::Week, IssuanceDimension::Channel, ReportDates::Roc);
    QCOMPARE(roc.rows.at(1).first(), QString("115/11/02"));
    // An operator's name Excel would run as a formula is written as text.
    const QByteArray formula =
        Csv::write({"Operator"}, {{"=HYPERLINK(\"x\")"}, {"-12"}, {"\t=1"}, {"@SUM(A1)"}});
    QCOMPARE(formula,
             QByteArray("\xEF\xBB\xBFOperator\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n-12\r\n'\t=1\r\n"
                        "'@SUM(A1)\r\n"));
    // A file read back (the roster's refused rows) keeps its cells.
    QCOMPARE(Csv::write({"Phone"}, {{"+886-3-332-2101"}}, Csv::Formulas::AsGiven),
             QByteArray("\xEF\xBB\xBFPhone\r\n+886-3-332-2101\r\n"));
}

void TestReports::whoMayRead() {
    QVERIFY(reports().timing(m_fixture->admin(), november()).ok());
    const Session clerk = m_fixture->loginAs(Role::Clerk);
    QCOMPARE(reports().issuance(clerk, november()).error().code, ErrorCode::PermissionDenied);
    QSqlQuery q(m_fixture->store().connection());
    QVERIFY(q.exec("SELECT count(*) FROM audit_entries WHERE action = 'report.issuance' AND "
                   "outcome = 'denied'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestReports::periodRefusals_data() {
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("no start") << QDate() << QDate(2026, 12, 1);
    QTest::newRow("end before start") << QDate(2026, 12, 2) << QDate(2026, 12, 1);
    QTest::newRow("over ten years") << QDate(2016, 1, 1) << QDate(2026, 12, 1);
}

void TestReports::periodRefusals() {
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const Result<ReportPeriod> p = ReportPeriod::of(from, to);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, ErrorCode::BadValue);
    QCOMPARE(p.error().where, QString("period"));
}

void TestReports::queriesUseIndexes_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("index");
    QTest::newRow("lost and cancelled")
        << "SELECT action, count(*) AS n FROM audit_entries WHERE action IN ('card.report-lost', "
           "'card.cancel') AND at >= '2026' AND at < '2027' AND outcome = 'ok' GROUP BY action"
        << "audit_card_status_changes";
    QTest::newRow("issued cards")
        << "SELECT count(*) FROM cards c WHERE c.issued_on >= '2026-11-01' AND c.issued_on <= "
           "'2026-12-01'"
        << "cards_by_issued_on";
    QTest::newRow("stock movements")
        << "SELECT movement, sum(quantity) FROM blank_stock_movements WHERE at >= '2026' AND at "
           "< '2027' AND movement IN ('used', 'spoiled') GROUP BY 1"
        << "stock_movements_by_at";
}

void TestReports::queriesUseIndexes() {
    QFETCH(QString, sql);
    QFETCH(QString, index);
    QSqlQuery q(m_fixture->store().connection());
    QVERIFY(q.exec("EXPLAIN QUERY PLAN " + sql));
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    QVERIFY2(steps.join(" | ").contains(index), qPrintable(steps.join(" | ")));
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
