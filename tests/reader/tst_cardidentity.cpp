// Card kinds from ATRs and GET VERSION, APDU encoding and masking, and the
// PC/SC error table.
#include "reader/apdu.h"
#include "reader/cardidentity.h"
#include "reader/pcsc.h"

#include <QTest>

using cc::CardKind;
using cc::ErrorCode;
using namespace cc::reader;

class TestCardIdentity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kindFromAtr_data();
    void kindFromAtr();
    void kindFromVersion_data();
    void kindFromVersion();
    void apduBytes();
    void secretsAreMasked();
    void pcscErrors_data();
    void pcscErrors();
    void unknownPcscCode();
};

void TestCardIdentity::kindFromAtr_data() {
    QTest::addColumn<QByteArray>("atr");
    QTest::addColumn<CardKind>("kind");
    // PC/SC Part 3 storage-card ATRs as ACS and Identiv readers report them.
    QTest::newRow("Classic 1K") << QByteArray::fromHex("3B8F8001804F0CA000000306030001000000006A")
                                << CardKind::MifareClassic1K;
    QTest::newRow("Classic 4K") << QByteArray::fromHex("3B8F8001804F0CA0000003060300020000000069")
                                << CardKind::MifareClassic4K;
    QTest::newRow("Ultralight") << QByteArray::fromHex("3B8F8001804F0CA0000003060300030000000068")
                                << CardKind::Unknown;
    QTest::newRow("DESFire (ISO 14443-4)")
        << QByteArray::fromHex("3B8180018080") << CardKind::Unknown;
    QTest::newRow("short") << QByteArray::fromHex("3B8F80") << CardKind::Unknown;
}

void TestCardIdentity::kindFromAtr() {
    QFETCH(QByteArray, atr);
    QFETCH(CardKind, kind);
    QCOMPARE(CardIdentity::kindFromAtr(atr), kind);
}

void TestCardIdentity::kindFromVersion_data() {
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<CardKind>("kind");
    QTest::newRow("EV1") << QByteArray::fromHex("04010101001805") << CardKind::DesfireEv1;
    QTest::newRow("EV2") << QByteArray::fromHex("04010112001A05") << CardKind::DesfireEv2;
    QTest::newRow("EV3") << QByteArray::fromHex("04010133001A05") << CardKind::DesfireEv3;
    QTest::newRow("not NXP") << QByteArray::fromHex("05010112001A05") << CardKind::Unknown;
    QTest::newRow("NTAG (type 04)") << QByteArray::fromHex("04040230001105") << CardKind::Unknown;
    QTest::newRow("truncated") << QByteArray::fromHex("040101") << CardKind::Unknown;
}

void TestCardIdentity::kindFromVersion() {
    QFETCH(QByteArray, version);
    QFETCH(CardKind, kind);
    QCOMPARE(CardIdentity::kindFromVersion(version), kind);
}

void TestCardIdentity::apduBytes() {
    QCOMPARE(Apdu({0xFF, 0xCA, 0x00, 0x00, {}, 0, true, false}).bytes(),
             QByteArray::fromHex("FFCA000000"));
    QCOMPARE(Apdu::desfire(0x60).bytes(), QByteArray::fromHex("9060000000"));
    QCOMPARE(Apdu::desfire(0x5A, QByteArray::fromHex("C1C1F0")).bytes(),
             QByteArray::fromHex("905A000003C1C1F000"));
    QCOMPARE(Apdu({0xFF, 0xB0, 0x00, 0x04, {}, 16, true, false}).bytes(),
             QByteArray::fromHex("FFB0000410"));
}

void TestCardIdentity::secretsAreMasked() {
    Apdu load{0xFF,         0x82,  0x00, 0x01, QByteArray::fromHex("A1B2C3D4E5F6"),
              std::nullopt, false, true};
    QCOMPARE(load.logText(), QString("FF 82 00 01 06 <6 bytes masked>"));
    load.secret = false;
    QVERIFY(load.logText().contains("A1 B2 C3"));
}

void TestCardIdentity::pcscErrors_data() {
    QTest::addColumn<qint64>("rv");
    QTest::addColumn<QString>("name");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("no service") << qint64(LONG(SCARD_E_NO_SERVICE)) << "SCARD_E_NO_SERVICE"
                                << ErrorCode::ServiceUnavailable;
    QTest::newRow("no card") << qint64(LONG(SCARD_E_NO_SMARTCARD)) << "SCARD_E_NO_SMARTCARD"
                             << ErrorCode::NoCard;
    QTest::newRow("removed") << qint64(LONG(SCARD_W_REMOVED_CARD)) << "SCARD_W_REMOVED_CARD"
                             << ErrorCode::CardRemoved;
    QTest::newRow("lost mid-transmit") << qint64(LONG(SCARD_E_NOT_TRANSACTED))
                                       << "SCARD_E_NOT_TRANSACTED" << ErrorCode::CardRemoved;
    QTest::newRow("unknown reader") << qint64(LONG(SCARD_E_UNKNOWN_READER))
                                    << "SCARD_E_UNKNOWN_READER" << ErrorCode::DeviceNotFound;
    QTest::newRow("sharing") << qint64(LONG(SCARD_E_SHARING_VIOLATION))
                             << "SCARD_E_SHARING_VIOLATION" << ErrorCode::DeviceBusy;
    QTest::newRow("timeout") << qint64(LONG(SCARD_E_TIMEOUT)) << "SCARD_E_TIMEOUT"
                             << ErrorCode::DeviceTimeout;
    QTest::newRow("no readers") << qint64(LONG(SCARD_E_NO_READERS_AVAILABLE))
                                << "SCARD_E_NO_READERS_AVAILABLE" << ErrorCode::DeviceNotFound;
    QTest::newRow("unresponsive") << qint64(LONG(SCARD_W_UNRESPONSIVE_CARD))
                                  << "SCARD_W_UNRESPONSIVE_CARD" << ErrorCode::WrongCardKind;
}

void TestCardIdentity::pcscErrors() {
    QFETCH(qint64, rv);
    QFETCH(QString, name);
    QFETCH(ErrorCode, code);
    const cc::Error error = Pcsc::error(LONG(rv), "Virtual PCD 00 00");
    QCOMPARE(error.code, code);
    QVERIFY2(error.message.endsWith("(" + name + ")"), qPrintable(error.message));
    QCOMPARE(error.where, QString("Virtual PCD 00 00"));
}

void TestCardIdentity::unknownPcscCode() {
    const cc::Error error = Pcsc::error(LONG(0x80100099), {});
    QCOMPARE(error.code, ErrorCode::DeviceFailed);
    QVERIFY(error.message.contains("0x80100099"));
}

QTEST_GUILESS_MAIN(TestCardIdentity)
#include "tst_cardidentity.moc"
