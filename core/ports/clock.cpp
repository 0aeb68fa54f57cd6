#include "core/ports/clock.h"

#include <QTimeZone>

namespace cc {

QDate Clock::todayInTaipei() const {
    static const QTimeZone taipei = [] {
        QTimeZone zone(QByteArrayLiteral("Asia/Taipei"));
        // Without tz data, fall back to the fixed offset Taipei has kept since 1979.
        return zone.isValid() ? zone : QTimeZone(8 * 3600);
    }();
    return nowUtc().toTimeZone(taipei).date();
}

} // namespace cc
