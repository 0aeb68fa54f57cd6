#include "reader/chiprecordcodec.h"

#include "core/crypto/crypto.h"

#include <algorithm>

namespace cc {
namespace {

QByteArray macOf(QByteArrayView body, QByteArrayView recordKey) {
    return Crypto::aesCmac(recordKey, body).first(ChipRecord::kMacSize);
}

Error damaged(const QString &what) {
    return Error{ErrorCode::IntegrityFailed, what, QStringLiteral("chip record")};
}

} // namespace

Result<QByteArray> ChipRecordCodec::encode(const ChipRecord &record, QByteArrayView recordKey) {
    Result<QByteArray> body = record.body();
    if (!body)
        return body;
    return QByteArray(*body + macOf(*body, recordKey));
}

Result<ChipRecord> ChipRecordCodec::decode(QByteArrayView bytes, QByteArrayView recordKey) {
    constexpr int kSize = ChipRecord::kSize;
    if (bytes.size() < kSize)
        return damaged(
            tr("The record is %1 bytes; %2 were expected.").arg(bytes.size()).arg(kSize));
    bytes = bytes.first(kSize);
    if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == '\0'; }) ||
        std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == '\xFF'; }))
        return Error{ErrorCode::NotFound, tr("The chip holds no record."),
                     QStringLiteral("chip record")};
    const QByteArrayView body = bytes.first(ChipRecord::kBodySize);
    if (!Crypto::constantTimeEquals(macOf(body, recordKey),
                                    bytes.sliced(ChipRecord::kBodySize, ChipRecord::kMacSize)))
        return damaged(tr("The record's MAC does not verify: the record is incomplete, altered, "
                          "or was written with other keys."));
    return ChipRecord::fromBody(body);
}

} // namespace cc
