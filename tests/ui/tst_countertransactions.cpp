// Each counter transaction as a clerk (or supervisor) does it at the window,
// by keys only — F2 … F10, Alt+letters, F6 for the cards, Enter and the
// letters of the dialogs' buttons — against the real devices (pcscd + vpcd
// with the virtual card, the printer emulator, the PDF receipt printer). Each
// checks what the store and the audit log hold afterwards, and that the store
// still passes its check.
#include "tests/support/printingpeers.h"
#include "tests/ui/counterkeys.h"

#include "core/domain/cardnumber.h"
#include "core/domain/rocdate.h"
#include "core/station/receipts.h"
#include "core/station/storecheck.h"
#include "ui/counter/applicantfinder.h"
#include "ui/counter/counterpage.h"
#include "ui/counter/identry.h"
#include "ui/counter/photocropper.h"
#include "ui/counter/producesteps.h"
#include "ui/dayclose/daypage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace cc;
using namespace cc::test;

namespace {

const QString kOtherPhoto = CITIZENCARD_TEST_DATA_DIR "/photos/applicant-landscape.png";

} // namespace

class TstCounterTransactions
    : public QObject
    , private test::CounterKeys {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newCard();
    void lostReportPrintsAProof();
    void replacementWithFee_data();
    void replacementWithFee();
    void leavingWithoutTheCard();
    void conversionWithAPhotoTakenAgain();
    void cancellationBySupervisor();
    void linkOwnCard();
    void reprintFace();
    void offlineDocuments();
    void findByNameOrCardAndHistory();
    void receiptKeptAndPrintedAgain();
    void endOfDaySignedOff();

private:
    void logIn(const QString &user) { logInAs(user); }
    void lookUp(const QString &id, const QString &name) { lookUpAs(id, name); }
    QString receipt() {
        return test::runTool(QStringLiteral("pdftotext"),
                             {m_tmp.filePath(QStringLiteral("receipt.pdf")), QStringLiteral("-")});
    }

    // With CITIZENCARD_SCREENSHOT_DIR set (scripts/screenshots), `w` saved as `name`.png.
    void shoot(QWidget *w, const QString &name) {
        if (!m_shots.isEmpty())
            QVERIFY(w->grab().save(QDir(m_shots).filePath(name + ".png")));
    }
    // The dialog saved as `name`, then answered with `step`.
    Step shotThen(const QString &name, Step step) {
        return [this, name, step](QWidget *m) {
            shoot(m, name);
            step(m);
        };
    }

    QString m_shots = qEnvironmentVariable("CITIZENCARD_SCREENSHOT_DIR");
};

void TstCounterTransactions::initTestCase() {
    const QString failed = startWindowWorld();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TstCounterTransactions::init() {
    resetKeys();
    const QString failed = openWindow();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TstCounterTransactions::cleanup() {
    // Dialogs a failed test left unanswered are no business of the next one.
    stopKeys();
    if (m_fixture) {
        Result<StoreCheckReport> check = StoreCheck::run(m_fixture->store(), m_fixture->audit());
        QVERIFY(check.ok());
        QVERIFY2(check->ok(), qPrintable(check->problems.join('\n')));
    }
    closeWindow();
}

void TstCounterTransactions::newCard() {
    logIn("clerk");
    const int printed = m_devices.counters().value("printed");
    const QString number = issue("H101234562", QString::fromUtf8("張志明"));
    QVERIFY(!number.isEmpty());
    QCOMPARE(m_devices.counters().value("printed"), printed + 1);
    QCOMPARE(value("SELECT status || ' ' || card_type FROM cards WHERE card_number = ?", {number}),
             QVariant("active senior"));
    QCOMPARE(value("SELECT status || ' ' || kind FROM applications"), QVariant("issued new"));
    QVERIFY(lastAudit("application.submit").startsWith("clerk application:"));
    QVERIFY(lastAudit("production.issued").contains(" ok "));
    // F10: the receipt the applicant signs, with the time it was made.
    QTest::keyClick(counter(), Qt::Key_F10);
    waitIdle();
    const QString text = receipt();
    QVERIFY2(text.contains(CardNumber::grouped(number)) &&
                 text.contains(QString::fromUtf8("張志明")),
             qPrintable(text));
    // The PDF's font maps some glyphs to CJK radicals (⺠, ⽉, ⽇): compared in NFKC,
    // without the era's first character.
    QVERIFY2(text.normalized(QString::NormalizationForm_KC)
                 .contains(RocDate::formatLong(m_clock.todayInTaipei()).mid(2)),
             qPrintable(text));
}

void TstCounterTransactions::lostReportPrintsAProof() {
    logIn("clerk");
    const QString number = issue("H101234562", QString::fromUtf8("張志明"));
    QTest::keyClick(counter(), Qt::Key_F6);
    answerDialogs({press(Qt::Key_Y)});
    QTest::keyClick(counter(), Qt::Key_L, Qt::AltModifier);
    answered(1);
    QTRY_COMPARE(value("SELECT status || ' ' || status_reason FROM cards"),
                 QVariant("blocked lost"));
    waitIdle();
    QVERIFY(lastAudit("card.report-lost").startsWith("clerk card:" + number + " ok"));
    QCOMPARE(value("SELECT count(*) FROM outbox WHERE topic = 'card.blocked'"), QVariant(1));
    // The citizen's proof: the card, blocked, when and by whom.
    const QString proof = receipt();
    QVERIFY2(proof.contains(CardNumber::grouped(number)) &&
                 proof.contains(QString::fromUtf8("掛失")),
             qPrintable(proof));
    QVERIFY2(proof.contains("H1012*****") && !proof.contains("H101234562"), qPrintable(proof));
}

void TstCounterTransactions::replacementWithFee_data() {
    QTest::addColumn<bool>("damaged");
    QTest::addColumn<bool>("waived");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("oldCard");
    QTest::newRow("lost, fee paid") << false << false << "replacement-lost"
                                    << "blocked lost";
    QTest::newRow("damaged, fee waived") << true << true << "replacement-damaged"
                                         << "blocked replaced";
}

void TstCounterTransactions::replacementWithFee() {
    QFETCH(bool, damaged);
    QFETCH(bool, waived);
    QFETCH(QString, kind);
    QFETCH(QString, oldCard);
    logIn("clerk");
    const QString old = issue("H101234562", QString::fromUtf8("張志明"));
    // Another day: the applicant comes back; no photo is taken this time.
    QTest::keyClick(counter(), Qt::Key_N, Qt::ControlModifier);
    lookUp("H101234562", QString::fromUtf8("張志明"));
    QVERIFY(!counter()->photo()->hasImage());
    QTest::keyClick(counter(), Qt::Key_F6);
    // The reason from the list: Down on it for the second, Enter.
    QList<Step> answers = {[damaged](QWidget *m) {
        if (damaged)
            QTest::keyClick(m->findChild<QComboBox *>(), Qt::Key_Down);
        QTest::keyClick(m, Qt::Key_Return);
    }};
    if (waived)
        answers << shotThen("16-replacement-fee", press(Qt::Key_W))
                << typeAndEnter("low-income household");
    else
        answers << press(Qt::Key_P);
    answerDialogs(answers);
    QTest::keyClick(counter(), Qt::Key_R, Qt::AltModifier);
    answered(waived ? 3 : 2);
    // The photo on file is shown, and is what the new card carries.
    QTRY_VERIFY(counter()->photo()->hasImage());
    if (waived)
        shoot(m_window.get(), "17-replacement-photo-on-file");
    QVERIFY2(counter()->notice().contains(CardNumber::grouped(old)),
             qPrintable(counter()->notice()));
    const QString renewed = produce();
    QVERIFY2(!renewed.isEmpty() && renewed != old, qPrintable(counter()->notice()));
    QCOMPARE(value("SELECT count(*) FROM audit_entries WHERE action = 'applicant.photo'"),
             QVariant(0));
    QCOMPARE(value("SELECT kind || ' ' || fee || ' ' || fee_waived FROM applications WHERE "
                   "replaces_card = ?",
                   {old}),
             QVariant(QStringLiteral("%1 100 %2").arg(kind).arg(int(waived))));
    QCOMPARE(value("SELECT status || ' ' || status_reason FROM cards WHERE card_number = ?", {old}),
             QVariant(oldCard));
    QCOMPARE(value("SELECT status FROM cards WHERE card_number = ?", {renewed}),
             QVariant("active"));
    QVERIFY2(lastAudit("application.submit")
                 .endsWith(QStringLiteral(" kind=%1 replaces=%2 fee=100 %3")
                               .arg(kind, old, waived ? "waived" : "paid")),
             qPrintable(lastAudit("application.submit")));
    // The receipt says what was paid, or why nothing was.
    QTest::keyClick(counter(), Qt::Key_F10);
    waitIdle();
    const QString text = receipt();
    QVERIFY2(text.contains(CardNumber::grouped(renewed)) && text.contains("NT$100"),
             qPrintable(text));
    QVERIFY2(text.contains("low-income household") == waived, qPrintable(text));
}

// The applicant goes before F9: Ctrl+N asks. Esc stays; K keeps the
// application waiting, found again at the next look-up (F9 would make it);
// W withdraws it: cancelled, audited, the centre told, and not found again.
void TstCounterTransactions::leavingWithoutTheCard() {
    logIn("clerk");
    const QString old = issue("H101234562", QString::fromUtf8("張志明"));
    QTest::keyClick(counter(), Qt::Key_N, Qt::ControlModifier);
    lookUp("H101234562", QString::fromUtf8("張志明"));
    QTest::keyClick(counter(), Qt::Key_F6);
    answerDialogs({press(Qt::Key_Return), press(Qt::Key_P)}); // lost, fee paid
    QTest::keyClick(counter(), Qt::Key_R, Qt::AltModifier);
    answered(2);
    QTRY_VERIFY(counter()->photo()->hasImage());
    waitIdle();
    const qint64 application =
        value("SELECT id FROM applications WHERE replaces_card = ?", {old}).toLongLong();
    QVERIFY(application > 0);
    auto *person = counter()->findChild<QLabel *>("person");
    const auto next = [&](Qt::Key key) {
        answerDialogs({shotThen("22-leaving-without-the-card", press(key))});
        QTest::keyClick(counter(), Qt::Key_N, Qt::ControlModifier);
        answered(1);
        waitIdle();
    };
    next(Qt::Key_Escape);
    QVERIFY(person->text().contains(QString::fromUtf8("張志明")));
    next(Qt::Key_K);
    QVERIFY(!person->text().contains(QString::fromUtf8("張志明")));
    lookUp("H101234562", QString::fromUtf8("張志明"));
    QTRY_VERIFY2(counter()->notice().contains(QString::number(application)),
                 qPrintable(counter()->notice()));
    QTRY_VERIFY(counter()->photo()->hasImage()); // the photo on file, for F9
    next(Qt::Key_W);
    QTRY_COMPARE(counter()->notice(),
                 QCoreApplication::translate(
                     "cc::CounterController",
                     "Application %1 is withdrawn: the applicant left without the card.")
                     .arg(application));
    QVERIFY(!person->text().contains(QString::fromUtf8("張志明")));
    QCOMPARE(value("SELECT status FROM applications WHERE id = ?", {application}),
             QVariant("cancelled"));
    QCOMPARE(lastAudit("application.withdraw"),
             QStringLiteral("clerk application:%1 ok kind=replacement-lost").arg(application));
    QCOMPARE(value("SELECT count(*) FROM outbox WHERE topic = 'application.withdrawn'"),
             QVariant(1));
    // Looked up again: nothing waits (no photo on file is brought back for F9).
    lookUp("H101234562", QString::fromUtf8("張志明"));
    waitIdle();
    QTest::qWait(200);
    QVERIFY(!counter()->photo()->hasImage());
    QCOMPARE(value("SELECT status || ' ' || status_reason FROM cards WHERE card_number = ?", {old}),
             QVariant("blocked lost")); // the report stands
}

void TstCounterTransactions::conversionWithAPhotoTakenAgain() {
    logIn("clerk");
    const QString senior = issue("H101234562", QString::fromUtf8("張志明"));
    QTest::keyClick(counter(), Qt::Key_N, Qt::ControlModifier);
    lookUp("H101234562", QString::fromUtf8("張志明"));
    // The general card, first in the list: a lower type, so the clerk is warned.
    auto *type = counter()->findChild<QComboBox *>("cardType");
    QTest::keyClick(counter(), Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(type->hasFocus());
    QTest::keyClick(type, Qt::Key_Home);
    QCOMPARE(type->currentData().toString(), QString("general"));
    QTest::keyClick(counter(), Qt::Key_F6);
    QString asked;
    answerDialogs({[&asked](QWidget *m) {
        asked = static_cast<QMessageBox *>(m)->text();
        press(Qt::Key_Y)(m);
    }});
    QTest::keyClick(counter(), Qt::Key_V, Qt::AltModifier);
    answered(1);
    QVERIFY2(asked.contains(QCoreApplication::translate(
                                "cc::CounterPage",
                                "Note: a general card has none of the concessions of the %1.")
                                .arg(CardTypes::displayName(CardType::Senior))),
             qPrintable(asked));
    waitIdle();
    QTRY_VERIFY(counter()->photo()->hasImage()); // the one on file…
    choosePhotoByKeys(kOtherPhoto);              // …taken again
    const QString general = produce();
    QVERIFY2(!general.isEmpty(), qPrintable(counter()->notice()));
    QCOMPARE(value("SELECT card_type FROM cards WHERE card_number = ?", {general}),
             QVariant("general"));
    QCOMPARE(
        value("SELECT status || ' ' || status_reason FROM cards WHERE card_number = ?", {senior}),
        QVariant("blocked converted"));
    QCOMPARE(value("SELECT kind FROM applications WHERE replaces_card = ?", {senior}),
             QVariant("conversion"));
    QVERIFY2(lastAudit("application.submit")
                 .endsWith(" ok person:1 type=general kind=conversion replaces=" + senior),
             qPrintable(lastAudit("application.submit")));
    QVERIFY(lastAudit("applicant.photo").endsWith("ok retaken"));
}

void TstCounterTransactions::cancellationBySupervisor() {
    logIn("supervisor");
    const QString number = issue("H101234562", QString::fromUtf8("張志明"));
    QTest::keyClick(counter(), Qt::Key_F6);
    answerDialogs({shotThen("10-cancel-reason", press(Qt::Key_Return))}); // the first: death
    QTest::keyClick(counter(), Qt::Key_X, Qt::AltModifier);
    answered(1);
    QTRY_COMPARE(value("SELECT status || ' ' || status_reason FROM cards"),
                 QVariant("cancelled death"));
    waitIdle();
    QVERIFY(lastAudit("card.cancel").startsWith("supervisor card:" + number + " ok reason=death"));
}

void TstCounterTransactions::linkOwnCard() {
    logIn("clerk");
    lookUp("F222222222", QString::fromUtf8("林怡君"));
    QVERIFY(m_devices.placeBlankCard()); // the citizen's own card, on the reader
    const int fed = m_devices.counters().value("feeder");
    answerDialogs({shotThen("20-link-own-card", press(Qt::Key_Return))});
    QTest::keyClick(counter(), Qt::Key_K, Qt::AltModifier);
    answered(1);
    QTRY_COMPARE(value("SELECT count(*) FROM cards"), QVariant(1));
    waitIdle();
    const QString uid = value("SELECT chip_uid FROM cards").toString();
    QVERIFY(!uid.isEmpty());
    QVERIFY2(counter()->notice().contains(uid.toUpper()), qPrintable(counter()->notice()));
    QCOMPARE(value("SELECT kind || ' ' || status FROM applications"), QVariant("link issued"));
    QVERIFY(lastAudit("card.link").contains(" ok "));
    QCOMPARE(m_devices.counters().value("feeder"), fed); // no blank taken, nothing printed
    // A linked card has no face of ours: no reprint.
    QTRY_COMPARE(counter()->findChild<QTableWidget *>("cards")->rowCount(), 1);
    QVERIFY(!counter()->findChild<QPushButton *>("reprint")->isEnabled());
}

void TstCounterTransactions::reprintFace() {
    logIn("clerk");
    const QString number = issue("H101234562", QString::fromUtf8("張志明"));
    const int printed = m_devices.counters().value("printed");
    QTest::keyClick(counter(), Qt::Key_F6);
    answerDialogs({press(Qt::Key_Y)});
    QTest::keyClick(counter(), Qt::Key_P, Qt::AltModifier);
    answered(1);
    QTRY_COMPARE_WITH_TIMEOUT(m_devices.counters().value("printed"), printed + 1, 30000);
    waitIdle();
    QVERIFY(lastAudit("card.reprint").startsWith("clerk card:" + number + " ok"));
    QCOMPARE(value("SELECT status FROM cards WHERE card_number = ?", {number}), QVariant("active"));
}

void TstCounterTransactions::offlineDocuments() {
    logIn("clerk");
    // The registry was not asked (F2 not pressed): the documents stand in.
    QTest::keyClicks(counter()->idEntry()->field(), "A123456789");
    answerDialogs({[](QWidget *dialog) {
        QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier);
        // Chinese comes through the input method, as the clerk's does.
        QInputMethodEvent typed;
        typed.setCommitString(QString::fromUtf8("陳美玲"));
        QApplication::sendEvent(QApplication::focusWidget(), &typed);
        QTest::keyClick(dialog, Qt::Key_B, Qt::AltModifier);
        typeAndEnter("44/03/14")(dialog);
    }});
    QTest::keyClick(counter(), Qt::Key_F3);
    answered(1);
    QTRY_VERIFY(
        counter()->findChild<QLabel *>("person")->text().contains(QString::fromUtf8("陳美玲")));
    QCOMPARE(counter()->findChild<QComboBox *>("cardType")->currentData().toString(),
             QString("senior"));
    choosePhotoByKeys(kPhoto);
    const QString number = produce();
    QVERIFY2(!number.isEmpty(), qPrintable(counter()->notice()));
    QCOMPARE(value("SELECT recheck_pending || ' ' || status FROM applications"),
             QVariant("1 issued"));
    QVERIFY(!value("SELECT documents FROM applications").isNull()); // sealed
    QVERIFY(lastAudit("application.submit").startsWith("clerk application:"));
    QCOMPARE(value("SELECT count(*) FROM audit_entries WHERE action = 'registry.lookup'"),
             QVariant(0));
}

void TstCounterTransactions::findByNameOrCardAndHistory() {
    logIn("clerk");
    const QString number = issue("H101234562", QString::fromUtf8("張志明"));
    auto *person = counter()->findChild<QLabel *>("person");
    // Ctrl+F, what the applicant says, Enter; Enter on the match.
    const auto find = [this](const QString &text) {
        return Step([this, text](QWidget *finder) {
            typeAndEnter(text)(finder);
            auto *matches = finder->findChild<QTableWidget *>("findMatches");
            QVERIFY(QTest::qWaitFor([&] { return matches->rowCount() > 0; }, 10000));
            QCOMPARE(matches->item(0, 3)->text(), QString("H1012*****"));
            shoot(finder, "18-find-applicant");
            QTest::keyClick(matches, Qt::Key_Return);
        });
    };
    for (const QString &typed : {QStringLiteral("chang chih-ming"), CardNumber::grouped(number)}) {
        QTest::keyClick(counter(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!person->text().contains(QString::fromUtf8("張志明")));
        answerDialogs({find(typed)});
        QTest::keyClick(counter(), Qt::Key_F, Qt::ControlModifier);
        answered(1);
        QTRY_VERIFY2(person->text().contains(QString::fromUtf8("張志明")),
                     qPrintable(person->text()));
        waitIdle();
    }
    QCOMPARE(value("SELECT group_concat(detail, ';') FROM audit_entries WHERE action = "
                   "'applicant.find' AND detail LIKE 'by=%'"),
             QVariant("by=name matches=1;by=card matches=1"));
    // Ctrl+H: the application, the card and what was done to them.
    QStringList what;
    int applications = 0, cards = 0;
    answerDialogs({[&](QWidget *dialog) {
        applications = dialog->findChild<QTableWidget *>("historyApplications")->rowCount();
        cards = dialog->findChild<QTableWidget *>("historyCards")->rowCount();
        auto *events = dialog->findChild<QTableWidget *>("historyEvents");
        for (int row = 0; row < events->rowCount(); ++row)
            what << events->item(row, 2)->text();
        shoot(dialog, "19-history");
        QTest::keyClick(dialog, Qt::Key_Escape);
    }});
    QTest::keyClick(counter(), Qt::Key_H, Qt::ControlModifier);
    answered(1);
    QCOMPARE(applications, 1);
    QCOMPARE(cards, 1);
    QVERIFY2(what.contains(HistoryDialog::actionText("application.submit")) &&
                 what.contains(HistoryDialog::actionText("production.issued")),
             qPrintable(what.join('|')));
    QVERIFY2(!what.join(' ').contains("production."), qPrintable(what.join('|')));
    QVERIFY(lastAudit("applicant.history").startsWith("clerk person:1 ok events="));
}

// F10 keeps the receipt (numbered, audited) under the office's name, signed
// with the clerk's display name; Ctrl+H lists it and Alt+P prints it again as
// a marked copy with the same number.
void TstCounterTransactions::receiptKeptAndPrintedAgain() {
    Receipts receipts(m_fixture->store(), m_fixture->audit(), m_clock);
    QVERIFY(receipts
                .setOffice(m_fixture->admin(),
                           {QString::fromUtf8("桃園區戶政事務所"),
                            QString::fromUtf8("桃園市桃園區縣府路 1 號"), "03-332-2101"})
                .ok());
    m_fixture->loginAs(Role::Clerk);
    QVERIFY(m_fixture->accounts()
                .setDisplayName(m_fixture->admin(), "clerk", QString::fromUtf8("陳美玲"))
                .ok());
    logIn("clerk");
    const QString number = issue("H101234562", QString::fromUtf8("張志明"));
    QTest::keyClick(counter(), Qt::Key_F10);
    waitIdle();
    QCOMPARE(value("SELECT id || ' ' || kind || ' ' || card_number FROM receipts"),
             QVariant("1 application " + number));
    QCOMPARE(lastAudit("receipt.print"), "clerk card:" + number + " ok receipt=1 kind=application");
    const QString first = receipt().normalized(QString::NormalizationForm_KC);
    QVERIFY2(first.contains(QString::fromUtf8("陳美玲")) && first.contains("03-332-2101") &&
                 first.contains(QString::fromUtf8("縣府路")),
             qPrintable(first));
    const QString again = QCoreApplication::translate("ReceiptPrinter", "Printed again");
    QVERIFY2(!first.contains(again), qPrintable(first));

    answerDialogs({[this](QWidget *dialog) {
        auto *list = dialog->findChild<QTableWidget *>("historyReceipts");
        QCOMPARE(list->rowCount(), 1);
        QCOMPARE(list->currentRow(), 0); // the newest, chosen at first
        shoot(dialog, "23-history-receipts");
        QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
    }});
    QTest::keyClick(counter(), Qt::Key_H, Qt::ControlModifier);
    answered(1);
    waitIdle();
    QCOMPARE(value("SELECT count(*) || ' ' || max(copy_of) FROM receipts"), QVariant("2 1"));
    QCOMPARE(lastAudit("receipt.reprint"),
             "clerk card:" + number + " ok receipt=1 kind=application");
    const QString copy = receipt().normalized(QString::NormalizationForm_KC);
    QVERIFY2(copy.contains(CardNumber::grouped(number)) &&
                 copy.contains(QString::fromUtf8("陳美玲")),
             qPrintable(copy));
    QVERIFY2(copy.contains(again), qPrintable(copy)); // marked as printed again
}

void TstCounterTransactions::endOfDaySignedOff() {
    logIn("supervisor");
    issue("H101234562", QString::fromUtf8("張志明"));
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    auto *page = m_window->page<DayPage>();
    QTRY_COMPARE(m_window->workspace()->currentWidget(), page);
    auto *figures = page->findChild<QTableWidget *>("dayFigures");
    QStringList rows;
    for (int r = 0; r < figures->rowCount(); ++r)
        rows << figures->item(r, 0)->text() + '=' + figures->item(r, 1)->text();
    QVERIFY2(rows.contains(DayPage::tr("Cards issued in all") + "=1"), qPrintable(rows.join('|')));
    // Four blank cards in the drawer where the log expects four: typed, Alt+S, Y.
    auto *counted = page->findChild<QSpinBox *>("counted-easycard");
    QCOMPARE(counted->value(), 4);
    counted->setFocus();
    counted->selectAll();
    QTest::keyClicks(counted, "3"); // one is missing
    QVERIFY(page->findChild<QLabel *>("dayStatus")->isVisible());
    QString asked;
    answerDialogs({[&asked](QWidget *m) {
        asked = static_cast<QMessageBox *>(m)->text();
        press(Qt::Key_Y)(m);
    }});
    QTest::keyClick(page, Qt::Key_S, Qt::AltModifier);
    answered(1);
    QVERIFY2(asked.contains(DayPage::tr("The blank cards counted differ from the stock log. Sign "
                                        "off anyway? The difference is recorded.")),
             qPrintable(asked));
    QTRY_VERIFY(lastAudit("day.sign-off").startsWith("supervisor day:"));
    QVERIFY2(lastAudit("day.sign-off").endsWith("easycard=3/4"),
             qPrintable(lastAudit("day.sign-off")));
    QVERIFY(!page->findChild<QPushButton *>("signOffDay")->isEnabled());
    counted = page->findChild<QSpinBox *>("counted-easycard"); // the page was made again
    QCOMPARE(counted->value(), 3);                             // as signed off
    QVERIFY(!counted->isEnabled());
    shoot(m_window.get(), "21-end-of-day");
}

QTEST_MAIN(TstCounterTransactions)
#include "tst_countertransactions.moc"
