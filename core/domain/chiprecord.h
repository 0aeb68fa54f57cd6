#pragma once

#include "core/domain/cardtype.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace cc {

// The record a city card's chip carries, in the same 48 bytes on every chip
// profile (three MIFARE Classic blocks, one DESFire backup file):
//
//   offset size  field
//        0    1  record version (1)
//        1    1  card type (1 general, 2 student, 3 senior, 4 disability, 5 companion)
//        2    8  card number, 16 digits as BCD
//       10    4  issue date, YYYYMMDD as BCD
//       14    4  expiry date, YYYYMMDD as BCD
//       18   22  issuing station ID, ASCII, NUL-padded
//       40    8  AES-CMAC (NIST SP 800-38B) over bytes 0–39 under the card's
//                record key, truncated to its leftmost 64 bits
//
// The record key is diversified per card (AN10922), so a record copied to
// another chip does not verify (reader/chiprecordcodec.h). See docs/encoder.md.
struct ChipRecord {
    Q_DECLARE_TR_FUNCTIONS(ChipRecord)

public:
    static constexpr int kVersion = 1;
    static constexpr int kSize = 48;
    static constexpr int kBodySize = 40;
    static constexpr int kMacSize = 8;
    static constexpr int kMaxStationLength = 22;

    QString cardNumber; // 16 digits
    CardType type = CardType::General;
    QDate issued;
    QDate expires;
    QString station;

    // Checks the fields (a valid card number, dates in order, a station ID that
    // fits) and lays out the first 40 bytes, the part the MAC covers. The
    // keyed 48-byte form is reader/chiprecordcodec.h.
    Result<QByteArray> body() const;
    // Reads the fields back from a body whose MAC was checked: an unknown
    // version or type, or fields that do not parse, are IntegrityFailed.
    static Result<ChipRecord> fromBody(QByteArrayView body);

    static int typeCode(CardType type) { return int(type) + 1; }
    bool operator==(const ChipRecord &) const = default;
};

} // namespace cc
