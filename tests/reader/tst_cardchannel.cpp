// The APDU transport over a fake PC/SC library (defined here, in place of
// libpcsclite's SCard* calls), so the real CardChannel runs against a card
// whose answers the test scripts: GET RESPONSE chaining, 6Cxx, short answers.
#include "reader/cardchannel.h"

#include <QTest>

#include <algorithm>
#include <cstring>

using cc::ErrorCode;
using namespace cc::reader;

namespace {

// The scripted card: its answers in order; once they run out it repeats the
// last, as a stuck card does. After kGiveUp exchanges it "leaves the reader",
// so a test of an unbounded loop fails instead of hanging.
QList<QByteArray> g_answers;
int g_exchanges = 0;
constexpr int kGiveUp = 100000;

} // namespace

extern "C" {
LONG SCardConnect(SCARDCONTEXT, LPCSTR, DWORD, DWORD, LPSCARDHANDLE handle, LPDWORD protocol) {
    *handle = 1;
    *protocol = SCARD_PROTOCOL_T1;
    return SCARD_S_SUCCESS;
}
LONG SCardDisconnect(SCARDHANDLE, DWORD) {
    return SCARD_S_SUCCESS;
}
LONG SCardStatus(SCARDHANDLE, LPSTR, LPDWORD, LPDWORD state, LPDWORD protocol, LPBYTE atr,
                 LPDWORD atrLength) {
    const QByteArray desfire = QByteArray::fromHex("3B8180018080");
    std::memcpy(atr, desfire.constData(), size_t(desfire.size()));
    *atrLength = DWORD(desfire.size());
    *state = SCARD_SPECIFIC;
    *protocol = SCARD_PROTOCOL_T1;
    return SCARD_S_SUCCESS;
}
LONG SCardTransmit(SCARDHANDLE, const SCARD_IO_REQUEST *, LPCBYTE, DWORD, SCARD_IO_REQUEST *,
                   LPBYTE answer, LPDWORD answerLength) {
    if (++g_exchanges > kGiveUp)
        return LONG(SCARD_W_REMOVED_CARD);
    const QByteArray next =
        g_answers.size() > 1 ? g_answers.takeFirst() : g_answers.value(0, QByteArray());
    const DWORD length = std::min<DWORD>(*answerLength, DWORD(next.size()));
    std::memcpy(answer, next.constData(), length);
    *answerLength = length;
    return SCARD_S_SUCCESS;
}
}

class TestCardChannel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answers_data();
    void answers();
};

void TestCardChannel::answers_data() {
    QTest::addColumn<QStringList>("answers"); // hex, one per exchange
    QTest::addColumn<QByteArray>("data");     // hex of the data transmit() returns
    QTest::addColumn<QString>("sw");          // or the error code name
    QTest::addColumn<int>("maxExchanges");

    QTest::newRow("plain") << QStringList{"04782E21801D809000"} << QByteArray("04782E21801D80")
                           << "9000" << 1;
    QTest::newRow("61xx chained") << QStringList{"01026102", "03046101", "059100"}
                                  << QByteArray("0102030405") << "9100" << 3;
    QTest::newRow("6Cxx then 61xx")
        << QStringList{"6C02", "AABB6101", "CC9000"} << QByteArray("AABBCC") << "9000" << 3;
    QTest::newRow("no answer") << QStringList{""} << QByteArray() << "card-removed" << 1;
    // Found by fuzz/fuzz_cardanswers (timeout-c3eded57…): a card stuck on 61xx
    // held transmit() in GET RESPONSE forever, its answer growing without end.
    QTest::newRow("stuck on 6164 (fuzz)")
        << QStringList{"6164"} << QByteArray() << "device-failed" << 600;
    QTest::newRow("stuck on data + 6100")
        << QStringList{"0102030405060708090A6100"} << QByteArray() << "device-failed" << 7000;
}

void TestCardChannel::answers() {
    QFETCH(QStringList, answers);
    QFETCH(QByteArray, data);
    QFETCH(QString, sw);
    QFETCH(int, maxExchanges);
    g_answers.clear();
    for (const QString &answer : answers)
        g_answers << QByteArray::fromHex(answer.toLatin1());
    g_exchanges = 0;

    cc::Result<CardChannel> channel = CardChannel::open(SCARDCONTEXT(1), "fake");
    QVERIFY(channel.ok());
    const cc::Result<ApduResponse> response =
        channel.value().transmit(Apdu{0xFF, 0xCA, 0x00, 0x00, {}, 0, true, false});
    if (sw.size() == 4) {
        QVERIFY(response.ok());
        QCOMPARE(response->data.toHex().toUpper(), data);
        QCOMPARE(response->swText(), sw);
    } else {
        QVERIFY(!response.ok());
        QCOMPARE(cc::errorCodeName(response.error().code), sw);
    }
    QVERIFY2(g_exchanges <= maxExchanges, qPrintable(QString::number(g_exchanges)));
}

QTEST_GUILESS_MAIN(TestCardChannel)
#include "tst_cardchannel.moc"
