#include "core/domain/rocdate.h"

#include <QLocale>
#include <QRegularExpression>

namespace cc {
namespace {

const QString kRocEra = QStringLiteral(u"民國");
// No living person or card predates this; an earlier year is a typing slip.
constexpr int kEarliestGregorianYear = 1800;

struct DateParts {
    int year = 0;
    int month = 0;
    int day = 0;
    bool gregorian = false;
};

std::optional<DateParts> splitDate(const QString &text) {
    static const QRegularExpression separated(
        QStringLiteral(R"(^(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,2})$)"));
    static const QRegularExpression chinese(
        QStringLiteral(u"^(\\d{1,3})年(\\d{1,2})月(\\d{1,2})日?$"));
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{3,4})(\d{2})(\d{2})$)"));

    if (auto m = separated.match(text); m.hasMatch()) {
        return DateParts{m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                         m.capturedLength(1) == 4};
    }
    if (auto m = chinese.match(text); m.hasMatch())
        return DateParts{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                         false};
    if (auto m = compact.match(text); m.hasMatch()) {
        return DateParts{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                         m.capturedLength(1) == 4};
    }
    return std::nullopt;
}

} // namespace

RocDate::Parsed RocDate::parse(QStringView input) {
    Parsed result;
    auto reject = [&result](Rejection why, QString message) {
        result.rejection = why;
        result.message = std::move(message);
        return result;
    };

    // NFKC folds full-width digits and punctuation typed through an IME to ASCII.
    QString text = input.toString().normalized(QString::NormalizationForm_KC).trimmed();
    if (text.isEmpty())
        return reject(Rejection::Empty, tr("no date was given"));

    const bool eraPrefix = text.startsWith(kRocEra);
    if (eraPrefix)
        text = text.mid(kRocEra.size()).trimmed();

    const std::optional<DateParts> parts = splitDate(text);
    if (!parts || (eraPrefix && parts->gregorian)) {
        return reject(Rejection::Format,
                      tr("not a date; type it as 115/11/21, 民國115年11月21日 or 2026-11-21"));
    }

    int year = parts->year;
    if (!parts->gregorian) {
        if (year < 1)
            return reject(Rejection::Year, tr("the ROC year must be 1 or later"));
        year += kYearOffset;
    } else if (year < kEarliestGregorianYear) {
        return reject(Rejection::Year, tr("the year %1 is out of range").arg(year));
    }
    if (parts->month < 1 || parts->month > 12)
        return reject(Rejection::Month, tr("the month must be between 1 and 12"));

    const int daysInMonth = QDate(year, parts->month, 1).daysInMonth();
    if (parts->day < 1 || parts->day > daysInMonth) {
        return reject(
            Rejection::Day,
            tr("that month has %1 days; day %2 does not exist").arg(daysInMonth).arg(parts->day));
    }
    result.date = QDate(year, parts->month, parts->day);
    return result;
}

Result<QDate> RocDate::parseDate(QStringView input) {
    Parsed p = parse(input);
    if (!p.valid())
        return Error{ErrorCode::BadValue, p.message, {}};
    return p.date;
}

Result<QDate> RocDate::parseIso(QStringView input) {
    static const QRegularExpression iso(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QString text = input.toString();
    if (!iso.match(text).hasMatch())
        return Error{ErrorCode::BadValue, tr("expected a date as YYYY-MM-DD"), {}};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return Error{ErrorCode::BadValue, tr("%1 is not a calendar date").arg(text), {}};
    // Birth dates of the living and the dates a card can carry: anything else
    // is a typo (9999-12-31) and would only overflow the ROC calendar.
    if (date.year() < kMinYear || date.year() > kMaxYear)
        return Error{ErrorCode::BadValue,
                     tr("%1 is outside the years this program handles (%2–%3)")
                         .arg(text)
                         .arg(kMinYear)
                         .arg(kMaxYear),
                     {}};
    return date;
}

QString RocDate::formatShort(const QDate &date) {
    if (!date.isValid())
        return {};
    const int rocYear = date.year() - kYearOffset;
    if (rocYear < 1)
        return date.toString(Qt::ISODate);
    return QStringLiteral("%1/%2/%3")
        .arg(rocYear, 3, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.day(), 2, 10, QLatin1Char('0'));
}

QString RocDate::formatMoment(const QDateTime &at) {
    if (!at.isValid())
        return {};
    const QDateTime taipei = at.toOffsetFromUtc(8 * 3600);
    return formatShort(taipei.date()) + QLatin1Char(' ') +
           taipei.time().toString(QStringLiteral("HH:mm"));
}

QString RocDate::taipeiMidnightUtc(const QDate &day) {
    return QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, 8 * 3600)
        .toUTC()
        .toString(Qt::ISODateWithMs);
}

QString RocDate::formatLong(const QDate &date) {
    if (!date.isValid())
        return {};
    const int rocYear = date.year() - kYearOffset;
    if (rocYear < 1)
        return date.toString(Qt::ISODate);
    return QStringLiteral(u"民國%1年%2月%3日").arg(rocYear).arg(date.month()).arg(date.day());
}

QString RocDate::formatLong(const QDate &date, const QLocale &locale) {
    if (locale.language() == QLocale::Chinese || !date.isValid())
        return formatLong(date);
    const QString words = locale.toString(date, QStringLiteral("d MMMM yyyy"));
    const int rocYear = date.year() - kYearOffset;
    return rocYear < 1 ? words : QStringLiteral("%1 (ROC %2)").arg(words).arg(rocYear);
}

QString RocDate::rejectionCode(Rejection rejection) {
    switch (rejection) {
    case Rejection::None:
        return {};
    case Rejection::Empty:
        return QStringLiteral("empty");
    case Rejection::Format:
        return QStringLiteral("format");
    case Rejection::Year:
        return QStringLiteral("year");
    case Rejection::Month:
        return QStringLiteral("month");
    case Rejection::Day:
        return QStringLiteral("day");
    }
    return {};
}

int ageOn(const QDate &birth, const QDate &on) {
    int years = on.year() - birth.year();
    QDate anniversary(on.year(), birth.month(), birth.day());
    if (!anniversary.isValid()) // 29 February in a common year
        anniversary = QDate(on.year(), 3, 1);
    if (on < anniversary)
        --years;
    return years;
}

} // namespace cc
