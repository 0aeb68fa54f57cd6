#pragma once

#include <QByteArray>
#include <QString>

#include <initializer_list>
#include <optional>

namespace cc::reader {

// An ISO 7816-4 command APDU (short form).
struct Apdu {
    quint8 cla = 0;
    quint8 ins = 0;
    quint8 p1 = 0;
    quint8 p2 = 0;
    QByteArray data;
    std::optional<int> le; // 0 means "up to 256"
    // May be sent again after the card was reset under us (it changes nothing,
    // or changes nothing twice): selects, reads, GET VERSION, FF CA.
    bool repeatable = false;
    // Carries or returns key material or authentication tokens: logged as
    // header and length only.
    bool secret = false;

    QByteArray bytes() const;
    // "90 AF 00 00 20 …" for the debug log, with the body masked if secret.
    QString logText() const;

    // A MIFARE DESFire native command wrapped in ISO 7816 (CLA 90, Le 00).
    static Apdu desfire(quint8 command, const QByteArray &data = {});
};

// A response: data and the status word SW1 SW2.
struct ApduResponse {
    QByteArray data;
    quint16 sw = 0;

    quint8 sw1() const { return quint8(sw >> 8); }
    quint8 sw2() const { return quint8(sw & 0xFF); }
    bool isSuccess() const { return sw == 0x9000; }
    QString swText() const; // "9000"
};

QString hex(const QByteArray &bytes); // "04 78 2E 21", for logs and output

// A byte string from byte values: octets({0x90, 0x71}).
QByteArray octets(std::initializer_list<int> values);
// The bytes in reverse order (DESFire sends AIDs and lengths LSB first).
QByteArray reversedBytes(QByteArrayView bytes);

} // namespace cc::reader
