#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace cc {

// A citizen card number: 16 digits, PPPP SSSSSSSSSSS C —
//   PPPP  the issuing station's number (or, later, a block leased from the
//         central service; 9000–9999 are kept for blocks),
//   S…    an 11-digit sequence local to that prefix, starting at 1,
//   C     a Luhn (mod 10) check digit over the first 15 digits, which catches
//         every single-digit typo and most swaps of neighbouring digits.
// Printed and shown in groups of four: "0301 0000 0000 0017". See docs/store.md.
class CardNumber {
    Q_DECLARE_TR_FUNCTIONS(CardNumber)

public:
    static constexpr int kLength = 16;
    static constexpr int kPrefixLength = 4;
    static constexpr qint64 kMaxSequence = 99'999'999'999;

    // Builds the number for `sequence` (1…kMaxSequence) under `prefix` (4 digits).
    static Result<QString> make(const QString &prefix, qint64 sequence);
    // Accepts the 16 digits with or without spaces; checks length, digits and
    // the check digit. Returns the 16 digits without spaces.
    static Result<QString> parse(const QString &text);

    static bool isValidPrefix(const QString &prefix);
    // A prefix a station may be given: four digits below 9000 (9000–9999 are
    // kept for blocks leased from the central service).
    static bool isStationPrefix(const QString &prefix);
    static int luhnCheckDigit(QStringView digits);
    static QString grouped(const QString &number); // "0301 0000 0000 0017"
    static QString prefixOf(const QString &number) { return number.left(kPrefixLength); }
    static qint64 sequenceOf(const QString &number);
};

} // namespace cc
