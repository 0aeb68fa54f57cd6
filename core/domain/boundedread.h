#pragma once

#include "core/domain/result.h"

#include <QIODevice>

namespace cc {

// What a parser of outside input may read in one go. Each file kind has its
// limit; anything longer (or endless: /dev/zero, a pipe that never ends) is
// refused with a clear error after reading at most `limit` + 1 bytes.
namespace InputLimits {
inline constexpr qint64 kJsonDocument = 1 << 20;   // records, policies, templates, key files
inline constexpr qint64 kCsv = qint64(256) << 20;  // card data and rosters: ~2 million rows
inline constexpr qint64 kPhoto = qint64(16) << 20; // an applicant's photo file
} // namespace InputLimits

// Reads `in` to its end, refusing more than `limit` bytes (BadValue at `where`).
Result<QByteArray> readBounded(QIODevice &in, qint64 limit, const QString &where);

} // namespace cc
