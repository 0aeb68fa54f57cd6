#include "reader/apdu.h"

#include <algorithm>

namespace cc::reader {

QByteArray Apdu::bytes() const {
    QByteArray out;
    out.reserve(5 + data.size() + 1);
    out += char(cla);
    out += char(ins);
    out += char(p1);
    out += char(p2);
    if (!data.isEmpty()) {
        out += char(quint8(data.size()));
        out += data;
    }
    if (le)
        out += char(quint8(*le));
    return out;
}

QString Apdu::logText() const {
    const QByteArray all = bytes();
    if (!secret || data.isEmpty())
        return hex(all);
    return hex(all.first(5)) + QStringLiteral(" <%1 bytes masked>").arg(data.size());
}

Apdu Apdu::desfire(quint8 command, const QByteArray &data) {
    return Apdu{0x90, command, 0x00, 0x00, data, 0, false, false};
}

QString ApduResponse::swText() const {
    return QStringLiteral("%1").arg(sw, 4, 16, QLatin1Char('0')).toUpper();
}

QByteArray octets(std::initializer_list<int> values) {
    QByteArray out;
    out.reserve(qsizetype(values.size()));
    for (const int value : values)
        out += char(value);
    return out;
}

QByteArray reversedBytes(QByteArrayView bytes) {
    QByteArray out = bytes.toByteArray();
    std::reverse(out.begin(), out.end());
    return out;
}

QString hex(const QByteArray &bytes) {
    return QString::fromLatin1(bytes.toHex(' ').toUpper());
}

} // namespace cc::reader
