#pragma once

#include "core/crypto/crypto.h"
#include "core/domain/result.h"

#include <QByteArray>

namespace cc::reader {

// MIFARE DESFire EV2 secure messaging (AES): the session that
// AuthenticateEV2First opens, as NXP describes it for EV2 and for NTAG 424 DNA
// (AN12196, whose worked examples the tests replay byte for byte). Both ends
// use it: the personalisation profile as the reader (PCD), the virtual card as
// the card (PICC).
struct Ev2Session {
    QByteArray ti;       // transaction identifier, 4 bytes, chosen by the card
    SecretKey encKey;    // SesAuthENCKey
    SecretKey macKey;    // SesAuthMACKey
    quint16 counter = 0; // CmdCtr; advances between each command and its response

    // SV1/SV2 and the two session keys from the authentication randoms.
    static Ev2Session derive(QByteArrayView key, QByteArrayView ti, QByteArrayView rndA,
                             QByteArrayView rndB);
    static QByteArray sessionVector(quint8 first, quint8 second, QByteArrayView rndA,
                                    QByteArrayView rndB);

    // MACt (the 8 odd-indexed bytes of the CMAC) of a command:
    // Cmd ‖ CmdCtr ‖ TI ‖ header ‖ data, at the current counter.
    QByteArray commandMac(quint8 command, QByteArrayView headerAndData) const;
    // MACt of a response: RC ‖ CmdCtr ‖ TI ‖ data, at the current counter
    // (advance() first: the card counts the command before answering).
    QByteArray responseMac(quint8 status, QByteArrayView data) const;
    // CommMode.Full: data padded (ISO/IEC 9797-1 method 2, always) and
    // encrypted under IV = E(K, A5 5A ‖ TI ‖ CmdCtr ‖ 0…) for commands and
    // 5A A5 … for responses.
    QByteArray encryptCommand(QByteArrayView plain) const;
    Result<QByteArray> decryptCommand(QByteArrayView cipher) const;
    QByteArray encryptResponse(QByteArrayView plain) const;
    Result<QByteArray> decryptResponse(QByteArrayView cipher) const;
    void advance() { ++counter; }

    // The pieces both ends share.
    static QByteArray truncateMac(const QByteArray &cmac);
    static QByteArray rotateLeft(QByteArrayView bytes); // by one byte
    static QByteArray pad(QByteArrayView bytes);        // 80 00 … to a whole block
    static Result<QByteArray> unpad(const QByteArray &bytes);
    // CRC32 as DESFire appends it to a new key (IEEE polynomial, preset
    // FFFFFFFF, no final inversion), little-endian.
    static QByteArray crc32(QByteArrayView bytes);
    // The key-change cryptogram body for ChangeKey, before padding: new key ‖
    // version when changing the key the session was opened with; else
    // (new ⊕ old) ‖ version ‖ CRC32(new).
    static QByteArray changeKeyData(QByteArrayView newKey, QByteArrayView oldKey, quint8 version,
                                    bool sameAsAuthKey);

private:
    QByteArray iv(quint8 first, quint8 second) const;
};

} // namespace cc::reader
