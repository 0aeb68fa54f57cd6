// Crypto primitives against published vectors: scrypt (RFC 7914 §12),
// HMAC-SHA-256 (RFC 4231), HKDF-SHA-256 (RFC 5869 A.1), AES-CMAC (NIST SP 800-38B
// / RFC 4493 §4) and AES-256-GCM (McGrew & Viega, "The Galois/Counter Mode of
// Operation", test cases 13, 14 and 16); then the sealing rules the store relies on.
#include "core/crypto/crypto.h"

#include <QSet>
#include <QTest>

using cc::Crypto;

namespace {
QByteArray hex(const char *text) {
    return QByteArray::fromHex(text);
}
} // namespace

class TestCrypto : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scrypt_data();
    void scrypt();
    void hmacSha256_data();
    void hmacSha256();
    void hkdfSha256();
    void aesCmac_data();
    void aesCmac();
    void aes128CbcSp80038a();
    void an10922Vector();
    void an10922AgreesWithCmacWhenNoExtraPadding();
    void an10922Rejects();
    void gcmVectors_data();
    void gcmVectors();
    void sealOpenRoundTrip();
    void openRejects_data();
    void openRejects();
    void sealUsesFreshNonces();
    void sealerSealsAsSealDoes();
    void secretKeyWipesAndMoves();
    void constantTimeEquals();
};

void TestCrypto::scrypt_data() {
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("RFC 7914 #1")
        << QByteArray() << QByteArray() << quint64(16) << quint32(1) << quint32(1)
        << hex("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
               "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    QTest::newRow("RFC 7914 #2")
        << QByteArray("password") << QByteArray("NaCl") << quint64(1024) << quint32(8)
        << quint32(16)
        << hex("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
               "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    QTest::newRow("RFC 7914 #3")
        << QByteArray("pleaseletmein") << QByteArray("SodiumChloride") << quint64(16384)
        << quint32(8) << quint32(1)
        << hex("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
               "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
}

void TestCrypto::scrypt() {
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(QByteArray, expected);
    const auto key = Crypto::scrypt(password, salt, {n, r, p}, 64);
    QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
    QCOMPARE(key->toHex(), expected.toHex());
}

void TestCrypto::hmacSha256_data() {
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("RFC 4231 case 1")
        << QByteArray(20, '\x0b') << QByteArray("Hi There")
        << hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("RFC 4231 case 2")
        << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
        << hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

void TestCrypto::hmacSha256() {
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);
    QCOMPARE(Crypto::hmacSha256(key, data).toHex(), expected.toHex());
}

void TestCrypto::hkdfSha256() {
    const QByteArray okm = Crypto::hkdfSha256(
        QByteArray(22, '\x0b'), hex("000102030405060708090a0b0c"), hex("f0f1f2f3f4f5f6f7f8f9"), 42);
    QCOMPARE(okm.toHex(),
             QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                        "34007208d5b887185865"));
}

void TestCrypto::aesCmac_data() {
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray m = hex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
                             "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");
    QTest::newRow("example 1, empty") << QByteArray() << hex("bb1d6929e95937287fa37d129b756746");
    QTest::newRow("example 2, 16 bytes") << m.left(16) << hex("070a16b46b4d4144f79bdd9dd04a287c");
    QTest::newRow("example 3, 40 bytes") << m.left(40) << hex("dfa66747de9ae63030ca32611497c827");
    QTest::newRow("example 4, 64 bytes") << m << hex("51f0bebf7e3b9d92fc49741779363cfe");
}

void TestCrypto::aesCmac() {
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);
    QCOMPARE(Crypto::aesCmac(hex("2b7e151628aed2a6abf7158809cf4f3c"), message).toHex(),
             expected.toHex());
}

// NIST SP 800-38A F.2.1/F.2.2, CBC-AES128, all four blocks.
void TestCrypto::aes128CbcSp80038a() {
    const QByteArray key = QByteArray::fromHex("2b7e151628aed2a6abf7158809cf4f3c");
    const QByteArray iv = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
    const QByteArray plain =
        QByteArray::fromHex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
                            "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");
    const QByteArray cipher =
        QByteArray::fromHex("7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2"
                            "73bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7");
    QCOMPARE(cc::Crypto::aes128Cbc(key, iv, plain, cc::Crypto::Encrypt), cipher);
    QCOMPARE(cc::Crypto::aes128Cbc(key, iv, cipher, cc::Crypto::Decrypt), plain);
}

void TestCrypto::gcmVectors_data() {
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");

    QTest::newRow("test case 13") << QByteArray(32, 0) << QByteArray(12, 0) << QByteArray()
                                  << QByteArray() << QByteArray()
                                  << hex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("test case 14") << QByteArray(32, 0) << QByteArray(12, 0) << QByteArray(16, 0)
                                  << QByteArray() << hex("cea7403d4d606b6e074ec5d3baf39d18")
                                  << hex("d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("test case 16")
        << hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
        << hex("cafebabefacedbaddecaf888")
        << hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
               "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39")
        << hex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
        << hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
               "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662")
        << hex("76fc6ece0f4e1768cddf8853bb2d551b");
}

void TestCrypto::gcmVectors() {
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);

    const auto sealed = Crypto::sealWithNonce(key, nonce, plaintext, aad);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->toHex(), QByteArray(ciphertext + tag).toHex());
    const auto opened = Crypto::open(key, QByteArray(nonce + ciphertext + tag), aad);
    QVERIFY(opened.ok());
    QCOMPARE(*opened, plaintext);
}

void TestCrypto::sealOpenRoundTrip() {
    const QByteArray key = Crypto::randomBytes(32);
    const QByteArray name = QStringLiteral(u"王小明").toUtf8();
    const auto sealed = Crypto::seal(key, name, "persons/42/name");
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->size(), name.size() + Crypto::kGcmNonceSize + Crypto::kGcmTagSize);
    QVERIFY(!sealed->contains(name));
    const auto opened = Crypto::open(key, *sealed, "persons/42/name");
    QVERIFY(opened.ok());
    QCOMPARE(*opened, name);
}

void TestCrypto::openRejects_data() {
    QTest::addColumn<QString>("tamper");
    QTest::newRow("other row (aad)") << "aad";
    QTest::newRow("wrong key") << "key";
    QTest::newRow("flipped ciphertext bit") << "ciphertext";
    QTest::newRow("flipped tag bit") << "tag";
    QTest::newRow("flipped nonce bit") << "nonce";
    QTest::newRow("truncated") << "truncate";
}

void TestCrypto::openRejects() {
    QFETCH(QString, tamper);
    QByteArray key = Crypto::randomBytes(32);
    QByteArray aad = "persons/42/name";
    QByteArray sealed = Crypto::seal(key, "A123456789", aad).value();
    if (tamper == "aad")
        aad = "persons/43/name";
    else if (tamper == "key")
        key[0] = char(key.at(0) ^ 1);
    else if (tamper == "ciphertext")
        sealed[Crypto::kGcmNonceSize] = char(sealed.at(Crypto::kGcmNonceSize) ^ 1);
    else if (tamper == "tag")
        sealed[sealed.size() - 1] = char(sealed.at(sealed.size() - 1) ^ 0x80);
    else if (tamper == "nonce")
        sealed[0] = char(sealed.at(0) ^ 1);
    else if (tamper == "truncate")
        sealed.truncate(Crypto::kGcmNonceSize + Crypto::kGcmTagSize - 1);

    const auto opened = Crypto::open(key, sealed, aad);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, cc::ErrorCode::AuthenticationFailed);
}

void TestCrypto::sealUsesFreshNonces() {
    const QByteArray key = Crypto::randomBytes(32);
    const QByteArray a = Crypto::seal(key, "same", "aad").value();
    const QByteArray b = Crypto::seal(key, "same", "aad").value();
    QVERIFY(a != b);
    QVERIFY(a.left(Crypto::kGcmNonceSize) != b.left(Crypto::kGcmNonceSize));
}

void TestCrypto::sealerSealsAsSealDoes() {
    const QByteArray key = Crypto::randomBytes(32);
    cc::Sealer sealer(key);
    // More values than one draw of nonces holds: each opens with open() under
    // its own aad, and no nonce comes twice, across the refills too.
    QSet<QByteArray> nonces;
    for (int i = 0; i < 1000; ++i) {
        const QByteArray aad = "persons/" + QByteArray::number(i) + "/name";
        const QByteArray value = "value " + QByteArray::number(i);
        const QByteArray sealed = sealer.seal(value, aad).value();
        QCOMPARE(sealed.size(), value.size() + Crypto::kGcmNonceSize + Crypto::kGcmTagSize);
        QCOMPARE(Crypto::open(key, sealed, aad).value(), value);
        QVERIFY(!Crypto::open(key, sealed, "persons/0/phone").ok());
        nonces.insert(sealed.left(Crypto::kGcmNonceSize));
    }
    QCOMPARE(nonces.size(), 1000);
    // The same as sealWithNonce() gives for the nonce it drew (the GCM vectors
    // check that one).
    const QByteArray sealed = sealer.seal("王小明", "aad").value();
    QCOMPARE(
        sealed.mid(Crypto::kGcmNonceSize),
        Crypto::sealWithNonce(key, sealed.left(Crypto::kGcmNonceSize), "王小明", "aad").value());
    // A key of the wrong size seals nothing.
    cc::Sealer wrong(QByteArray(16, 'k'));
    QCOMPARE(wrong.seal("x", "aad").error().code, cc::ErrorCode::CryptoFailed);
}

void TestCrypto::secretKeyWipesAndMoves() {
    cc::SecretKey key(QByteArray("0123456789abcdef"));
    QCOMPARE(key.size(), 16);
    QCOMPARE(key.view(), QByteArrayView("0123456789abcdef"));
    cc::SecretKey moved(std::move(key));
    QVERIFY(key.isEmpty()); // NOLINT(bugprone-use-after-move): checking the moved-from state
    QCOMPARE(moved.view(), QByteArrayView("0123456789abcdef"));
    moved.clear();
    QVERIFY(moved.isEmpty());
    QCOMPARE(moved.view().size(), 0);
}

void TestCrypto::constantTimeEquals() {
    QVERIFY(Crypto::constantTimeEquals("abc", "abc"));
    QVERIFY(!Crypto::constantTimeEquals("abc", "abd"));
    QVERIFY(!Crypto::constantTimeEquals("abc", "abcd"));
    QVERIFY(Crypto::constantTimeEquals("", ""));
}

void TestCrypto::an10922Vector() {
    // NXP AN10922 example (docs/testing.md): UID ‖ AID ‖ system identifier.
    const QByteArray input = hex("04782E21801D80") + hex("3042F5") + hex("4E585020416275");
    const auto key = Crypto::diversifyAes128(hex("00112233445566778899AABBCCDDEEFF"), input);
    QVERIFY(key.ok());
    QCOMPARE(key->toHex().toUpper(), QByteArray("A8DD63A3B89D54B37CA802473FDA9175"));
}

void TestCrypto::an10922AgreesWithCmacWhenNoExtraPadding() {
    // With 0x01 ‖ input of 17–32 bytes the note's padding is CMAC's own (none
    // at 32). Shorter inputs are padded to 32 bytes, further than CMAC would.
    const QByteArray master = hex("00112233445566778899AABBCCDDEEFF");
    for (int n = 1; n <= 31; ++n) {
        const QByteArray input(n, char(0x40 + n));
        const QByteArray plain = Crypto::aesCmac(master, QByteArray(QByteArray(1, '\x01') + input));
        const QByteArray ours = Crypto::diversifyAes128(master, input).value();
        QCOMPARE(ours == plain, n >= 16);
    }
}

void TestCrypto::an10922Rejects() {
    QVERIFY(!Crypto::diversifyAes128(QByteArray(15, '\0'), "x").ok());
    QVERIFY(!Crypto::diversifyAes128(QByteArray(16, '\0'), "").ok());
    QVERIFY(!Crypto::diversifyAes128(QByteArray(16, '\0'), QByteArray(32, 'x')).ok());
}

QTEST_APPLESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
