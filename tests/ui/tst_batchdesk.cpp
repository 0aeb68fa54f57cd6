// The supervisor's batch desk through its widgets, on a real store: a school
// roster imported and submitted by a clerk, seen with its pupils, approved
// by keyboard by a supervisor who had no part in it; the supervisor's own
// batch and a clerk's view have the buttons off and say why; a rejection
// asks the reason and keeps it. In zh_TW; with CITIZENCARD_SCREENSHOT_DIR set
// it saves the desk there (docs/screenshots/).
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/station/applicants.h"
#include "core/station/batches.h"
#include "core/station/session.h"
#include "core/workflows/rosterimport.h"
#include "translations/translations.h"
#include "ui/batches/batchdesk.h"
#include "ui/batches/newbatchdialog.h"
#include "ui/batches/rosterimportdialog.h"
#include "ui/common/stationfont.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cc;

namespace {

QString zh(const char *context, const char *text) {
    return QCoreApplication::translate(context, text);
}

// Answers the next modal dialog: `act` gets it and says whether it was the
// one expected.
class DialogAnswer {
public:
    explicit DialogAnswer(std::function<bool(QWidget *)> act) {
        QObject::connect(&m_timer, &QTimer::timeout, [this, act] {
            if (QWidget *modal = QApplication::activeModalWidget(); modal && act(modal)) {
                m_answered = true;
                m_timer.stop();
            }
        });
        m_timer.start(50);
    }
    bool answered() const { return m_answered; }

private:
    QTimer m_timer;
    bool m_answered = false;
};

} // namespace

class TstBatchDesk : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void supervisorApprovesByKeyboard();
    void ownBatchAndClerkAreTurnedAway();
    void rejectionAsksWhy();
    void clerkSubmitsAnOpenBatch();
    void clerkImportsARosterWithItsReport();
    void staleDeskCannotApprove();

private:
    std::unique_ptr<BatchDeskPage> deskFor(const std::shared_ptr<Session> &session) {
        auto desk =
            std::make_unique<BatchDeskPage>(&m_fixture->store(), &m_fixture->audit(), m_clock,
                                            session, BatchDeskServices{nullptr, &m_policy, {}, {}});
        desk->resize(1280, 720);
        desk->show();
        if (!QTest::qWaitForWindowExposed(desk.get()))
            qFatal("the desk is not shown");
        // Shortcuts need the active window (under Xvfb no window manager gives it).
        desk->activateWindow();
        if (!QTest::qWaitForWindowActive(desk.get()))
            qFatal("the desk does not become the active window");
        return desk;
    }
    // A school batch with the committed roster, made and submitted by the clerk
    // (with `submit` false: left open).
    qint64 submittedRoster(const Session &by, bool submit = true);
    void shoot(QWidget *w, const QString &name) {
        if (m_shots.isEmpty())
            return;
        QApplication::processEvents();
        QVERIFY(w->grab().save(QDir(m_shots).filePath(name + ".png")));
    }

    ManualClock m_clock;
    const EligibilityPolicy m_policy = EligibilityPolicy::defaults();
    std::unique_ptr<StoreFixture> m_fixture;
    std::shared_ptr<Session> m_clerk;
    std::shared_ptr<Session> m_supervisor; // had no part in the clerk's batches
    QString m_shots = qEnvironmentVariable("CITIZENCARD_SCREENSHOT_DIR");
};

void TstBatchDesk::initTestCase() {
    QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("zh_TW"))));
    useStationFont();
    if (!m_shots.isEmpty())
        QDir().mkpath(m_shots);
}

void TstBatchDesk::init() {
    m_clock = ManualClock();
    m_fixture = std::make_unique<StoreFixture>(m_clock);
    QVERIFY(m_fixture->ok());
    m_clerk = std::make_shared<Session>(m_fixture->loginAs(Role::Clerk));
    m_supervisor = std::make_shared<Session>(m_fixture->loginAs(Role::Supervisor));
}

void TstBatchDesk::cleanup() {
    m_clerk.reset();
    m_supervisor.reset();
    m_fixture.reset();
}

qint64 TstBatchDesk::submittedRoster(const Session &by, bool submit) {
    Batches batches(m_fixture->store(), m_fixture->audit(), m_clock);
    const qint64 batch =
        batches.create(by, {BatchKind::SchoolRoster, "中壢國小 115 學年新生", CardType::Student})
            .value();
    QFile f(CITIZENCARD_TEST_DATA_DIR "/rosters/school-big5.csv");
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no roster");
    const auto report =
        RosterImport(m_fixture->store(), m_fixture->audit(), m_clock, EligibilityPolicy::defaults())
            .run(by, batch, f.readAll(), "school-big5.csv", {});
    if (!report || !report->written || (submit && !batches.submit(by, batch).ok()))
        qFatal("cannot prepare the batch");
    return batch;
}

void TstBatchDesk::supervisorApprovesByKeyboard() {
    const qint64 batch = submittedRoster(*m_clerk);
    auto desk = deskFor(m_supervisor);
    auto *list = desk->findChild<QTableWidget *>("batchList");
    auto *members = desk->findChild<QTableWidget *>("batchMembers");
    auto *approve = desk->findChild<QPushButton *>("approveBatch");
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->item(0, 4)->text(), zh("States", "submitted"));
    QCOMPARE(members->rowCount(), 4); // its pupils, with their names
    QCOMPARE(members->item(0, 1)->text(), QString("林小明"));
    QCOMPARE(members->item(0, 2)->text(), QString("H1000*****"));
    QCOMPARE(members->item(0, 4)->text(), QString("118/08/29")); // graduation + 60 days
    QVERIFY(approve->isEnabled());
    shoot(desk.get(), "13-batch-desk");

    // Alt+A asks to confirm; Enter confirms.
    DialogAnswer confirm([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box || !box->text().contains("4"))
            return false;
        box->button(QMessageBox::Yes)->setFocus();
        QTest::keyClick(box, Qt::Key_Return);
        return true;
    });
    list->setFocus();
    QTest::keyClick(desk.get(), Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(confirm.answered());
    QTRY_COMPARE(Batches(m_fixture->store(), m_fixture->audit(), m_clock).status(batch).value(),
                 BatchStatus::Approved);
    QTRY_COMPARE(list->item(0, 4)->text(), zh("States", "approved"));
    QVERIFY(!approve->isEnabled());
}

void TstBatchDesk::ownBatchAndClerkAreTurnedAway() {
    submittedRoster(*m_supervisor); // the supervisor's own
    auto desk = deskFor(m_supervisor);
    auto *approve = desk->findChild<QPushButton *>("approveBatch");
    auto *reject = desk->findChild<QPushButton *>("rejectBatch");
    auto *note = desk->findChild<QLabel *>("batchNote");
    QVERIFY(!approve->isEnabled());
    QVERIFY(!reject->isEnabled());
    QCOMPARE(note->text(), zh("cc::BatchDeskPage", "You made or changed this batch: another "
                                                   "supervisor decides it (four eyes)."));
    // Alt+A does nothing with the button off: no dialog opens.
    DialogAnswer none([](QWidget *modal) {
        modal->close();
        return true;
    });
    QTest::keyClick(desk.get(), Qt::Key_A, Qt::AltModifier);
    QTest::qWait(200);
    QVERIFY(!none.answered());
    QCOMPARE(Batches(m_fixture->store(), m_fixture->audit(), m_clock)
                 .list(*m_supervisor)
                 ->first()
                 .status,
             BatchStatus::Submitted);

    auto clerkDesk = deskFor(m_clerk);
    QVERIFY(!clerkDesk->findChild<QPushButton *>("approveBatch")->isEnabled());
    QCOMPARE(clerkDesk->findChild<QLabel *>("batchNote")->text(),
             zh("cc::BatchDeskPage", "A supervisor approves or rejects batches."));
    // In zh_TW, not the English source.
    QVERIFY(!note->text().startsWith("You made"));
}

void TstBatchDesk::rejectionAsksWhy() {
    const qint64 batch = submittedRoster(*m_clerk);
    auto desk = deskFor(m_supervisor);
    DialogAnswer why([](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        if (!dialog)
            return false;
        dialog->setTextValue("照片不清楚，請重拍");
        dialog->accept();
        return true;
    });
    QTest::keyClick(desk.get(), Qt::Key_J, Qt::AltModifier);
    QTRY_VERIFY(why.answered());
    const BatchSummary s =
        Batches(m_fixture->store(), m_fixture->audit(), m_clock).show(*m_supervisor, batch).value();
    QCOMPARE(s.status, BatchStatus::Rejected);
    QCOMPARE(s.decisionReason, QString("照片不清楚，請重拍"));
    // The desk shows it at once, with the buttons off.
    QCOMPARE(desk->findChild<QTableWidget *>("batchList")->item(0, 4)->text(),
             zh("States", "rejected"));
    QVERIFY(!desk->findChild<QPushButton *>("rejectBatch")->isEnabled());
}

// The one who made a batch sends it for a decision from the desk; the
// supervisor's desk then offers the decision, not the submission.
void TstBatchDesk::clerkSubmitsAnOpenBatch() {
    const qint64 batch = submittedRoster(*m_clerk, false);
    auto desk = deskFor(m_clerk);
    auto *submit = desk->findChild<QPushButton *>("submitBatch");
    QVERIFY(submit->isEnabled());
    QCOMPARE(desk->findChild<QLabel *>("batchNote")->text(),
             zh("cc::BatchDeskPage",
                "Still open: Submit (Alt+U) sends it for a supervisor's decision."));
    QTest::keyClick(desk.get(), Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE(Batches(m_fixture->store(), m_fixture->audit(), m_clock).status(batch).value(),
                 BatchStatus::Submitted);
    QVERIFY(!submit->isEnabled());
    auto supervisorDesk = deskFor(m_supervisor);
    QVERIFY(!supervisorDesk->findChild<QPushButton *>("submitBatch")->isEnabled());
    QVERIFY(supervisorDesk->findChild<QPushButton *>("approveBatch")->isEnabled());
}

// A clerk makes a school roster batch (an empty label refused in the
// dialog, which stays open), imports a roster with bad rows: the report
// names each by row and column, nothing is written; Alt+G imports the good
// rows, and the refused ones are saved to send back.
void TstBatchDesk::clerkImportsARosterWithItsReport() {
    auto desk = deskFor(m_clerk);
    int step = 0;
    DialogAnswer create([&step](QWidget *modal) {
        auto *dialog = qobject_cast<NewBatchDialog *>(modal);
        if (!dialog)
            return false;
        auto *label = dialog->findChild<QLineEdit *>("newBatchLabel");
        auto *problem = dialog->findChild<QLabel *>("newBatchProblem");
        if (step == 0) { // Enter with no label: refused, the dialog comes back
            step = 1;
            QTest::keyClick(label, Qt::Key_Return);
            return false;
        }
        if (problem->text().isEmpty())
            return false;
        auto *type = dialog->findChild<QComboBox *>("newBatchType");
        if (type->count() != 1 || type->currentData().toInt() != int(CardType::Student))
            qFatal("a school roster makes student cards only");
        label->insert(QStringLiteral("中壢國小 115 學年")); // typed through an input method
        QTest::keyClick(label, Qt::Key_Return);
        return true;
    });
    desk->findChild<QTableWidget *>("batchList")->setFocus();
    QTest::keyClick(desk.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(create.answered());
    Batches batches(m_fixture->store(), m_fixture->audit(), m_clock);
    QTRY_COMPARE(batches.list(*m_clerk)->size(), 1);
    const BatchSummary made = batches.list(*m_clerk)->first();
    QCOMPARE(made.kind, BatchKind::SchoolRoster);
    QCOMPARE(made.cardType, std::optional<CardType>(CardType::Student));
    QTRY_VERIFY(desk->findChild<QPushButton *>("importRoster")->isEnabled());

    desk->importRoster(CITIZENCARD_TEST_DATA_DIR "/rosters/school-bad.csv");
    RosterImportDialog *report = nullptr;
    QTRY_VERIFY((report = desk->findChild<RosterImportDialog *>()) && report->report());
    auto *problems = report->findChild<QTableWidget *>("rosterProblems");
    QCOMPARE(problems->rowCount(), int(report->report()->problems.size()));
    QStringList seen;
    for (int r = 0; r < problems->rowCount(); ++r)
        seen << problems->item(r, 0)->text() + ' ' + problems->item(r, 1)->text();
    QVERIFY2(seen.contains("3 身分證字號"), qPrintable(seen.join(", "))); // the empty ID
    QVERIFY2(seen.contains("5 出生日期"), qPrintable(seen.join(", ")));   // 104/13/40
    QVERIFY(!problems->item(0, 2)->text().isEmpty());
    QCOMPARE(batches.show(*m_clerk, made.id)->applications, 0); // all or nothing

    report->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(report));
    QTest::keyClick(report, Qt::Key_G, Qt::AltModifier);
    QTRY_VERIFY(!report->isWorking() && report->report()->written);
    // Rows 2, 12 and 13 (no one here holds a card yet): three in, nine refused.
    QCOMPARE(report->report()->imported, 3);
    QCOMPARE(batches.show(*m_clerk, made.id)->applications, 3);
    QTemporaryDir dir;
    QVERIFY(report->saveRefused(dir.filePath("refused.csv")));
    QFile back(dir.filePath("refused.csv"));
    QVERIFY(back.open(QIODevice::ReadOnly));
    const QByteArray csv = back.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(QString::fromUtf8(csv).contains(QStringLiteral("問題")));
    QCOMPARE(csv.count('\n'), 10); // the header and the nine refused rows
    // The desk shows the imported rows.
    QTRY_COMPARE(desk->findChild<QTableWidget *>("batchList")->item(0, 5)->text(), QString("3"));

    // The station locks: the report closes, and its rows are not written any more.
    m_clerk->lock();
    QVERIFY(!report->saveRefused(dir.filePath("after-lock.csv")));
    QVERIFY(!QFile::exists(dir.filePath("after-lock.csv")));
    desk->locking();
    QTRY_VERIFY(!desk->findChild<RosterImportDialog *>());
}

// The desk shows a batch; the clerk changes it and submits it again; the
// supervisor's Approve on what is still shown is refused, saying so.
void TstBatchDesk::staleDeskCannotApprove() {
    const qint64 batch = submittedRoster(*m_clerk);
    auto desk = deskFor(m_supervisor);
    QVERIFY(desk->findChild<QPushButton *>("approveBatch")->isEnabled());
    Batches batches(m_fixture->store(), m_fixture->audit(), m_clock);
    QVERIFY(batches.relabel(*m_clerk, batch, "中壢國小 115 學年新生（更正）").ok());
    QVERIFY(batches.submit(*m_clerk, batch).ok());
    QString warned;
    DialogAnswer confirm([&warned](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return false;
        if (box->icon() == QMessageBox::Question) {
            box->button(QMessageBox::Yes)->click();
            return false; // then the warning
        }
        warned = box->text();
        box->close();
        return true;
    });
    desk->findChild<QTableWidget *>("batchList")->setFocus();
    QTest::keyClick(desk.get(), Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(confirm.answered());
    QCOMPARE(warned, zh("Batches", "Batch %1 changed since you looked at it: look at its "
                                   "applications again, then decide.")
                         .arg(batch));
    QCOMPARE(batches.status(batch).value(), BatchStatus::Submitted);
}

QTEST_MAIN(TstBatchDesk)
#include "tst_batchdesk.moc"
