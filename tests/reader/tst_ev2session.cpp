// DESFire EV2 secure messaging against NXP's worked examples in AN12196
// ("NTAG 424 DNA and NTAG 424 DNA TagTamper features and hints", which uses
// the same EV2 secure messaging): AuthenticateEV2First (table 14), CommMode.MAC
// (table 8), CommMode.Full with its response MAC (table 19), and ChangeKey of
// another key and of the authenticated key (tables 26 and 27).
#include "reader/ev2session.h"

#include <QTest>

using cc::Crypto;
using cc::SecretKey;
using cc::reader::Ev2Session;

namespace {
QByteArray h(const char *hex) {
    return QByteArray::fromHex(hex);
}

Ev2Session session(const char *ti, const char *enc, const char *mac, quint16 counter) {
    Ev2Session s;
    s.ti = h(ti);
    s.encKey = SecretKey(h(enc));
    s.macKey = SecretKey(h(mac));
    s.counter = counter;
    return s;
}
} // namespace

class TestEv2Session : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void authenticateEv2First();
    void commModeMac();
    void commModeFullAndResponseMac();
    void changeOtherKey();
    void changeAuthenticatedKey();
    void padding_data();
    void padding();
    void unpadRejects();
};

void TestEv2Session::authenticateEv2First() {
    const QByteArray key(16, '\0'), iv(16, '\0');
    const QByteArray rndB =
        Crypto::aes128Cbc(key, iv, h("A04C124213C186F22399D33AC2A30215"), Crypto::Decrypt);
    QCOMPARE(rndB.toHex().toUpper(), QByteArray("B9E2FC789B64BF237CCCAA20EC7E6E48"));
    const QByteArray rndA = h("13C5DB8A5930439FC3DEF9A4C675360F");
    QCOMPARE(
        Crypto::aes128Cbc(key, iv, QByteArray(rndA + Ev2Session::rotateLeft(rndB)), Crypto::Encrypt)
            .toHex()
            .toUpper(),
        QByteArray("35C3E05A752E0144BAC0DE51C1F22C56B34408A23D8AEA266CAB947EA8E0118D"));
    const QByteArray answer = Crypto::aes128Cbc(
        key, iv, h("3FA64DB5446D1F34CD6EA311167F5E4985B89690C04A05F17FA7AB2F08120663"),
        Crypto::Decrypt);
    QCOMPARE(answer.first(4).toHex().toUpper(), QByteArray("9D00C4DF"));
    QCOMPARE(answer.sliced(4, 16), Ev2Session::rotateLeft(rndA));

    QCOMPARE(Ev2Session::sessionVector(0xA5, 0x5A, rndA, rndB).toHex().toUpper(),
             QByteArray("A55A0001008013C56268A548D8FBBF237CCCAA20EC7E6E48C3DEF9A4C675360F"));
    const Ev2Session s = Ev2Session::derive(key, answer.first(4), rndA, rndB);
    QCOMPARE(s.encKey.view().toByteArray().toHex().toUpper(),
             QByteArray("1309C877509E5A215007FF0ED19CA564"));
    QCOMPARE(s.macKey.view().toByteArray().toHex().toUpper(),
             QByteArray("4C6626F5E72EA694202139295C7A7FC7"));
    QCOMPARE(s.counter, quint16(0));
}

void TestEv2Session::commModeMac() {
    const Ev2Session s = session("7A21085E", "00000000000000000000000000000000",
                                 "8248134A386E86EB7FAF54A52E536CB6", 0);
    QCOMPARE(s.commandMac(0xF5, h("02")).toHex().toUpper(), QByteArray("6597A457C8CD442C"));
}

void TestEv2Session::commModeFullAndResponseMac() {
    Ev2Session s = session("9D00C4DF", "1309C877509E5A215007FF0ED19CA564",
                           "4C6626F5E72EA694202139295C7A7FC7", 1);
    const QByteArray encrypted = s.encryptCommand(h("4000E0C1F121200000430000430000"));
    QCOMPARE(encrypted.toHex().toUpper(), QByteArray("61B6D97903566E84C3AE5274467E89EA"));
    QCOMPARE(s.commandMac(0x5F, QByteArray(h("02") + encrypted)).toHex().toUpper(),
             QByteArray("D799B7C1A0EF7A04"));
    QCOMPARE(s.decryptCommand(encrypted).value(), h("4000E0C1F121200000430000430000"));
    s.advance();
    QCOMPARE(s.responseMac(0x00, {}).toHex().toUpper(), QByteArray("57BFF87B1241E93D"));
}

void TestEv2Session::changeOtherKey() {
    const Ev2Session s = session("7614281A", "4CF3CB41A22583A61E89B158D252FC53",
                                 "5529860B2FC5FB6154B7F28361D30BF9", 2);
    const QByteArray data = Ev2Session::changeKeyData(h("F3847D627727ED3BC9C4CC050489B966"),
                                                      QByteArray(16, '\0'), 0x01, false);
    const QByteArray body = h("02") + s.encryptCommand(data);
    QCOMPARE(body.toHex().toUpper(),
             QByteArray("022CF362B7BF4311FF3BE1DAA295E8C68DE09050560D19B9E16C2393AE9CD1FAC7"));
    QCOMPARE(s.commandMac(0xC4, body).toHex().toUpper(), QByteArray("5D0CE20BCD1D06E6"));
}

void TestEv2Session::changeAuthenticatedKey() {
    const Ev2Session s = session("7614281A", "4CF3CB41A22583A61E89B158D252FC53",
                                 "5529860B2FC5FB6154B7F28361D30BF9", 3);
    const QByteArray data =
        Ev2Session::changeKeyData(h("5004BF991F408672B1EF00F08F9E8647"), {}, 0x01, true);
    const QByteArray body = h("00") + s.encryptCommand(data);
    QCOMPARE(body.toHex().toUpper(),
             QByteArray("00C0EB4DEEFEDDF0B513A03A95A75491818580503190D4D05053FF75668A01D6FD"));
    QCOMPARE(s.commandMac(0xC4, body).toHex().toUpper(), QByteArray("A6610234BDED6432"));
}

void TestEv2Session::padding_data() {
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("padded");
    QTest::newRow("empty") << 0 << 16;
    QTest::newRow("15") << 15 << 16;
    QTest::newRow("16 gets a whole block") << 16 << 32;
    QTest::newRow("17") << 17 << 32;
}

void TestEv2Session::padding() {
    QFETCH(int, length);
    QFETCH(int, padded);
    const QByteArray plain(length, '\0'); // zeros right before the 80 must survive unpad
    const QByteArray out = Ev2Session::pad(plain);
    QCOMPARE(out.size(), padded);
    QCOMPARE(quint8(out[length]), quint8(0x80));
    QCOMPARE(Ev2Session::unpad(out).value(), plain);
}

void TestEv2Session::unpadRejects() {
    QVERIFY(!Ev2Session::unpad(QByteArray(16, '\0')));
    QVERIFY(!Ev2Session::unpad(QByteArray(32, '\0').replace(0, 1, "\x80")));
}

QTEST_GUILESS_MAIN(TestEv2Session)
#include "tst_ev2session.moc"
