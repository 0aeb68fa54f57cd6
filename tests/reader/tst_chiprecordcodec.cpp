#include "core/crypto/crypto.h"
#include "reader/chiprecordcodec.h"

#include <QTest>

using cc::CardType;
using cc::ChipRecord;
using cc::ChipRecordCodec;
using cc::ErrorCode;

namespace {
const QByteArray kKey = QByteArray::fromHex("00112233445566778899AABBCCDDEEFF");

ChipRecord sample() {
    return ChipRecord{"0301000000000014", CardType::Senior, QDate(2026, 11, 21),
                      QDate(2031, 11, 20), "TPE-DAAN-01"};
}
} // namespace

class TestChipRecordCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void layout();
    void roundTrip();
    void everyFlippedBitIsCaught();
    void otherKeyDoesNotVerify();
    void blankIsNotFound_data();
    void blankIsNotFound();
    void rejectsBadFields_data();
    void rejectsBadFields();
};

void TestChipRecordCodec::layout() {
    const QByteArray bytes = ChipRecordCodec::encode(sample(), kKey).value();
    QCOMPARE(bytes.size(), ChipRecord::kSize);
    QCOMPARE(bytes.first(18).toHex().toUpper(), QByteArray("0103030100000000001420261121"
                                                           "20311120"));
    QCOMPARE(bytes.sliced(18, 11), QByteArray("TPE-DAAN-01"));
    QCOMPARE(bytes.sliced(29, 11), QByteArray(11, '\0'));
    QCOMPARE(bytes.sliced(40), cc::Crypto::aesCmac(kKey, bytes.first(40)).first(8));
}

void TestChipRecordCodec::roundTrip() {
    const auto decoded =
        ChipRecordCodec::decode(ChipRecordCodec::encode(sample(), kKey).value(), kKey);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
    QCOMPARE(decoded.value(), sample());
}

void TestChipRecordCodec::everyFlippedBitIsCaught() {
    const QByteArray bytes = ChipRecordCodec::encode(sample(), kKey).value();
    for (int bit = 0; bit < bytes.size() * 8; ++bit) {
        QByteArray damaged = bytes;
        damaged[bit / 8] = char(damaged[bit / 8] ^ (1 << (bit % 8)));
        const auto decoded = ChipRecordCodec::decode(damaged, kKey);
        QVERIFY2(!decoded.ok(), qPrintable(QString("bit %1").arg(bit)));
        QCOMPARE(decoded.error().code, ErrorCode::IntegrityFailed);
    }
}

void TestChipRecordCodec::otherKeyDoesNotVerify() {
    const auto decoded = ChipRecordCodec::decode(ChipRecordCodec::encode(sample(), kKey).value(),
                                                 QByteArray(16, '\x01'));
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, ErrorCode::IntegrityFailed);
}

void TestChipRecordCodec::blankIsNotFound_data() {
    QTest::addColumn<char>("fill");
    QTest::newRow("zeros") << '\0';
    QTest::newRow("erased") << '\xFF';
}

void TestChipRecordCodec::blankIsNotFound() {
    QFETCH(char, fill);
    QCOMPARE(ChipRecordCodec::decode(QByteArray(48, fill), kKey).error().code, ErrorCode::NotFound);
}

void TestChipRecordCodec::rejectsBadFields_data() {
    QTest::addColumn<ChipRecord>("record");
    QTest::addColumn<QString>("where");
    ChipRecord r = sample();
    r.cardNumber = "0301000000000015";
    QTest::newRow("check digit") << r << "cardNumber";
    r = sample();
    r.expires = r.issued.addDays(-1);
    QTest::newRow("expires before issue") << r << "expires";
    r = sample();
    r.station = QString(23, 'A');
    QTest::newRow("station too long") << r << "station";
    r = sample();
    r.station = "台北";
    QTest::newRow("station not ASCII") << r << "station";
    r = sample();
    r.station.clear();
    QTest::newRow("station empty") << r << "station";
}

void TestChipRecordCodec::rejectsBadFields() {
    QFETCH(ChipRecord, record);
    QFETCH(QString, where);
    const auto encoded = ChipRecordCodec::encode(record, kKey);
    QVERIFY(!encoded.ok());
    QCOMPARE(encoded.error().where, where);
}

QTEST_GUILESS_MAIN(TestChipRecordCodec)
#include "tst_chiprecordcodec.moc"
