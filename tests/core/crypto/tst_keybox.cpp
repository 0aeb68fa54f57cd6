// X25519 against RFC 7748's test vectors, and the sealed box built on it.
#include "core/crypto/keybox.h"

#include <QTest>

using cc::ErrorCode;
using cc::KeyBox;

class TestKeyBox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rfc7748DiffieHellman();
    void smallOrderPeerIsRefused();
    void boxOpensOnlyForItsRecipient();
    void boxRefusesTampering_data();
    void boxRefusesTampering();
};

// RFC 7748 section 6.1.
void TestKeyBox::rfc7748DiffieHellman() {
    const QByteArray alicePrivate =
        QByteArray::fromHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
    const QByteArray alicePublic =
        QByteArray::fromHex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
    const QByteArray bobPrivate =
        QByteArray::fromHex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
    const QByteArray bobPublic =
        QByteArray::fromHex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
    const QByteArray shared =
        QByteArray::fromHex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
    QCOMPARE(*KeyBox::publicKeyOf(alicePrivate), alicePublic);
    QCOMPARE(*KeyBox::publicKeyOf(bobPrivate), bobPublic);
    QCOMPARE(*KeyBox::x25519(alicePrivate, bobPublic), shared);
    QCOMPARE(*KeyBox::x25519(bobPrivate, alicePublic), shared);
}

void TestKeyBox::smallOrderPeerIsRefused() {
    const cc::BoxKeyPair pair = KeyBox::generate();
    const auto zero = KeyBox::x25519(pair.privateKey.view(), QByteArray(32, '\0'));
    QVERIFY(!zero.ok());
    QVERIFY(!KeyBox::x25519(pair.privateKey.view(), QByteArray(31, '\1')).ok());
    // Sealing to such a key fails instead of sealing under a known key.
    QVERIFY(!KeyBox::seal(QByteArray(32, '\0'), "secret", "aad").ok());
}

void TestKeyBox::boxOpensOnlyForItsRecipient() {
    const cc::BoxKeyPair recipient = KeyBox::generate();
    const cc::BoxKeyPair other = KeyBox::generate();
    QCOMPARE(recipient.publicKey.size(), 32);
    const auto box = KeyBox::seal(recipient.publicKey, "the data key", "operators/2/data_grant");
    QVERIFY(box.ok());
    QCOMPARE(box->size(), 32 + 12 + 12 + 16);
    QCOMPARE(*KeyBox::open(recipient.privateKey.view(), *box, "operators/2/data_grant"),
             QByteArray("the data key"));
    const auto wrongKey = KeyBox::open(other.privateKey.view(), *box, "operators/2/data_grant");
    QCOMPARE(wrongKey.error().code, ErrorCode::AuthenticationFailed);
    // Bound to its row: the same box copied to another operator does not open.
    const auto moved = KeyBox::open(recipient.privateKey.view(), *box, "operators/3/data_grant");
    QCOMPARE(moved.error().code, ErrorCode::AuthenticationFailed);
    // Two boxes of one secret differ (a fresh ephemeral key and nonce each).
    QVERIFY(*KeyBox::seal(recipient.publicKey, "the data key", "a") !=
            *KeyBox::seal(recipient.publicKey, "the data key", "a"));
}

void TestKeyBox::boxRefusesTampering_data() {
    QTest::addColumn<int>("offset");
    QTest::newRow("ephemeral key") << 0;
    QTest::newRow("nonce") << 32;
    QTest::newRow("ciphertext") << 44;
    QTest::newRow("tag") << 32 + 12 + 4 + 3;
}

void TestKeyBox::boxRefusesTampering() {
    QFETCH(int, offset);
    const cc::BoxKeyPair recipient = KeyBox::generate();
    QByteArray box = *KeyBox::seal(recipient.publicKey, "abcd", "aad");
    box[offset] = char(box[offset] ^ 0x01);
    QVERIFY(!KeyBox::open(recipient.privateKey.view(), box, "aad").ok());
    QVERIFY(!KeyBox::open(recipient.privateKey.view(), box.left(40), "aad").ok());
}

QTEST_GUILESS_MAIN(TestKeyBox)
#include "tst_keybox.moc"
