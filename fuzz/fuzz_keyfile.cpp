// Key files (reader/keyfile.*): the JSON envelope and its KDF parameters, read
// by KeyFile::unlock from a file. scrypt runs for real, but only with cheap
// parameters: an input whose cost the parser allows and that is above the
// budget here is skipped (the parser's own bound is exercised by every input
// above that bound, which it must refuse before running scrypt).
#include "fuzz/fuzzsupport.h"

#include "reader/keyfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

constexpr double kHarnessBudget = 1 << 12; // N·r·p: well under a millisecond

bool tooDearForFuzzing(const QByteArray &bytes) {
    const QJsonObject kdf =
        QJsonDocument::fromJson(bytes).object().value(QStringLiteral("kdf")).toObject();
    const double n = kdf.value(QStringLiteral("n")).toDouble();
    const double r = kdf.value(QStringLiteral("r")).toDouble();
    const double p = kdf.value(QStringLiteral("p")).toDouble();
    const cc::ScryptParams params{n > 0 && n < 1e18 ? std::uint64_t(n) : 0,
                                  r > 0 && r < 1e9 ? std::uint32_t(r) : 0,
                                  p > 0 && p < 1e9 ? std::uint32_t(p) : 0};
    return cc::reader::KeyFile::checkScryptParams(params) && n * r * p > kHarnessBudget;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    cc::fuzz::ensureApplication();
    static QTemporaryDir dir;
    const QByteArray bytes = cc::fuzz::bytesOf(data, size);
    if (tooDearForFuzzing(bytes))
        return 0;
    const QString path = dir.filePath(QStringLiteral("keys.json"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(bytes);
    }
    auto keys = cc::reader::KeyFile::unlock(path, "fuzzing passphrase");
    if (keys) {
        (void)keys.value()->cardKey(cc::reader::KeyPurpose::DesfireRead,
                                    QByteArray::fromHex("04782E21801D80"));
    } else {
        (void)keys.error().toString();
    }
    return 0;
}
