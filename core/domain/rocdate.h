#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

class QLocale;

namespace cc {

// Civil dates as clerks read and type them: the ROC (民國) calendar, where the
// ROC year is the Gregorian year − 1911. Accepts "115/11/21", "115.1.5",
// "1151121", "民國115年11月21日", "115年11月21日", and Gregorian "2026-11-21",
// "2026/11/21", "20261121"; full-width digits are accepted too.
class RocDate {
    Q_DECLARE_TR_FUNCTIONS(RocDate)

public:
    enum class Rejection { None, Empty, Format, Year, Month, Day };

    struct Parsed {
        QDate date;
        Rejection rejection = Rejection::None;
        QString message; // translated reason when rejected
        bool valid() const { return rejection == Rejection::None; }
    };

    static constexpr int kYearOffset = 1911;
    // The years an ISO date may carry (parseIso): living people and their cards.
    static constexpr int kMinYear = 1900;
    static constexpr int kMaxYear = 2199;

    static Parsed parse(QStringView input);
    static Result<QDate> parseDate(QStringView input);

    // Strict ISO 8601 calendar date (YYYY-MM-DD), as used in files and APIs.
    static Result<QDate> parseIso(QStringView input);

    // "115/11/21" (year zero-padded to three digits). Dates before the ROC era
    // (before 1912) are shown in ISO form.
    static QString formatShort(const QDate &date);
    // A moment as the counter shows it, in Taipei (UTC+8, no summer time):
    // "115/11/21 10:00".
    static QString formatMoment(const QDateTime &at);
    // Midnight starting `day` in Taipei, as the store's UTC timestamps
    // ("2026-11-30T16:00:00.000Z") bound it.
    static QString taipeiMidnightUtc(const QDate &day);
    // "民國115年11月21日".
    static QString formatLong(const QDate &date);
    // formatLong for a Chinese `locale`; otherwise the date in that locale's
    // words with the ROC year beside it: "1 December 2026 (ROC 115)".
    static QString formatLong(const QDate &date, const QLocale &locale);

    static QString rejectionCode(Rejection rejection);
};

// Completed years of age on `on` for someone born on `birth`. A person attains
// age N on the Nth anniversary of their birth; for 29 February in a common
// year that anniversary is 1 March. Negative when `on` precedes `birth`.
int ageOn(const QDate &birth, const QDate &on);

} // namespace cc
