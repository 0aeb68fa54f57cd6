#include "core/domain/nationalid.h"

#include <array>

namespace cc {
namespace {

// Two-digit values of the leading letter, A..Z (docs/domain.md).
constexpr std::array<int, 26> kLetterValues = {
    10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21,
    22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33,
};
constexpr int kLength = 10;

bool isAsciiUpper(QChar c) {
    return c >= u'A' && c <= u'Z';
}
bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}
int letterValue(QChar c) {
    return kLetterValues[static_cast<size_t>(c.unicode() - u'A')];
}

// Weighted sum of docs/domain.md: t×1 + u×9 + c2×8 + c3×7 … c9×1 + c10×1.
bool checksumHolds(const QString &id, int secondDigit) {
    const int first = letterValue(id.at(0));
    int sum = (first / 10) * 1 + (first % 10) * 9 + secondDigit * 8;
    for (int i = 2; i < kLength; ++i) {
        const int weight = i < 9 ? 9 - i : 1;
        sum += (id.at(i).unicode() - u'0') * weight;
    }
    return sum % 10 == 0;
}

// What a clerk types or a scanner sends, as the ID number's characters:
// full-width letters and digits folded (NFKC), and the spaces and dashes
// people and scanners put between groups dropped.
QString cleaned(QStringView input) {
    const QString folded = input.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded)
        if (!c.isSpace() && c.category() != QChar::Punctuation_Dash)
            out += c;
    return out.toUpper();
}

} // namespace

NationalId::Check NationalId::check(QStringView input) {
    Check result;
    result.normalized = cleaned(input);
    const QString &id = result.normalized;

    auto reject = [&result](Rejection why, QString message) {
        result.rejection = why;
        result.message = std::move(message);
        return result;
    };

    if (id.isEmpty())
        return reject(Rejection::Empty, tr("no ID number was given"));
    if (id.size() != kLength)
        return reject(Rejection::Length,
                      tr("an ID number has 10 characters, this one has %1").arg(id.size()));
    if (!isAsciiUpper(id.at(0)))
        return reject(Rejection::Format, tr("the first character must be a letter A–Z"));
    for (int i = 2; i < kLength; ++i) {
        if (!isAsciiDigit(id.at(i)))
            return reject(Rejection::Format, tr("characters 3 to 10 must be digits"));
    }

    const QChar second = id.at(1);
    int secondDigit = 0;
    if (second == u'1' || second == u'2') {
        result.kind = Kind::Citizen;
        secondDigit = second.unicode() - u'0';
    } else if (second == u'8' || second == u'9') {
        result.kind = Kind::ResidentNew;
        secondDigit = second.unicode() - u'0';
    } else if (second >= u'A' && second <= u'D') {
        result.kind = Kind::ResidentOld;
        secondDigit = letterValue(second) % 10;
    } else {
        return reject(Rejection::Format,
                      tr("the second character must be 1, 2, 8, 9 or a letter A–D"));
    }

    if (!checksumHolds(id, secondDigit))
        return reject(Rejection::Checksum,
                      tr("the check digit does not match; a character was probably mistyped"));

    result.message = kindDisplayName(result.kind);
    return result;
}

Result<NationalId> NationalId::parse(QStringView input) {
    Check c = check(input);
    if (!c.valid())
        return Error{ErrorCode::BadValue, c.message, {}};
    return NationalId(std::move(c.normalized), c.kind);
}

QString NationalId::kindCode(Kind kind) {
    switch (kind) {
    case Kind::Citizen:
        return QStringLiteral("citizen");
    case Kind::ResidentNew:
        return QStringLiteral("resident-new");
    case Kind::ResidentOld:
        return QStringLiteral("resident-old");
    }
    return {};
}

QString NationalId::rejectionCode(Rejection rejection) {
    switch (rejection) {
    case Rejection::None:
        return {};
    case Rejection::Empty:
        return QStringLiteral("empty");
    case Rejection::Length:
        return QStringLiteral("length");
    case Rejection::Format:
        return QStringLiteral("format");
    case Rejection::Checksum:
        return QStringLiteral("checksum");
    }
    return {};
}

QString NationalId::masked(const QString &normalized) {
    constexpr qsizetype kShown = 5;
    return normalized.left(kShown) +
           QString(std::max<qsizetype>(0, normalized.size() - kShown), u'*');
}

QString NationalId::kindDisplayName(Kind kind) {
    switch (kind) {
    case Kind::Citizen:
        return tr("citizen ID");
    case Kind::ResidentNew:
        return tr("resident certificate (new format)");
    case Kind::ResidentOld:
        return tr("resident certificate (old format)");
    }
    return {};
}

} // namespace cc
