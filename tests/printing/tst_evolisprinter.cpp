// The Evolis replies as the driver reads them, with the printer as a device
// file whose bytes are its replies (the protocol against the emulator is
// tst_evolis): ACK, NACK and the guide's codes, text values, and replies
// that never end or never come.
#include "printing/evolisprinter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using cc::ErrorCode;
using cc::PrinterState;

namespace {

// The device file: each command's frame is written over the file at the
// read position, so room is left for it before each reply.
QByteArray deviceBytes(const QList<std::pair<int, QByteArray>> &frameAndReply) {
    QByteArray out;
    for (const auto &[frame, reply] : frameAndReply)
        out += QByteArray(frame, ' ') + reply;
    return out;
}

constexpr int kPem = 8;  // ESC "Pem;18" CR
constexpr int kRead = 5; // ESC "Rfv" CR

} // namespace

class TestEvolisPrinter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void status_data();
    void status();
    void identity();

private:
    QString device(const QByteArray &bytes) {
        const QString path = m_dir.filePath("lp0");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(bytes);
        return path;
    }
    QTemporaryDir m_dir;
};

void TestEvolisPrinter::status_data() {
    QTest::addColumn<QByteArray>("pemReply");
    QTest::addColumn<QByteArray>("rfvReply");
    QTest::addColumn<PrinterState>("state");
    QTest::addColumn<QString>("error"); // error code name, or empty

    const QByteArray ack("\x06");
    QTest::newRow("ready") << ack << QByteArray("Dualys3 V2.01\r") << PrinterState::Ready << "";
    QTest::newRow("text OK before ACK/NACK")
        << QByteArray("OK\r") << QByteArray("V1\r") << PrinterState::Ready << "";
    for (const auto &[code, name] :
         {std::pair{'R', "ribbon-out"}, std::pair{'F', "feeder-empty"},
          std::pair{'C', "cover-open"}, std::pair{'T', "card-jam"}, std::pair{'1', "wrong-state"},
          std::pair{'2', "device-failed"}})
        // A fault is the printer's state; a refusal of the command is not.
        QTest::addRow("NACK %c", code)
            << ack << QByteArray("\x15") + code
            << (code == '1' || code == '2' ? PrinterState::Offline : PrinterState::Error)
            << QString(name);
    QTest::newRow("ERR in text") << ack << QByteArray("ERR R\r") << PrinterState::Error
                                 << "ribbon-out";
    QTest::newRow("NACK to Pem") << QByteArray("\x15"
                                               "2")
                                 << QByteArray() << PrinterState::Offline << "device-failed";
    QTest::newRow("no reply") << ack << QByteArray() << PrinterState::Offline << "device-timeout";
    // Read until a CR without end: a device that streams bytes grew the reply
    // without bound (found reviewing the fuzz/fuzz_evolisreply results).
    QTest::newRow("endless reply")
        << ack << QByteArray(1 << 20, 'A') << PrinterState::Offline << "device-failed";
    QTest::newRow("long but ended")
        << ack << QByteArray(QByteArray(4000, 'A') + "\r") << PrinterState::Ready << "";
}

void TestEvolisPrinter::status() {
    QFETCH(QByteArray, pemReply);
    QFETCH(QByteArray, rfvReply);
    QFETCH(PrinterState, state);
    QFETCH(QString, error);
    cc::EvolisPrinter printer(device(deviceBytes({{kPem, pemReply}, {kRead, rfvReply}})), 0);
    const cc::PrinterStatus status = printer.status();
    QCOMPARE(status.state, state);
    QCOMPARE(status.error ? cc::errorCodeName(*status.error) : QString(), error);
    if (status.error)
        QVERIFY(!status.reason.isEmpty());
}

void TestEvolisPrinter::identity() {
    cc::EvolisPrinter printer(
        device(deviceBytes(
            {{kPem, "\x06"}, {kRead, "Dualys3 V2.01\r"}, {kRead, "E45B1234\r"}, {4, "ymcko\r"}})),
        0);
    QCOMPARE(printer.identity().value(), QString("firmware Dualys3 V2.01, serial E45B1234, "
                                                 "ribbon ymcko"));
}

QTEST_GUILESS_MAIN(TestEvolisPrinter)
#include "tst_evolisprinter.moc"
