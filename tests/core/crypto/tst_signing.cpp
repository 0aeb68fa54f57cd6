// Ed25519 as the hotlist uses it, against RFC 8032's own test vectors
// (section 7.1, TEST 1 and TEST 2), not only against itself.
#include "core/crypto/signing.h"

#include <QTest>

using namespace cc;

namespace {

QByteArray pem(const char *label, const QByteArray &der) {
    return QByteArray("-----BEGIN ") + label + "-----\n" + der.toBase64() + "\n-----END " + label +
           "-----\n";
}

// PKCS#8 and SubjectPublicKeyInfo around the raw 32-byte keys (RFC 8410).
QByteArray privatePem(const QByteArray &seedHex) {
    return pem("PRIVATE KEY", QByteArray::fromHex("302e020100300506032b657004220420") +
                                  QByteArray::fromHex(seedHex));
}

QByteArray publicPem(const QByteArray &keyHex) {
    return pem("PUBLIC KEY",
               QByteArray::fromHex("302a300506032b6570032100") + QByteArray::fromHex(keyHex));
}

} // namespace

class TstSigning : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rfc8032_data();
    void rfc8032();
    void roundTrip();
    void refusals();
};

void TstSigning::rfc8032_data() {
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("TEST 1")
        << QByteArray("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        << QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        << QByteArray()
        << QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                      "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    QTest::newRow("TEST 2")
        << QByteArray("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
        << QByteArray("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
        << QByteArray::fromHex("72")
        << QByteArray("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                      "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
}

void TstSigning::rfc8032() {
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);
    const QByteArray expected = QByteArray::fromHex(signature);
    QCOMPARE(Signing::sign(privatePem(secret), message).value().toHex(), signature);
    QCOMPARE(Signing::publicKey(privatePem(secret)).value(), publicPem(publicKey));
    QVERIFY(Signing::verify(publicPem(publicKey), message, expected).value());
    QByteArray changed = message + 'x';
    QVERIFY(!Signing::verify(publicPem(publicKey), changed, expected).value());
    QByteArray badSignature = expected;
    badSignature[10] = char(badSignature[10] ^ 1);
    QVERIFY(!Signing::verify(publicPem(publicKey), message, badSignature).value());
}

void TstSigning::roundTrip() {
    const QByteArray key = Signing::newKey().value();
    const QByteArray text = "citizencard-hotlist 1\n";
    const QByteArray signature = Signing::sign(key, text).value();
    QCOMPARE(signature.size(), Signing::kSignatureSize);
    QVERIFY(Signing::verify(Signing::publicKey(key).value(), text, signature).value());
    const QByteArray other = Signing::publicKey(Signing::newKey().value()).value();
    QVERIFY(!Signing::verify(other, text, signature).value());
}

void TstSigning::refusals() {
    QCOMPARE(Signing::sign("not a key", "x").error().code, ErrorCode::CryptoFailed);
    QCOMPARE(Signing::verify("not a key", "x", QByteArray(64, 0)).error().code,
             ErrorCode::CryptoFailed);
    // A signature of the wrong length is simply not valid.
    const QByteArray pub = Signing::publicKey(Signing::newKey().value()).value();
    QVERIFY(!Signing::verify(pub, "x", QByteArray(63, 0)).value());
}

QTEST_APPLESS_MAIN(TstSigning)
#include "tst_signing.moc"
