#include "core/domain/cardnumber.h"

namespace cc {
namespace {

bool allDigits(QStringView s) {
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}

} // namespace

bool CardNumber::isValidPrefix(const QString &prefix) {
    return prefix.size() == kPrefixLength && allDigits(prefix);
}

bool CardNumber::isStationPrefix(const QString &prefix) {
    return isValidPrefix(prefix) && prefix.at(0) != u'9';
}

int CardNumber::luhnCheckDigit(QStringView digits) {
    // Double every second digit from the right of the payload (the check digit
    // will be the rightmost digit of the full number).
    int sum = 0;
    bool doubled = true;
    for (qsizetype i = digits.size() - 1; i >= 0; --i, doubled = !doubled) {
        int d = digits[i].unicode() - u'0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10;
}

Result<QString> CardNumber::make(const QString &prefix, qint64 sequence) {
    if (!isValidPrefix(prefix))
        return Error{ErrorCode::BadValue, tr("A card number prefix is four digits."), prefix};
    if (sequence < 1 || sequence > kMaxSequence)
        return Error{ErrorCode::BadValue,
                     tr("The card number sequence of prefix %1 is exhausted.").arg(prefix),
                     QString::number(sequence)};
    const QString payload = prefix + QStringLiteral("%1").arg(sequence, 11, 10, QLatin1Char('0'));
    return QString(payload + QChar(u'0' + luhnCheckDigit(payload)));
}

Result<QString> CardNumber::parse(const QString &text) {
    QString digits = text;
    digits.remove(u' ');
    if (digits.size() != kLength || !allDigits(digits))
        return Error{ErrorCode::BadValue, tr("A card number has 16 digits."), text};
    if (luhnCheckDigit(QStringView(digits).left(kLength - 1)) != digits.back().unicode() - u'0')
        return Error{ErrorCode::BadValue,
                     tr("The check digit does not match: the number was mistyped."), text};
    return digits;
}

QString CardNumber::grouped(const QString &number) {
    QString out;
    for (qsizetype i = 0; i < number.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += u' ';
        out += number[i];
    }
    return out;
}

qint64 CardNumber::sequenceOf(const QString &number) {
    return QStringView(number).mid(kPrefixLength, 11).toLongLong();
}

} // namespace cc
