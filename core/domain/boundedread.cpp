#include "core/domain/boundedread.h"

#include <QCoreApplication>

namespace cc {

Result<QByteArray> readBounded(QIODevice &in, qint64 limit, const QString &where) {
    QByteArray data;
    constexpr qint64 kChunk = 64 * 1024;
    for (;;) {
        const qint64 want = std::min(kChunk, limit + 1 - data.size());
        const QByteArray chunk = in.read(want);
        if (chunk.isEmpty()) // the end (QFile reads of pipes block until data or the end)
            break;
        data.append(chunk);
        if (data.size() > limit)
            return Error{ErrorCode::BadValue,
                         QCoreApplication::translate("InputLimits",
                                                     "the input is longer than %1 KiB, more than "
                                                     "such a file can be")
                             .arg(limit / 1024),
                         where};
    }
    return data;
}

} // namespace cc
