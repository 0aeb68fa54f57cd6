// The Evolis reply and status parsing, with the printer as a device file whose
// bytes are its replies (the protocol against the emulator is tst_evolis).
#include "printing/evolisprinter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using cc::ErrorCode;
using cc::PrinterState;

class TestEvolisPrinter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void status_data();
    void status();

private:
    QTemporaryDir m_dir;
};

void TestEvolisPrinter::status_data() {
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<PrinterState>("state");
    QTest::addColumn<QString>("error"); // error code name, or empty

    QTest::newRow("ready") << QByteArray("READY;none;-\r") << PrinterState::Ready << "";
    QTest::newRow("at encoder") << QByteArray("BUSY;encoder;-\r") << PrinterState::CardAtEncoder
                                << "";
    QTest::newRow("fault") << QByteArray("BUSY;printing;card-jam\r") << PrinterState::Error
                           << "card-jam";
    QTest::newRow("refused") << QByteArray("ERR ribbon-out\r") << PrinterState::Offline
                             << "ribbon-out";
    QTest::newRow("no reply") << QByteArray() << PrinterState::Offline << "device-timeout";
    // Read until a CR without end: a device that streams bytes grew the reply
    // without bound (found reviewing the fuzz/fuzz_evolisreply results).
    QTest::newRow("endless reply")
        << QByteArray(1 << 20, 'A') << PrinterState::Offline << "device-failed";
    QTest::newRow("long but ended")
        << QByteArray(QByteArray(4000, 'A') + "\r") << PrinterState::Busy << "";
}

void TestEvolisPrinter::status() {
    QFETCH(QByteArray, reply);
    QFETCH(PrinterState, state);
    QFETCH(QString, error);
    const QString path = m_dir.filePath("lp0");
    QFile device(path);
    QVERIFY(device.open(QIODevice::WriteOnly | QIODevice::Truncate));
    device.write(QByteArray(5, ' ') + reply); // room for the command frame "ESC Rst CR"
    device.close();

    cc::EvolisPrinter printer(path, 0);
    const cc::PrinterStatus status = printer.status();
    QCOMPARE(status.state, state);
    QCOMPARE(status.error ? cc::errorCodeName(*status.error) : QString(), error);
}

QTEST_GUILESS_MAIN(TestEvolisPrinter)
#include "tst_evolisprinter.moc"
