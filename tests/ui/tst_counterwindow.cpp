// The counter GUI driven through its widgets, as a clerk would, against the
// real devices: pcscd + vpcd with the virtual card stack, the printer
// emulator. In zh_TW, the default language. With CITIZENCARD_SCREENSHOT_DIR
// set it saves a screenshot of every stage there (scripts/screenshots runs it
// under Xvfb for docs/screenshots/).
#include "devices/localdevices.h"
#include "tests/ui/counterwindowworld.h"

#include "core/domain/cardnumber.h"
#include "core/station/auditlog.h"
#include "core/station/batches.h"
#include "core/station/preapplications.h"
#include "core/station/stock.h"
#include "core/station/storecheck.h"
#include "printing/barcode.h"
#include "translations/translations.h"
#include "ui/common/mainwindow.h"
#include "ui/common/stationfont.h"
#include "ui/common/uiservices.h"
#include "ui/counter/counterpage.h"
#include "ui/counter/identry.h"
#include "ui/counter/photocropper.h"
#include "ui/counter/producesteps.h"
#include "ui/devices/devicespanel.h"
#include "ui/login/loginpage.h"
#include "ui/workspaces.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace cc;

namespace {

const QString kPhoto = CITIZENCARD_TEST_DATA_DIR "/photos/applicant-portrait.png";

template<typename T> T *child(QWidget *root, const char *name) {
    T *w = root->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

} // namespace

class TstCounterWindow
    : public QObject
    , private test::CounterWindowWorld {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void walkInIssuance();
    void idleLockKeepsTheWork();
    void scannerBurstLooksUp();
    void enterWhileBusyIsLookedUpNext();
    void idEntryChecksAsTyped_data();
    void idEntryChecksAsTyped();
    void offlineDocuments();
    void mobileSessionCollectsIntoABatch();
    void preApplicationOpensFromItsCode();
    void reportLostThroughTheCardsPanel();
    void devicesPanelShowsTheDevices();
    void fitsASmallLaptopScreen();

private:
    void shoot(QWidget *w, const QString &name);
    void logIn(const QString &user) { QCOMPARE(CounterWindowWorld::logIn(user), QString()); }
    // Types the ID, Enter, and waits for the registry's answer naming `name`.
    void lookUp(const QString &id, const QString &name) {
        QCOMPARE(CounterWindowWorld::lookUp(id, name), QString());
    }
    // Answers the next modal dialog with `key` once it shows.
    void answerNextDialog(Qt::Key key, const QString &shot = {});
    // F3 with the ID typed: 陳美玲's documents recorded (born 1955, her ID
    // card), the dialog's bad-date refusal checked on the way.
    void recordOfflineDocuments(const QString &shot = {});
    // A pre-application as the sync pull keeps it, for this station.
    void holdPreApplication(const QString &code, const QString &nationalId, const QString &name,
                            CardType type, Carrier carrier);

    QString m_shots = qEnvironmentVariable("CITIZENCARD_SCREENSHOT_DIR");
};

void TstCounterWindow::initTestCase() {
    const QString failed = startWindowWorld();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    if (!m_shots.isEmpty())
        QDir().mkpath(m_shots);
}

void TstCounterWindow::init() {
    const QString failed = openWindow();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TstCounterWindow::cleanup() {
    closeWindow();
}

void TstCounterWindow::shoot(QWidget *w, const QString &name) {
    if (m_shots.isEmpty())
        return;
    QApplication::processEvents();
    QVERIFY(w->grab().save(QDir(m_shots).filePath(name + ".png")));
}

void TstCounterWindow::answerNextDialog(Qt::Key key, const QString &shot) {
    // Polls without blocking: the dialog runs its own event loop.
    auto *poll = new QTimer(this);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [=, this] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || !dialog->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        if (!shot.isEmpty())
            shoot(dialog, shot);
        QTest::keyClick(dialog, key);
    });
    poll->start();
}

void TstCounterWindow::walkInIssuance() {
    shoot(m_window.get(), "01-login");
    logIn("clerk");
    CounterPage *counter = m_window->page<CounterPage>();
    shoot(m_window.get(), "02-counter-empty");

    // The ID number, checked as typed, looked up in the registry on Enter.
    lookUp("H101234562", QString::fromUtf8("張志明"));
    QCOMPARE(child<QComboBox>(counter, "cardType")->currentData().toString(), QString("senior"));
    shoot(m_window.get(), "03-counter-eligibility");

    // The photo, its crop frame moved by keyboard, and the preview.
    QVERIFY(counter->setPhotoFile(kPhoto));
    const QRectF before = counter->photo()->crop();
    QTest::keyClick(counter->photo(), Qt::Key_Plus);
    QTest::keyClick(counter->photo(), Qt::Key_Up);
    QVERIFY(counter->photo()->crop().width() < before.width());
    QVERIFY(counter->photo()->crop().top() < before.top() + 0.06 * before.height());
    shoot(m_window.get(), "04-counter-photo-preview");
    // F4 opens the photo dialog where the last photo came from.
    QString opened;
    auto *poll = new QTimer(this);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [&opened, poll] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            opened = dialog->directory().absolutePath();
            poll->stop();
            dialog->reject();
        }
    });
    poll->start();
    QTest::keyClick(counter, Qt::Key_F4);
    QTRY_COMPARE(opened, QFileInfo(kPhoto).absolutePath());
    poll->deleteLater();
    m_window->activateWindow(); // the dialog took it
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Produce: F9, the steps live, then issued.
    const int printedBefore = m_devices.counters().value("printed");
    QTest::keyClick(counter, Qt::Key_F9);
    QTRY_COMPARE(counter->steps()->state(ProduceSteps::Row::Encoding),
                 ProduceSteps::State::Running);
    shoot(m_window.get(), "05-counter-producing");
    QTRY_VERIFY_WITH_TIMEOUT(!counter->isBusy(), 30000);
    QVERIFY2(counter->lastOutcome().has_value(), qPrintable(counter->steps()->advice()));
    const IssuanceOutcome outcome = *counter->lastOutcome();
    QCOMPARE(outcome.end, IssuanceStep::Issued);
    for (int row = 0; row < 4; ++row)
        QCOMPARE(counter->steps()->state(ProduceSteps::Row(row)), ProduceSteps::State::Done);
    QTRY_COMPARE(child<QTableWidget>(counter, "cards")->rowCount(), 1);
    shoot(m_window.get(), "06-counter-issued");
    // F9 again: the success stays on screen, and says what is next.
    QTest::keyClick(counter, Qt::Key_F9);
    QTRY_VERIFY(counter->notice().contains(CardNumber::grouped(outcome.cardNumber)));
    for (int row = 0; row < 4; ++row)
        QCOMPARE(counter->steps()->state(ProduceSteps::Row(row)), ProduceSteps::State::Done);

    // F10: the receipt, with the card number on it.
    QTest::keyClick(counter, Qt::Key_F10);
    QTRY_VERIFY(!counter->isBusy());
    const QString pdf = m_tmp.filePath("receipt.pdf");
    QVERIFY2(QFile::exists(pdf), qPrintable(counter->notice()));
    QProcess text;
    text.start("pdftotext", {pdf, "-"});
    QVERIFY(text.waitForFinished());
    const QString receipt = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(receipt.contains(CardNumber::grouped(outcome.cardNumber)), qPrintable(receipt));
    QVERIFY(receipt.contains(QString::fromUtf8("張志明")));
    // The masked ID number reads back whole (a shaped font lost its digits).
    QVERIFY2(receipt.contains(QStringLiteral("H1012*****")), qPrintable(receipt));
    // The QR code on the page carries the card number.
    QProcess render;
    render.start("pdftoppm", {"-r", "150", "-png", "-singlefile", pdf, m_tmp.filePath("receipt")});
    QVERIFY(render.waitForFinished(30000));
    QStringList codes;
    for (const DecodedBarcode &b : Barcodes::decode(QImage(m_tmp.filePath("receipt.png"))))
        codes << b.format + ':' + b.text;
    QVERIFY2(codes.contains("QRCode:" + outcome.cardNumber), qPrintable(codes.join(", ")));

    // The store: issued, UID bound, stock used, audited.
    Store &store = m_fixture->store();
    const QString number = outcome.cardNumber;
    QCOMPARE(test::storeValue(store, "SELECT status FROM cards WHERE card_number = ?", {number}),
             QVariant("active"));
    QCOMPARE(test::storeValue(store, "SELECT card_type FROM cards WHERE card_number = ?", {number}),
             QVariant("senior"));
    const QString uid =
        test::storeValue(store, "SELECT chip_uid FROM cards WHERE card_number = ?", {number})
            .toString();
    QVERIFY(!uid.isEmpty());
    QCOMPARE(uid, QString::fromLatin1(outcome.chipUid.toHex()));
    const QString stored =
        test::firstIssueProblem(store, m_fixture->audit(), m_clock, outcome.attemptId, "clerk");
    QVERIFY2(stored.isEmpty(), qPrintable(stored));

    // The chip verifies with this card's record; the printed face is on disk.
    const QString problem =
        m_devices.producedCardProblem(number, CardType::Senior, uid, printedBefore + 1);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Ctrl+N: the next applicant starts from an empty form.
    QTest::keyClick(counter, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(counter->idEntry()->field()->text().isEmpty());
    QVERIFY(!counter->lastOutcome());
}

void TstCounterWindow::idleLockKeepsTheWork() {
    m_services->settings.idleLockSeconds = 1;
    logIn("clerk");
    lookUp("F222222222", QString::fromUtf8("林怡君"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
    shoot(m_window.get(), "09-locked");
    // The keys are gone: the locked session cannot read personal data.
    LoginPage *login = m_window->loginPage();
    QCOMPARE(child<QLineEdit>(login, "user")->text(), QString("clerk"));
    QTest::keyClicks(child<QLineEdit>(login, "password"), "wrong password");
    QTest::keyClick(child<QLineEdit>(login, "password"), Qt::Key_Return);
    QTRY_VERIFY(child<QPushButton>(login, "login")->isEnabled());
    QVERIFY(!child<QLabel>(login, "loginMessage")->text().isEmpty());
    QVERIFY(m_window->isLocked());
    m_services->settings.idleLockSeconds = 300;
    QTest::keyClicks(child<QLineEdit>(login, "password"), StoreFixture::passwordOf("clerk"));
    QTest::keyClick(child<QLineEdit>(login, "password"), Qt::Key_Return);
    QTRY_VERIFY(!m_window->isLocked());
    // Same operator: the applicant on the counter is still there.
    QCOMPARE(m_window->page<CounterPage>()->idEntry()->field()->text(), QString("F222222222"));
    QVERIFY(child<QLabel>(m_window->page<CounterPage>(), "person")
                ->text()
                .contains(QString::fromUtf8("林怡君")));
}

void TstCounterWindow::scannerBurstLooksUp() {
    logIn("clerk");
    CounterPage *counter = m_window->page<CounterPage>();
    QPushButton *produce = child<QPushButton>(counter, "produce");
    produce->setFocus();
    QTRY_VERIFY(produce->hasFocus());
    // A scanner types the code in one burst, then Enter, wherever the focus is.
    QTest::keyClicks(produce, "A123456789");
    QTest::keyClick(produce, Qt::Key_Return);
    QTRY_VERIFY(child<QLabel>(counter, "person")->text().contains(QString::fromUtf8("陳美玲")));
    QCOMPARE(counter->idEntry()->field()->text(), QString("A123456789"));
}

void TstCounterWindow::enterWhileBusyIsLookedUpNext() {
    logIn("clerk");
    CounterPage *counter = m_window->page<CounterPage>();
    QTRY_VERIFY(!counter->isBusy());
    QLineEdit *field = counter->idEntry()->field();
    field->setFocus();
    QTest::keyClicks(field, "H101234562");
    QTest::keyClick(field, Qt::Key_Return);
    // The first lookup's answer cannot have arrived: it comes through the event loop.
    QVERIFY(counter->isBusy());
    field->clear();
    QTest::keyClicks(field, "A123456789");
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY2(counter->notice().contains("A123456789"), qPrintable(counter->notice()));
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(counter, "person")->text().contains(QString::fromUtf8("陳美玲")), 10000);
    QTRY_VERIFY(!counter->isBusy());
    QCOMPARE(field->text(), QString("A123456789"));
}

void TstCounterWindow::idEntryChecksAsTyped_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("mark");
    QTest::newRow("valid") << "A123456789" << QString::fromUtf8("✔");
    QTest::newRow("checksum") << "A123456780" << QString::fromUtf8("✘");
    QTest::newRow("format") << "1234567890" << QString::fromUtf8("✘");
    QTest::newRow("spaces and dashes") << "A 123-456 789" << QString::fromUtf8("✔");
    QTest::newRow("pre-application code") << "PA7K-3M9Q-XD2H" << QString::fromUtf8("✔");
    QTest::newRow("still typing") << "A1234"
                                  << "";
}

void TstCounterWindow::idEntryChecksAsTyped() {
    QFETCH(QString, typed);
    QFETCH(QString, mark);
    logIn("clerk");
    QLineEdit *field = m_window->page<CounterPage>()->idEntry()->field();
    QTest::keyClicks(field, typed);
    const QString status = child<QLabel>(m_window->page<CounterPage>(), "nationalIdStatus")->text();
    if (mark.isEmpty()) // no verdict while the number is short
        QVERIFY2(!status.contains(QString::fromUtf8("✔")) &&
                     !status.contains(QString::fromUtf8("✘")),
                 qPrintable(status));
    else
        QVERIFY2(status.startsWith(mark), qPrintable(status));
}

void TstCounterWindow::recordOfflineDocuments(const QString &shot) {
    CounterPage *counter = m_window->page<CounterPage>();
    QTimer::singleShot(0, this, [this, shot] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "offlineName")->setText(QString::fromUtf8("陳美玲"));
        QTest::keyClicks(child<QLineEdit>(dialog, "offlineBirth"), "44/03/14");
        auto *table = child<QTableWidget>(dialog, "offlineDocuments");
        QCOMPARE(table->item(0, 1)->text(), QString("A123456789")); // the ID card: prefilled
        table->item(0, 2)->setText("100/01/01");
        if (!shot.isEmpty())
            shoot(dialog, shot);
        // A bad date names the document and the column; nothing is taken.
        table->item(0, 3)->setText("115/13/01");
        dialog->accept();
        QVERIFY(dialog->isVisible());
        const QString message = child<QLabel>(dialog, "offlineMessage")->text();
        QVERIFY2(message.contains(table->horizontalHeaderItem(3)->text()), qPrintable(message));
        table->item(0, 3)->setText("");
        dialog->accept();
    });
    QTest::keyClick(counter, Qt::Key_F3);
    QTRY_VERIFY(child<QLabel>(counter, "person")->text().contains(QString::fromUtf8("陳美玲")));
    // The next keys go to the window again (under Xvfb no window manager does it).
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TstCounterWindow::offlineDocuments() {
    logIn("clerk");
    CounterPage *counter = m_window->page<CounterPage>();
    QTest::keyClicks(counter->idEntry()->field(), "A123456789");
    recordOfflineDocuments("07-offline-documents");
    // Born 1955: a senior card, from the documents; the source says re-check pending.
    QCOMPARE(child<QComboBox>(counter, "cardType")->currentData().toString(), QString("senior"));
    QVERIFY(child<QLabel>(counter, "person")
                ->text()
                .contains(QCoreApplication::translate(
                    "cc::CounterController", "Source: documents seen offline — re-check pending")));
}

// A mobile team on a laptop: F9 puts each application into the session's
// batch instead of making a card, one from the registry and one from
// documents seen offline; nothing is printed, the batch is sealed with both,
// and the same person twice is refused.
void TstCounterWindow::mobileSessionCollectsIntoABatch() {
    m_services->store = &m_fixture->store();
    m_services->audit = &m_fixture->audit();
    Batches batches(m_fixture->store(), m_fixture->audit(), m_clock);
    const qint64 batch =
        batches.create(m_clerk, {BatchKind::MobileSession, "大溪區行動服務 12/2", {}}).value();
    logIn("clerk");
    CounterPage *counter = m_window->page<CounterPage>();
    auto *list = child<QComboBox>(counter, "collectBatchList");
    QVERIFY(list->isVisible());
    QTest::keyClick(counter, Qt::Key_B, Qt::ControlModifier);
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Down); // the session, after "produce here"
    QCOMPARE(list->currentData().toLongLong(), batch);
    QCOMPARE(child<QPushButton>(counter, "produce")->text(),
             QCoreApplication::translate("cc::CounterPage", "Add to batch (F9)"));
    const int printedBefore = m_devices.counters().value("printed");

    lookUp("H101234562", QString::fromUtf8("張志明"));
    QVERIFY(counter->setPhotoFile(kPhoto));
    QTest::keyClick(counter, Qt::Key_F9);
    QTRY_VERIFY_WITH_TIMEOUT(counter->notice().contains(QString::number(batch)), 10000);
    QTRY_VERIFY(!counter->isBusy());
    // The same person again: already waiting, refused (counted below).
    const QString added = counter->notice();
    QTest::keyClick(counter, Qt::Key_F9);
    QTRY_VERIFY_WITH_TIMEOUT(counter->notice() != added, 10000);
    QTRY_VERIFY(!counter->isBusy());

    QTest::keyClick(counter, Qt::Key_N, Qt::ControlModifier);
    QTest::keyClicks(counter->idEntry()->field(), "A123456789");
    recordOfflineDocuments();
    QVERIFY(counter->setPhotoFile(kPhoto));
    QTest::keyClick(counter, Qt::Key_F9);
    QTRY_VERIFY2_WITH_TIMEOUT(counter->notice().contains(QString::number(batch)),
                              qPrintable(counter->notice()), 10000);
    QTRY_VERIFY(!counter->isBusy());

    Store &store = m_fixture->store();
    QCOMPARE(
        test::storeValue(store, "SELECT count(*) FROM applications WHERE batch_id = ?", {batch})
            .toInt(),
        2);
    QCOMPARE(test::storeValue(store,
                              "SELECT count(*) FROM applications WHERE batch_id = ? AND "
                              "recheck_pending = 1 AND status = 'received'",
                              {batch})
                 .toInt(),
             1);
    QCOMPARE(test::storeValue(store, "SELECT count(*) FROM cards").toInt(), 0);
    QCOMPARE(m_devices.counters().value("printed"), printedBefore);
    const BatchSummary shown = batches.show(m_clerk, batch).value();
    QCOMPARE(shown.applications, 2);
    QVERIFY(shown.sealed);
    QCOMPARE(shown.status, BatchStatus::Open);
    // The list says how many the session holds now.
    QCOMPARE(list->currentText(),
             QCoreApplication::translate("cc::CollectBatchPicker",
                                         "%1 \"%2\" (%3, %n application(s))", nullptr, 2)
                 .arg(batch)
                 .arg("大溪區行動服務 12/2", States::displayName(BatchKind::MobileSession)));
}

void TstCounterWindow::holdPreApplication(const QString &code, const QString &nationalId,
                                          const QString &name, CardType type, Carrier carrier) {
    PreApplication p{code,
                     StoreFixture::kStationId,
                     nationalId,
                     name,
                     type,
                     carrier,
                     QDateTime(QDate(2026, 11, 30), QTime(1, 15), Qt::UTC)};
    PreApplications held(m_fixture->store());
    QVERIFY(m_fixture->store()
                .write([&](QSqlDatabase &db) { return held.noteIn(db, code, type, "2026-11-30"); })
                .ok());
    QVERIFY(held.keep(m_fixture->loginAs(Role::Supervisor), p).ok());
}

void TstCounterWindow::preApplicationOpensFromItsCode() {
    holdPreApplication("PA0000000001", "F222222222", QString::fromUtf8("林怡君"), CardType::General,
                       Carrier::IPass);
    holdPreApplication("PA7K3M9QXD2H", "H101234562", QString::fromUtf8("張志明"), CardType::General,
                       Carrier::EasyCard);
    logIn("clerk");
    CounterPage *counter = m_window->page<CounterPage>();
    auto *type = child<QComboBox>(counter, "cardType");
    auto *carrier = child<QComboBox>(counter, "carrier");
    // Scanned or typed (any case): the applicant and the choices they made.
    lookUp("PA0000000001", QString::fromUtf8("林怡君"));
    QCOMPARE(counter->idEntry()->field()->text(), QString("F222222222"));
    QCOMPARE(carrier->currentData().toString(), QString("ipass"));
    QVERIFY2(counter->notice().contains("PA0000000001"), qPrintable(counter->notice()));
    // A senior who asked for a general card gets the general card's choice.
    lookUp("pa7k3m9qxd2h", QString::fromUtf8("張志明"));
    QCOMPARE(counter->idEntry()->field()->text(), QString("H101234562"));
    QCOMPARE(type->currentData().toString(), QString("general"));
    QCOMPARE(carrier->currentData().toString(), QString("easycard"));
    shoot(m_window.get(), "15-counter-preapplication");

    // Finished like a walk-in: the photo, F9.
    QVERIFY(counter->setPhotoFile(kPhoto));
    QTest::keyClick(counter, Qt::Key_F9);
    QTRY_VERIFY_WITH_TIMEOUT(counter->lastOutcome().has_value(), 30000);
    QTRY_VERIFY(!counter->isBusy());
    QCOMPARE(counter->lastOutcome()->end, IssuanceStep::Issued);
    Store &store = m_fixture->store();
    const QVariant application =
        test::storeValue(store, "SELECT application_id FROM cards WHERE card_number = ?",
                         {counter->lastOutcome()->cardNumber});
    QCOMPARE(test::storeValue(store, "SELECT application_id FROM preapplications WHERE code = ?",
                              {"PA7K3M9QXD2H"}),
             application);
    QCOMPARE(test::storeValue(store, "SELECT count(*) FROM outbox WHERE topic = ?",
                              {"preapplication.collected"}),
             QVariant(1));
    // Once only.
    lookUp("PA7K3M9QXD2H", "PA7K3M9QXD2H");
    QTRY_VERIFY(counter->notice().contains(application.toString()));
    QCOMPARE(type->count(), 0);
}

void TstCounterWindow::reportLostThroughTheCardsPanel() {
    logIn("clerk");
    CounterPage *counter = m_window->page<CounterPage>();
    lookUp("H101234562", QString::fromUtf8("張志明"));
    QVERIFY(counter->setPhotoFile(kPhoto));
    QTest::keyClick(counter, Qt::Key_F9);
    QTRY_VERIFY_WITH_TIMEOUT(!counter->isBusy() && counter->lastOutcome(), 30000);
    const QString number = counter->lastOutcome()->cardNumber;
    QTRY_COMPARE(child<QTableWidget>(counter, "cards")->rowCount(), 1);
    // Alt+L, confirmed: blocked at once.
    answerNextDialog(Qt::Key_Y, "08-report-lost");
    QTest::keyClick(counter, Qt::Key_L, Qt::AltModifier);
    QTRY_COMPARE(test::storeValue(m_fixture->store(),
                                  "SELECT status FROM cards WHERE card_number = ?", {number}),
                 QVariant("blocked"));
    QTRY_VERIFY(child<QTableWidget>(counter, "cards")
                    ->item(0, 2)
                    ->text()
                    .contains(QCoreApplication::translate("CardState", "lost")));
    // A clerk may not cancel: the button is off, and says who may.
    auto *cancel = child<QPushButton>(counter, "cancelCard");
    QVERIFY(!cancel->isEnabled());
    QVERIFY2(cancel->toolTip().contains(Roles::displayName(Role::Supervisor)),
             qPrintable(cancel->toolTip()));
    QTest::keyClick(counter, Qt::Key_X, Qt::AltModifier);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(test::storeValue(m_fixture->store(), "SELECT status FROM cards WHERE card_number = ?",
                              {number}),
             QVariant("blocked"));
    shoot(m_window.get(), "11-counter-transactions");
}

void TstCounterWindow::devicesPanelShowsTheDevices() {
    logIn("clerk");
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->workspace()->currentWidget(), m_window->page<DevicesPanel>());
    DevicesPanel *panel = m_window->page<DevicesPanel>();
    const int seen = panel->refreshes();
    QTRY_VERIFY(panel->refreshes() > seen); // the printers are asked for when it shows
    auto *readers = child<QTableWidget>(panel, "readers");
    const auto cardColumn = [readers](const QString &reader) {
        for (int row = 0; row < readers->rowCount(); ++row)
            if (readers->item(row, 0)->text() == reader)
                return readers->item(row, 1)->text();
        return QString();
    };
    QCOMPARE(cardColumn(test::kReader1), DevicesPanel::tr("no card"));
    // A card placed on the second reader, and taken away, shows as the reader
    // thread sees it: the panel polls no reader.
    {
        test::VirtualCardProcess card;
        QVERIFY(card.start({}, 1));
        QTRY_COMPARE(cardColumn(test::kReader1), DevicesPanel::tr("card present"));
        shoot(m_window.get(), "12-devices");
    }
    QTRY_COMPARE(cardColumn(test::kReader1), DevicesPanel::tr("no card"));
    auto *printers = child<QTableWidget>(panel, "printers");
    QTRY_VERIFY(printers->rowCount() >= 1);
    bool emulator = false;
    for (int row = 0; row < printers->rowCount(); ++row)
        emulator |= printers->item(row, 0)->text().contains(m_devices.printerAddress());
    QVERIFY(emulator);
}

// A district office's laptop: 1366×768, less a title bar and a taskbar. The
// window opens within the screen's free area and no workspace needs more.
void TstCounterWindow::fitsASmallLaptopScreen() {
    logIn("supervisor"); // every workspace
    const QSize free(1366, 768 - 30 - 40);
    QVERIFY2(m_window->width() <= free.width() && m_window->height() <= free.height(),
             qPrintable(QStringLiteral("%1×%2").arg(m_window->width()).arg(m_window->height())));
    for (int tab = 0; tab < m_window->workspace()->count(); ++tab) {
        m_window->workspace()->setCurrentIndex(tab);
        const QSize needed = m_window->minimumSizeHint();
        QVERIFY2(needed.width() <= free.width() && needed.height() <= free.height(),
                 qPrintable(QStringLiteral("tab %1 needs %2×%3")
                                .arg(tab)
                                .arg(needed.width())
                                .arg(needed.height())));
    }
}

QTEST_MAIN(TstCounterWindow)
#include "tst_counterwindow.moc"
