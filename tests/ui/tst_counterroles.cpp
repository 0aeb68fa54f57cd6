// Roles at the counter, through the window: what a role may not do, it is
// refused before anything is asked or shown.
#include "tests/ui/counterwindowworld.h"

#include "core/station/auditlog.h"
#include "ui/counter/counterpage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace cc;

class TstCounterRoles
    : public QObject
    , private test::CounterWindowWorld {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCOMPARE(startWindowWorld(), QString()); }
    void init() { QCOMPARE(openWindow(), QString()); }
    void cleanup() { closeWindow(); }
    void adminIsShownNothingOfAPerson();
    void clerkCannotPutDocumentsOverTheRegistry();
};

void TstCounterRoles::adminIsShownNothingOfAPerson() {
    QCOMPARE(logIn("admin"), QString());
    CounterPage *counter = m_window->page<CounterPage>();
    // 張志明 is in the registry: the admin learns not even that.
    QCOMPARE(lookUp("H101234562", QString::fromUtf8("handle-applicants")), QString());
    const QString shown = counter->findChild<QLabel *>("person")->text();
    QVERIFY2(!shown.contains(QString::fromUtf8("張志明")) && !shown.contains("1956"),
             qPrintable(shown));
    QCOMPARE(counter->findChild<QTreeWidget *>("eligibility")->topLevelItemCount(), 0);
    QCOMPARE(counter->findChild<QComboBox *>("cardType")->count(), 0);
    QCOMPARE(counter->findChild<QTableWidget *>("cards")->rowCount(), 0);
    // The refusal is in the audit log, under the admin's name.
    QCOMPARE(test::storeValue(m_fixture->store(),
                              "SELECT count(*) FROM audit_entries WHERE action = "
                              "'registry.lookup' AND outcome = 'denied'"),
             QVariant(1));
}

void TstCounterRoles::clerkCannotPutDocumentsOverTheRegistry() {
    QCOMPARE(logIn("clerk"), QString());
    CounterPage *counter = m_window->page<CounterPage>();
    // 李秀英 has moved out: the registry says so, and F3 does not open the
    // documents form to say otherwise.
    QCOMPARE(lookUp("O200000006", QString::fromUtf8("李秀英")), QString());
    QTest::keyClick(counter, Qt::Key_F3);
    QTRY_VERIFY2(counter->notice().contains(QString::fromUtf8("主管")),
                 qPrintable(counter->notice()));
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(counter->findChild<QComboBox *>("cardType")->count(), 0); // eligible for nothing
}

QTEST_MAIN(TstCounterRoles)
#include "tst_counterroles.moc"
