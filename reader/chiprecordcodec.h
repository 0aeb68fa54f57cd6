#pragma once

#include "core/domain/chiprecord.h"
#include "core/domain/result.h"

#include <QCoreApplication>

namespace cc {

// The chip record in its 48 bytes on the card: the body of ChipRecord and an
// AES-CMAC (NIST SP 800-38B) over it under the card's record key, truncated
// to its leftmost 64 bits. The key is diversified per card (AN10922), so a
// record copied to another chip does not verify. See docs/encoder.md.
struct ChipRecordCodec {
    Q_DECLARE_TR_FUNCTIONS(ChipRecordCodec)

public:
    // The record's checked body followed by its MAC under `recordKey`.
    static Result<QByteArray> encode(const ChipRecord &record, QByteArrayView recordKey);
    // Reads a record back. A blank area (all zero or all 0xFF) is NotFound; a MAC
    // that does not verify, or fields that do not parse, are IntegrityFailed.
    static Result<ChipRecord> decode(QByteArrayView bytes, QByteArrayView recordKey);
};

} // namespace cc
