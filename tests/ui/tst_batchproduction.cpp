// A supervisor approves a mobile-team batch on the batch desk and produces it
// through the widgets, by keyboard, on the counter's real devices (pcscd +
// vpcd with the virtual card stack, the printer emulator): the chip of the
// second card leaves the reader as it is written, the run waits for the
// supervisor, who skips the card; the run ends with three issued and one
// waiting, and Start again makes the last one and completes the batch. The
// hand-over list printed at the end holds the four cards with masked names.
// Pause stops between two cards, and Start goes on. In zh_TW; with
// CITIZENCARD_SCREENSHOT_DIR set it saves the production window there.
#include "devices/localdevices.h"
#include "tests/support/counterworld.h"

#include "core/domain/personname.h"
#include "core/station/batches.h"
#include "translations/translations.h"
#include "ui/batches/batchdesk.h"
#include "ui/batches/batchproduction.h"
#include "ui/common/stationfont.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace cc;

namespace {

constexpr int kCards = 4;

// The station's devices as they are, except that the card whose chip is
// written `failAt`-th (from 1; 0: none) leaves the reader just before: a chip
// that stops answering, for real, on the virtual card stack.
class CardLeavesAt final : public StationDevices {
public:
    CardLeavesAt(StationDevices &inner, test::CounterDevices &peers)
        : m_inner(inner)
        , m_peers(peers) {}

    std::atomic<int> failAt{0};

    QList<ReaderListing> readers() override { return m_inner.readers(); }
    void watchReaders(ReadersListener listener) override {
        m_inner.watchReaders(std::move(listener));
    }
    QList<PrinterListing> printers() override { return m_inner.printers(); }
    Result<std::unique_ptr<CardEncoder>> openEncoder(const QString &reader) override {
        Result<std::unique_ptr<CardEncoder>> inner = m_inner.openEncoder(reader);
        if (!inner)
            return inner.error();
        return std::unique_ptr<CardEncoder>(new Encoder(std::move(inner).value(), *this));
    }
    Result<std::unique_ptr<CardPrinter>> openPrinter(const QString &name) override {
        return m_inner.openPrinter(name);
    }
    Result<FacePreview> preview(const CardFaceRequest &face, double dpi) override {
        return m_inner.preview(face, dpi);
    }
    Status printReceipt(const Receipt &receipt, const QString &printer) override {
        return m_inner.printReceipt(receipt, printer);
    }
    Status printHandOver(const HandOverList &list, const QString &printer) override {
        return m_inner.printHandOver(list, printer);
    }

private:
    class Encoder final : public CardEncoder {
    public:
        Encoder(std::unique_ptr<CardEncoder> inner, CardLeavesAt &station)
            : m_inner(std::move(inner))
            , m_station(station) {}
        Result<QByteArray> readUid() override { return m_inner->readUid(); }
        Result<EncodeResult> personalise(const ChipRecord &record, bool overwrite) override {
            if (++m_station.m_written == m_station.failAt && !m_station.m_peers.takeCardOffReader())
                qFatal("the card did not leave the reader");
            return m_inner->personalise(record, overwrite);
        }
        Result<ChipReading> verify() override { return m_inner->verify(); }

    private:
        std::unique_ptr<CardEncoder> m_inner;
        CardLeavesAt &m_station;
    };

    StationDevices &m_inner;
    test::CounterDevices &m_peers;
    std::atomic<int> m_written{0};
};

template<typename W> W *child(QWidget *parent, const char *name) {
    W *w = parent->findChild<W *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

} // namespace

class TstBatchProduction
    : public QObject
    , private test::CounterWorld {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void supervisorApprovesAndProduces();
    void pauseStopsBetweenCards();

private:
    // A mobile-team session of kCards applications with photos, submitted by
    // the clerk; with `approve`, approved by a second supervisor.
    qint64 submittedBatch(bool approve);
    // The desk of a supervisor who had no part in the batch, shown and active.
    void openDesk();
    // Opens the selected batch's production by keyboard and returns it.
    BatchProductionDialog *openProduction();
    QString status(qint64 batch);
    int issued(qint64 batch);

    std::unique_ptr<LocalDevices> m_station;
    std::unique_ptr<CardLeavesAt> m_faulty;
    std::unique_ptr<CounterDesk> m_desk;
    std::shared_ptr<Session> m_supervisor;
    std::unique_ptr<BatchDeskPage> m_page;
    QTemporaryDir m_tmp;
    QString m_shots = qEnvironmentVariable("CITIZENCARD_SCREENSHOT_DIR");
};

void TstBatchProduction::initTestCase() {
    QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("zh_TW"))));
    useStationFont();
    const QString failed = startWorld();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    LocalDevicesConfig config;
    config.keyFile = m_devices.keyFilePath();
    config.keyPassphrase = test::CounterDevices::kPassphrase;
    config.defaultPrinter = "evolis://" + m_devices.printerAddress();
    Result<std::unique_ptr<LocalDevices>> station = LocalDevices::open(config);
    QVERIFY2(station.ok(), qPrintable(station ? QString() : station.error().toString()));
    m_station = std::move(station).value();
    QVERIFY(m_station->waitForReaders(5000));
    if (!m_shots.isEmpty())
        QDir().mkpath(m_shots);
}

void TstBatchProduction::init() {
    const QString failed = freshStore(10);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_faulty = std::make_unique<CardLeavesAt>(*m_station, m_devices);
    m_desk = std::make_unique<CounterDesk>(m_fixture->store(), m_fixture->audit(), m_clock,
                                           EligibilityPolicy::defaults(), *m_faulty);
}

void TstBatchProduction::cleanup() {
    m_page.reset();
    m_supervisor.reset();
    m_desk.reset();
    m_faulty.reset();
    closeStore();
}

qint64 TstBatchProduction::submittedBatch(bool approve) {
    Batches batches(m_fixture->store(), m_fixture->audit(), m_clock);
    const qint64 batch =
        mobileBatch("大溪區行動服務 12/2", kCards, "H1", "林美玲", QDate(1970, 2, 1));
    if (!batches.submit(m_clerk, batch))
        qFatal("cannot submit");
    m_supervisor = std::make_shared<Session>(m_fixture->loginAs(Role::Supervisor));
    if (approve && !batches.approve(*m_supervisor, batch))
        qFatal("cannot approve");
    return batch;
}

void TstBatchProduction::openDesk() {
    BatchDeskServices producer{m_desk.get(), nullptr, nullptr, [this] {
                                   DeviceChoice d;
                                   d.reader = test::kReader0;
                                   d.receiptPrinter = "pdf:" + m_tmp.filePath("handover.pdf");
                                   return d;
                               }};
    m_page = std::make_unique<BatchDeskPage>(&m_fixture->store(), &m_fixture->audit(), m_clock,
                                             m_supervisor, std::move(producer));
    m_page->resize(1280, 720);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    // Shortcuts need the active window (under Xvfb no window manager gives it).
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

BatchProductionDialog *TstBatchProduction::openProduction() {
    auto *produce = child<QPushButton>(m_page.get(), "produceBatch");
    if (!produce->isEnabled())
        qFatal("Produce is off: %s", qPrintable(child<QLabel>(m_page.get(), "batchNote")->text()));
    // The desk is active again (a confirmation may have just closed) and
    // the list has the focus, as a supervisor leaves it.
    m_page->activateWindow();
    if (!QTest::qWaitForWindowActive(m_page.get()))
        qFatal("the desk is not active");
    child<QTableWidget>(m_page.get(), "batchList")->setFocus();
    QTest::keyClick(m_page.get(), Qt::Key_P, Qt::AltModifier);
    // The shortcut is delivered through the event loop.
    BatchProductionDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = m_page->findChild<BatchProductionDialog *>()); }))
        qFatal("the production window did not open");
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        qFatal("the production window did not open");
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog))
        qFatal("the production window is not active");
    return dialog;
}

QString TstBatchProduction::status(qint64 batch) {
    return test::storeValue(m_fixture->store(), "SELECT status FROM batches WHERE id = ?", {batch})
        .toString();
}

int TstBatchProduction::issued(qint64 batch) {
    return test::storeValue(m_fixture->store(),
                            "SELECT count(*) FROM applications WHERE batch_id = ? AND status = "
                            "'issued'",
                            {batch})
        .toInt();
}

void TstBatchProduction::supervisorApprovesAndProduces() {
    const qint64 batch = submittedBatch(false);
    openDesk();

    // Approve by keyboard: Alt+A, then Enter on Yes in the confirmation.
    QTRY_VERIFY(child<QPushButton>(m_page.get(), "approveBatch")->isEnabled());
    QTimer poll;
    bool confirmed = false;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll.stop();
        box->button(QMessageBox::Yes)->setFocus();
        QTest::keyClick(box, Qt::Key_Return);
        confirmed = true;
    });
    poll.start(50);
    // A key goes to the focused widget: the list, as a supervisor leaves it.
    child<QTableWidget>(m_page.get(), "batchList")->setFocus();
    QTest::keyClick(m_page.get(), Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(confirmed);
    QTRY_COMPARE(status(batch), QString("approved"));
    QVERIFY(child<QPushButton>(m_page.get(), "produceBatch")->isEnabled());

    BatchProductionDialog *dialog = openProduction();
    QSignalSpy ended(dialog, &BatchProductionDialog::runEnded);
    m_faulty->failAt = 2;
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(dialog->isRunning());
    QVERIFY(!child<QPushButton>(dialog, "closeRun")->isEnabled());

    // The second card's chip leaves the reader: the run waits for an answer.
    auto *failure = child<QLabel>(dialog, "failureText");
    QTRY_VERIFY_WITH_TIMEOUT(failure->isVisible(), 60000);
    QVERIFY(!failure->text().isEmpty());
    QVERIFY(child<QPushButton>(dialog, "skipCard")->isVisible());
    QCOMPARE(ended.count(), 0);
    if (!m_shots.isEmpty())
        QVERIFY(dialog->grab().save(QDir(m_shots).filePath("14-batch-production.png")));
    QTest::keyClick(dialog, Qt::Key_K, Qt::AltModifier); // skip this card
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 60000);
    QCOMPARE(issued(batch), kCards - 1);
    QCOMPARE(status(batch), QString("in-production"));
    QCOMPARE(test::storeValue(m_fixture->store(),
                              "SELECT count(*) FROM production_attempts WHERE state = 'spoiled'")
                 .toInt(),
             1);
    QCOMPARE(child<QLabel>(dialog, "runStatus")->text(),
             QCoreApplication::translate("cc::BatchProductionDialog",
                                         "This run: %1 issued, %2 spoiled, %3 skipped.")
                 .arg(3)
                 .arg(1)
                 .arg(1));
    QVERIFY(child<QPushButton>(dialog, "closeRun")->isEnabled());

    // Start again: the skipped card is made and the batch completes.
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 60000);
    QCOMPARE(issued(batch), kCards);
    QCOMPARE(status(batch), QString("completed"));
    QCOMPARE(child<QProgressBar>(dialog, "runProgress")->value(), 1);

    // The hand-over list: the four cards, names masked, on one page.
    QSignalSpy printed(dialog, &BatchProductionDialog::handOverPrinted);
    QVERIFY(child<QPushButton>(dialog, "printHandOver")->isEnabled());
    QTest::keyClick(dialog, Qt::Key_H, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(printed.count(), 1, 20000);
    QCOMPARE(printed.first().first().toBool(), true);
    QProcess text;
    text.start("pdftotext", {"-layout", m_tmp.filePath("handover.pdf"), "-"});
    QVERIFY(text.waitForFinished(20000));
    const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
    for (int i = 1; i <= kCards; ++i) {
        QVERIFY2(pdf.contains(PersonNames::masked(QStringLiteral("林美玲%1").arg(i))),
                 qPrintable(pdf));
        QVERIFY2(!pdf.contains(QStringLiteral("林美玲%1").arg(i)), qPrintable(pdf));
    }
    const QStringList numbers =
        test::storeValue(m_fixture->store(),
                         "SELECT group_concat(card_number, ',') FROM cards c JOIN applications a "
                         "ON c.application_id = a.id WHERE a.batch_id = ?",
                         {batch})
            .toString()
            .split(',');
    QCOMPARE(numbers.size(), kCards);
    for (const QString &n : numbers)
        QVERIFY2(pdf.contains(n), qPrintable(n));

    // Closed by keyboard; the desk shows the batch completed.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_page->findChild<BatchProductionDialog *>());
    QVERIFY(!child<QPushButton>(m_page.get(), "produceBatch")->isEnabled());
}

void TstBatchProduction::pauseStopsBetweenCards() {
    const qint64 batch = submittedBatch(true);
    openDesk();
    BatchProductionDialog *dialog = openProduction();
    QSignalSpy ended(dialog, &BatchProductionDialog::runEnded);
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(dialog->isRunning());
    QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(!child<QPushButton>(dialog, "pauseRun")->isEnabled()); // the pause was taken
    QVERIFY(m_page->isBusy()); // the station does not lock under a run
    // Closing now only pauses: the window stays while a card may be made.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTest::qWait(100);
    QVERIFY(m_page->findChild<BatchProductionDialog *>());
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 60000);
    QVERIFY(!m_page->isBusy());
    const int afterPause = issued(batch);
    QVERIFY2(afterPause < kCards, qPrintable(QString::number(afterPause)));
    QCOMPARE(test::storeValue(m_fixture->store(),
                              "SELECT count(*) FROM production_attempts WHERE state NOT IN "
                              "('issued', 'spoiled', 'cancelled')")
                 .toInt(),
             0);
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 60000);
    QCOMPARE(issued(batch), kCards);
    QCOMPARE(status(batch), QString("completed"));
}

QTEST_MAIN(TstBatchProduction)
#include "tst_batchproduction.moc"
