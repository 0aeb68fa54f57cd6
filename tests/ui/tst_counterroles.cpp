// Roles at the counter, through the window: what a role may not do, it is
// refused before anything is asked or shown.
#include "tests/ui/counterwindowworld.h"

#include "core/station/auditlog.h"
#include "core/workflows/issuance.h"
#include "ui/counter/counterpage.h"
#include "ui/login/loginpage.h"
#include "ui/operators/operatorspage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
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
    void actionsFollowTheRoleTable_data();
    void actionsFollowTheRoleTable();
    void adminIsShownNothingOfAPerson();
    void clerkCannotPutDocumentsOverTheRegistry();
    void quitAsksAndLockSaysWho();
    void warnedBeforeTheIdleLock();
    void supervisorUnlocksAClerkByKeys();
    void logOutAndSwitchUser();

private:
    // Answers the next modal dialog with `key`, once (keys in a fast row
    // would look like a wedge scanner's burst), and counts it in `asked`.
    void answerDialogs(QTimer &timer, int &asked, Qt::Key key) {
        timer.setInterval(50);
        connect(&timer, &QTimer::timeout, this, [&timer, &asked, key] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            timer.stop();
            ++asked;
            QTest::keyClick(modal, key);
        });
        timer.start();
    }
};

// The role table of docs/store.md, as the counter shows it: for each role,
// the buttons on a person's active card, Produce and Offline documents, and
// whether the person's data appear at all.
void TstCounterRoles::actionsFollowTheRoleTable_data() {
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("seesPerson");
    // Report lost, replacement, convert, cancel, link own, reprint, produce, offline.
    QTest::addColumn<QList<bool>>("enabled");
    const QList<bool> counterWork = {true, true, true, false, true, true, true, true};
    QTest::newRow("clerk") << "clerk" << true << counterWork;
    QTest::newRow("mobile team") << "mobile" << true << counterWork;
    QTest::newRow("supervisor") << "supervisor" << true << QList<bool>(8, true);
    QTest::newRow("admin") << "admin" << false << QList<bool>(8, false);
}

void TstCounterRoles::actionsFollowTheRoleTable() {
    QFETCH(QString, user);
    QFETCH(bool, seesPerson);
    QFETCH(QList<bool>, enabled);
    // 張志明 holds an active senior card.
    Issuance issuance(m_fixture->store(), m_fixture->audit(), m_clock);
    const qint64 application =
        m_desk->counter().applyNew(m_clerk, applicant("H101234562", CardType::Senior)).value();
    QCOMPARE(issuance
                 .produce(m_clerk, application, Carrier::EasyCard, m_devices.encoder(),
                          m_devices.printer())
                 .value()
                 .end,
             IssuanceStep::Issued);
    if (user == "mobile")
        (void)m_fixture->loginAs(Role::Mobile); // the supervisor adds the account
    QCOMPARE(logIn(user), QString());
    CounterPage *counter = m_window->page<CounterPage>();
    QCOMPARE(lookUp("H101234562", seesPerson
                                      ? QString::fromUtf8("張志明")
                                      : QCoreApplication::translate(
                                            "Roles", "take applications and look up applicants")),
             QString());
    const QString shown = counter->findChild<QLabel *>("person")->text();
    QCOMPARE(shown.contains(QString::fromUtf8("張志明")), seesPerson);
    QCOMPARE(shown.contains("1956") || shown.contains("045/08/15"), seesPerson);
    QCOMPARE(counter->findChild<QTableWidget *>("cards")->rowCount(), seesPerson ? 1 : 0);
    const char *buttons[] = {"reportLost", "replace", "convert", "cancelCard",
                             "linkOwn",    "reprint", "produce", "offline"};
    for (int i = 0; i < 8; ++i) {
        auto *button = counter->findChild<QPushButton *>(buttons[i]);
        QVERIFY2(button->isEnabled() == enabled[i], buttons[i]);
        // A button off for the role (not for the card) says who may.
        if (!enabled[i] && seesPerson)
            QVERIFY2(button->toolTip().contains(Roles::displayName(Role::Supervisor)),
                     qPrintable(button->toolTip()));
    }
}

void TstCounterRoles::adminIsShownNothingOfAPerson() {
    QCOMPARE(logIn("admin"), QString());
    CounterPage *counter = m_window->page<CounterPage>();
    // 張志明 is in the registry: the admin learns not even that.
    QCOMPARE(lookUp("H101234562", QCoreApplication::translate(
                                      "Roles", "take applications and look up applicants")),
             QString());
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

void TstCounterRoles::supervisorUnlocksAClerkByKeys() {
    // The clerk tries a wrong password until locked out.
    for (int i = 0; i < 5; ++i)
        (void)m_fixture->accounts().login("clerk", "wrong password");
    QCOMPARE(m_fixture->accounts().login("clerk", StoreFixture::passwordOf("clerk")).error().code,
             ErrorCode::LockedOut);
    QCOMPARE(logIn("supervisor"), QString());
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    auto *page = m_window->page<OperatorsPage>();
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    auto *table = page->findChild<QTableWidget *>("operatorsTable");
    // The list is sorted by name: admin, clerk, supervisor. Down, Down: clerk.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->item(table->currentRow(), 0)->text(), QStringLiteral("clerk"));
    const QString state = table->item(table->currentRow(), 2)->text();
    QVERIFY2(state.contains(':') && state != QCoreApplication::translate("Accounts", "active"),
             qPrintable(state)); // "locked until HH:mm"
    // A supervisor does not change roles: the button is off and says who may.
    QPushButton *role = page->button(OperatorsPage::Action::SetRole);
    QVERIFY(!role->isEnabled());
    QVERIFY2(role->toolTip().contains(Roles::displayName(Role::Admin)),
             qPrintable(role->toolTip()));
    QVERIFY(page->button(OperatorsPage::Action::Unlock)->isEnabled());
    QTest::keyClick(page, Qt::Key_U, Qt::AltModifier);
    QTRY_VERIFY(!page->button(OperatorsPage::Action::Unlock)->isEnabled());
    QVERIFY(m_fixture->accounts().login("clerk", StoreFixture::passwordOf("clerk")).ok());
    QCOMPARE(test::storeValue(m_fixture->store(),
                              "SELECT operator || ' ' || outcome FROM audit_entries WHERE action "
                              "= 'operator.unlock'"),
             QVariant("supervisor ok"));
    // Disable, confirmed with Y: the clerk cannot log in.
    QTimer answer;
    int asked = 0;
    answerDialogs(answer, asked, Qt::Key_Y);
    QTest::keyClick(page, Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(asked, 1);
    answer.stop();
    QTRY_COMPARE(test::storeValue(m_fixture->store(), "SELECT disabled_at IS NOT NULL FROM "
                                                      "operators WHERE username = 'clerk'"),
                 QVariant(1));
    QCOMPARE(m_fixture->accounts().login("clerk", StoreFixture::passwordOf("clerk")).error().code,
             ErrorCode::PermissionDenied);
}

void TstCounterRoles::logOutAndSwitchUser() {
    QCOMPARE(logIn("clerk"), QString());
    // Locked, the clerk's lock screen has a way out, and then the language
    // can be chosen again.
    m_window->lock();
    QTRY_VERIFY(m_window->isLocked());
    auto *language = m_window->loginPage()->findChild<QComboBox *>("language");
    QVERIFY(!language->isEnabled());
    QTest::keyClick(m_window->loginPage(), Qt::Key_U, Qt::AltModifier);
    QTRY_VERIFY(language->isEnabled());
    QVERIFY(!m_window->page<CounterPage>());
    QStringList texts;
    for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.contains(QCoreApplication::translate("cc::MainWindow", "Not logged in")),
             qPrintable(texts.join('|')));
    // Another operator at work: Ctrl+Shift+Q, asked, Yes: logged out, audited.
    QCOMPARE(logIn("supervisor"), QString());
    QTimer answer;
    int asked = 0;
    answerDialogs(answer, asked, Qt::Key_Y);
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_window->isLocked());
    answer.stop();
    QCOMPARE(asked, 1);
    QVERIFY(!m_window->page<CounterPage>());
    QCOMPARE(test::storeValue(m_fixture->store(),
                              "SELECT count(*) FROM audit_entries WHERE action = 'auth.logout' "
                              "AND operator = 'supervisor'"),
             QVariant(1));
    // And the next operator gets a fresh counter.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(logIn("clerk"), QString());
    QVERIFY(m_window->page<CounterPage>());
}

QTEST_MAIN(TstCounterRoles)
#include "tst_counterroles.moc"
