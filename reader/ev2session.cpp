#include "reader/ev2session.h"

#include "reader/apdu.h"

namespace cc::reader {
namespace {

QByteArray counterBytes(quint16 counter) {
    return octets({char(counter & 0xFF), char(counter >> 8)});
}

Error integrity(const char *what) {
    return Error{ErrorCode::IntegrityFailed, QCoreApplication::translate("Ev2Session", what),
                 QStringLiteral("DESFire secure messaging")};
}

} // namespace

QByteArray Ev2Session::sessionVector(quint8 first, quint8 second, QByteArrayView rndA,
                                     QByteArrayView rndB) {
    QByteArray sv = octets({first, second, 0x00, 0x01, 0x00, 0x80});
    sv += rndA.first(2).toByteArray();
    for (int i = 0; i < 6; ++i)
        sv += char(rndA[2 + i] ^ rndB[i]);
    sv += rndB.sliced(6, 10).toByteArray();
    sv += rndA.sliced(8, 8).toByteArray();
    return sv;
}

Ev2Session Ev2Session::derive(QByteArrayView key, QByteArrayView ti, QByteArrayView rndA,
                              QByteArrayView rndB) {
    Ev2Session session;
    session.ti = ti.toByteArray();
    QByteArray enc = Crypto::aesCmac(key, sessionVector(0xA5, 0x5A, rndA, rndB));
    QByteArray mac = Crypto::aesCmac(key, sessionVector(0x5A, 0xA5, rndA, rndB));
    session.encKey = SecretKey::takeFrom(enc);
    session.macKey = SecretKey::takeFrom(mac);
    return session;
}

QByteArray Ev2Session::truncateMac(const QByteArray &cmac) {
    QByteArray out;
    for (int i = 1; i < cmac.size(); i += 2)
        out += cmac[i];
    return out;
}

QByteArray Ev2Session::commandMac(quint8 command, QByteArrayView headerAndData) const {
    const QByteArray message =
        char(command) + counterBytes(counter) + ti + headerAndData.toByteArray();
    return truncateMac(Crypto::aesCmac(macKey.view(), message));
}

QByteArray Ev2Session::responseMac(quint8 status, QByteArrayView data) const {
    const QByteArray message = char(status) + counterBytes(counter) + ti + data.toByteArray();
    return truncateMac(Crypto::aesCmac(macKey.view(), message));
}

QByteArray Ev2Session::iv(quint8 first, quint8 second) const {
    QByteArray block = octets({char(first), char(second)}) + ti + counterBytes(counter);
    block.append(16 - block.size(), '\0');
    return Crypto::aes128Cbc(encKey.view(), QByteArray(16, '\0'), block, Crypto::Encrypt);
}

QByteArray Ev2Session::encryptCommand(QByteArrayView plain) const {
    return Crypto::aes128Cbc(encKey.view(), iv(0xA5, 0x5A), pad(plain), Crypto::Encrypt);
}

Result<QByteArray> Ev2Session::decryptCommand(QByteArrayView cipher) const {
    if (cipher.isEmpty() || cipher.size() % 16)
        return integrity(
            QT_TRANSLATE_NOOP("Ev2Session", "The encrypted data is not whole blocks."));
    return unpad(Crypto::aes128Cbc(encKey.view(), iv(0xA5, 0x5A), cipher, Crypto::Decrypt));
}

QByteArray Ev2Session::encryptResponse(QByteArrayView plain) const {
    return Crypto::aes128Cbc(encKey.view(), iv(0x5A, 0xA5), pad(plain), Crypto::Encrypt);
}

Result<QByteArray> Ev2Session::decryptResponse(QByteArrayView cipher) const {
    if (cipher.isEmpty() || cipher.size() % 16)
        return integrity(
            QT_TRANSLATE_NOOP("Ev2Session", "The encrypted data is not whole blocks."));
    return unpad(Crypto::aes128Cbc(encKey.view(), iv(0x5A, 0xA5), cipher, Crypto::Decrypt));
}

QByteArray Ev2Session::rotateLeft(QByteArrayView bytes) {
    return bytes.sliced(1).toByteArray() + bytes.first(1).toByteArray();
}

QByteArray Ev2Session::pad(QByteArrayView bytes) {
    QByteArray out = bytes.toByteArray() + '\x80';
    out.append((16 - out.size() % 16) % 16, '\0');
    return out;
}

Result<QByteArray> Ev2Session::unpad(const QByteArray &bytes) {
    qsizetype end = bytes.size();
    while (end > 0 && bytes[end - 1] == '\0')
        --end;
    if (end == 0 || bytes[end - 1] != '\x80' || bytes.size() - end >= 16)
        return integrity(
            QT_TRANSLATE_NOOP("Ev2Session", "The decrypted data is not padded right."));
    return bytes.first(end - 1);
}

QByteArray Ev2Session::crc32(QByteArrayView bytes) {
    quint32 crc = 0xFFFFFFFF;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return octets(
        {char(crc & 0xFF), char((crc >> 8) & 0xFF), char((crc >> 16) & 0xFF), char(crc >> 24)});
}

QByteArray Ev2Session::changeKeyData(QByteArrayView newKey, QByteArrayView oldKey, quint8 version,
                                     bool sameAsAuthKey) {
    if (sameAsAuthKey)
        return newKey.toByteArray() + char(version);
    QByteArray data(16, '\0');
    for (int i = 0; i < 16; ++i)
        data[i] = char(newKey[i] ^ oldKey[i]);
    return data + char(version) + crc32(newKey);
}

} // namespace cc::reader
