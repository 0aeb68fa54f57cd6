#include "core/domain/chiprecord.h"

#include "core/domain/cardnumber.h"

#include <algorithm>

namespace cc {
namespace {

void putBcd(QByteArray &out, QStringView digits) {
    for (qsizetype i = 0; i + 1 < digits.size(); i += 2)
        out += char(((digits[i].unicode() - u'0') << 4) | (digits[i + 1].unicode() - u'0'));
}

// Returns the digits, or an empty string if a nibble is not a decimal digit.
QString takeBcd(QByteArrayView bytes) {
    QString digits;
    for (const char byte : bytes) {
        const int high = quint8(byte) >> 4, low = quint8(byte) & 0x0F;
        if (high > 9 || low > 9)
            return {};
        digits += QChar(u'0' + high);
        digits += QChar(u'0' + low);
    }
    return digits;
}

QDate takeDate(QByteArrayView bytes) {
    return QDate::fromString(takeBcd(bytes), QStringLiteral("yyyyMMdd"));
}

Error damaged(const QString &what) {
    return Error{ErrorCode::IntegrityFailed, what, QStringLiteral("chip record")};
}

} // namespace

Result<QByteArray> ChipRecord::body() const {
    const Result<QString> number = CardNumber::parse(cardNumber);
    if (!number)
        return Error{number.error().code, number.error().message, QStringLiteral("cardNumber")};
    if (!issued.isValid() || !expires.isValid() || expires < issued)
        return Error{ErrorCode::BadValue,
                     tr("The expiry date must be a date on or after the issue date."),
                     QStringLiteral("expires")};
    if (issued.year() < 1000 || expires.year() > 9999)
        return Error{ErrorCode::BadValue, tr("The dates must have four-digit years."),
                     QStringLiteral("issued")};
    const QByteArray station8 = station.toLatin1();
    static const auto allowed = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
               c == '-';
    };
    if (station.isEmpty() || station8.size() > kMaxStationLength ||
        !std::all_of(station8.begin(), station8.end(), allowed))
        return Error{ErrorCode::BadValue,
                     tr("A station ID on the chip is 1 to %1 letters, digits or dashes.")
                         .arg(kMaxStationLength),
                     QStringLiteral("station")};

    QByteArray out;
    out.reserve(kSize);
    out += char(kVersion);
    out += char(typeCode(type));
    putBcd(out, number.value());
    putBcd(out, issued.toString(QStringLiteral("yyyyMMdd")));
    putBcd(out, expires.toString(QStringLiteral("yyyyMMdd")));
    out += station8;
    out.append(kBodySize - out.size(), '\0');
    return out;
}

Result<ChipRecord> ChipRecord::fromBody(QByteArrayView bytes) {
    if (bytes.size() < kBodySize)
        return damaged(
            tr("The record is %1 bytes; %2 were expected.").arg(bytes.size()).arg(kBodySize));
    if (quint8(bytes[0]) != kVersion)
        return damaged(tr("Record version %1 is not supported.").arg(quint8(bytes[0])));

    ChipRecord record;
    const int type = quint8(bytes[1]);
    if (type < 1 || type > int(kAllCardTypes.size()))
        return damaged(tr("Card type code %1 is not known.").arg(type));
    record.type = kAllCardTypes[size_t(type - 1)];
    record.cardNumber = takeBcd(bytes.sliced(2, 8));
    record.issued = takeDate(bytes.sliced(10, 4));
    record.expires = takeDate(bytes.sliced(14, 4));
    const QByteArrayView station = bytes.sliced(18, kMaxStationLength);
    record.station = QString::fromLatin1(
        station.first(qsizetype(qstrnlen(station.data(), size_t(station.size())))));
    if (!CardNumber::parse(record.cardNumber) || !record.issued.isValid() ||
        !record.expires.isValid())
        return damaged(tr("The record's fields do not parse."));
    return record;
}

} // namespace cc
