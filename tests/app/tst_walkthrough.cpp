// The headless demo (scripts/run-demo without a display): the real counter
// program, on the counter's real devices (pcscd + vpcd with the virtual card
// stack, the printer emulator), walks a scripted applicant through the
// counter with --walk-through: a screenshot per stage, the card made and
// the receipt printed, then it quits on its own.
#include "tests/support/counterworld.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTest>

using namespace cc;

class TstWalkThrough
    : public QObject
    , private test::CounterWorld {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        const QString failed = startWorld();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    void walkInToTheReceipt();
};

void TstWalkThrough::walkInToTheReceipt() {
    QCOMPARE(freshStore(3), QString());
    m_fixture->close(); // the program opens the file itself
    const QString shots = m_devices.dir() + "/walk";
    const QString receipts = m_devices.dir() + "/receipts/";
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("CITIZENCARD_PASSWORD", StoreFixture::passwordOf("clerk"));
    env.insert("CITIZENCARD_KEY_PASSPHRASE", test::CounterDevices::kPassphrase);
    gui.setProcessEnvironment(env);
    gui.start(CITIZENCARD_GUI,
              {"--db", m_fixture->path(), "--registry", CITIZENCARD_SOURCE_DIR "/demo/registry",
               "--keys", m_devices.keyFilePath(), "--reader", test::kReader0, "--printer",
               "evolis://" + m_devices.printerAddress(), "--receipt-printer", "pdf:" + receipts,
               "--walk-through", shots, "--walk-through-photo",
               CITIZENCARD_TEST_DATA_DIR "/photos/applicant-portrait.png"});
    QVERIFY(gui.waitForFinished(150000));
    const QString err = QString::fromUtf8(gui.readAllStandardError());
    QVERIFY2(gui.exitStatus() == QProcess::NormalExit && gui.exitCode() == 0, qPrintable(err));

    const QStringList stages = {"01-login.png", "02-counter.png",     "03-looked-up.png",
                                "04-photo.png", "05-card-issued.png", "06-receipt-printed.png"};
    QCOMPARE(QDir(shots).entryList({"*.png"}, QDir::Files), stages);
    for (const QString &stage : stages) {
        const QImage shot(shots + "/" + stage);
        QVERIFY2(shot.width() >= 1000 && shot.height() >= 600, qPrintable(stage));
    }
    // The card is made and kept, its face printed under its number, the receipt printed.
    m_fixture->reopen();
    const QString number =
        test::storeValue(m_fixture->store(), "SELECT card_number FROM cards WHERE status = "
                                             "'active'")
            .toString();
    QVERIFY(!number.isEmpty());
    QCOMPARE(test::storeValue(m_fixture->store(), "SELECT count(*) FROM receipts").toInt(), 1);
    QVERIFY(QFile::exists(m_devices.outDir() + "/" + number + "-front.png"));
    QCOMPARE(QDir(receipts).entryList({"*.pdf"}, QDir::Files).size(), 1);
}

QTEST_GUILESS_MAIN(TstWalkThrough)
#include "tst_walkthrough.moc"
