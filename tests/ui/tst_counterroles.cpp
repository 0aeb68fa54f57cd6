// Roles at the counter, through the window: what a role may not do, it is
// refused before anything is asked or shown.
#include "tests/ui/counterwindowworld.h"

#include "core/station/auditlog.h"
#include "ui/counter/counterpage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
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
    void quitAsksAndLockSaysWho();
    void warnedBeforeTheIdleLock();
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
    // A form that opens by mistake is closed and counted, not waited on.
    int opened = 0;
    QTimer guard;
    guard.setInterval(50);
    connect(&guard, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            ++opened;
            dialog->reject();
        }
    });
    guard.start();
    QTest::keyClick(counter, Qt::Key_F3);
    QTRY_VERIFY2(counter->notice().contains(QString::fromUtf8("主管")),
                 qPrintable(counter->notice()));
    guard.stop();
    QCOMPARE(opened, 0);
    QCOMPARE(counter->findChild<QComboBox *>("cardType")->count(), 0); // eligible for nothing
}

void TstCounterRoles::quitAsksAndLockSaysWho() {
    QCOMPARE(logIn("clerk"), QString());
    // Alt+F4 with a clerk at work: asked, and No (the default, Esc) keeps it.
    int asked = 0;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            ++asked;
            QTest::keyClick(box, Qt::Key_Escape);
        }
    });
    answer.start();
    QVERIFY(!m_window->close());
    answer.stop();
    QCOMPARE(asked, 1);
    QVERIFY(m_window->isVisible());
    // Locked, the status bar says by whom, not "not logged in".
    m_window->lock();
    QTRY_VERIFY(m_window->isLocked()); // after what the page was busy with
    QStringList texts;
    for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.join('|').contains("clerk"), qPrintable(texts.join('|')));
    // Locked, the window closes without asking (the work is the next
    // login's to resume).
    QVERIFY(m_window->close());
}

void TstCounterRoles::warnedBeforeTheIdleLock() {
    m_services->settings.idleLockSeconds = 10; // the warning 2 s before
    QCOMPARE(logIn("clerk"), QString());
    auto *warning = m_window->findChild<QLabel *>("idleWarning");
    QVERIFY(!warning->isVisible());
    // Nobody touches it: the warning, then the lock.
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 12000);
    QVERIFY(!m_window->isLocked());
    QVERIFY2(warning->text().contains("2"), qPrintable(warning->text()));
    // A key: the warning goes and the time starts again.
    QTest::keyClick(m_window.get(), Qt::Key_Shift);
    QVERIFY(!warning->isVisible());
    QVERIFY(!m_window->isLocked());
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 12000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
    QVERIFY(!warning->isVisible());
}

QTEST_MAIN(TstCounterRoles)
#include "tst_counterroles.moc"
