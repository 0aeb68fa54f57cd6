// Which counter transactions a card's state allows: the one rule the counter
// and its cards panel both follow.
#include "core/domain/cardstatus.h"

#include <QTest>

using namespace cc;

class TestCardStatus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void allows_data();
    void allows();
    void storedCodes();
};

void TestCardStatus::allows_data() {
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("replaced");
    // report lost, replace (either reason), replace as damaged, convert, cancel, reprint
    QTest::addColumn<QList<bool>>("expected");
    QTest::newRow("active") << "active"
                            << "" << false << QList<bool>{true, true, true, true, true, true};
    QTest::newRow("active, replaced")
        << "active"
        << "" << true << QList<bool>{true, false, false, false, true, true};
    QTest::newRow("reported lost")
        << "blocked"
        << "lost" << false << QList<bool>{false, true, false, false, true, false};
    QTest::newRow("lost and replaced")
        << "blocked"
        << "lost" << true << QList<bool>{false, false, false, false, true, false};
    QTest::newRow("blocked on conversion")
        << "blocked"
        << "converted" << false << QList<bool>{false, false, false, false, true, false};
    QTest::newRow("cancelled") << "cancelled"
                               << "death" << false
                               << QList<bool>{false, false, false, false, false, false};
}

void TestCardStatus::allows() {
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QFETCH(bool, replaced);
    QFETCH(QList<bool>, expected);
    const CardState state{States::cardStatus(status).value(), States::statusReason(reason).value(),
                          replaced};
    const QList<bool> actual = {
        cardAllows(state, CardAction::ReportLost),
        cardAllows(state, CardAction::Replace),
        cardAllows(state, CardAction::Replace, ReplacementReason::Damaged),
        cardAllows(state, CardAction::Convert),
        cardAllows(state, CardAction::Cancel),
        cardAllows(state, CardAction::Reprint),
    };
    QCOMPARE(actual, expected);
}

// Every state has one stored code and reads back from it; a code the program
// does not know is no state (the row reader reports it), never a default.
void TestCardStatus::storedCodes() {
    for (CardStatus s : {CardStatus::Active, CardStatus::Blocked, CardStatus::Cancelled})
        QCOMPARE(States::cardStatus(States::code(s)), s);
    for (StatusReason r : {StatusReason::None, StatusReason::Lost, StatusReason::Replaced,
                           StatusReason::Converted, StatusReason::Death, StatusReason::MovedAway})
        QCOMPARE(States::statusReason(States::code(r)), r);
    for (ApplicationStatus s :
         {ApplicationStatus::Received, ApplicationStatus::InProduction, ApplicationStatus::Issued,
          ApplicationStatus::Rejected, ApplicationStatus::Cancelled})
        QCOMPARE(States::applicationStatus(States::code(s)), s);
    for (BatchStatus s : {BatchStatus::Open, BatchStatus::Submitted, BatchStatus::Approved,
                          BatchStatus::Rejected, BatchStatus::InProduction, BatchStatus::Completed})
        QCOMPARE(States::batchStatus(States::code(s)), s);
    QCOMPARE(States::code(ApplicationStatus::InProduction), QString("in-production"));
    QCOMPARE(States::code(StatusReason::MovedAway), QString("moved-away"));
    QVERIFY(!States::cardStatus(u"Active"));
    QVERIFY(!States::cardStatus(u""));
    QVERIFY(!States::statusReason(u"stolen"));
    QVERIFY(!States::applicationStatus(u"issued "));
    QVERIFY(!States::batchStatus(u"closed"));
}

QTEST_APPLESS_MAIN(TestCardStatus)
#include "tst_cardstatus.moc"
