#include "core/ports/clock.h"

#include <QFile>
#include <QTimeZone>

#include <time.h>

namespace cc {

QDate Clock::todayInTaipei() const {
    static const QTimeZone taipei = [] {
        QTimeZone zone(QByteArrayLiteral("Asia/Taipei"));
        // Without tz data, fall back to the fixed offset Taipei has kept since 1979.
        return zone.isValid() ? zone : QTimeZone(8 * 3600);
    }();
    return nowUtc().toTimeZone(taipei).date();
}

SteadyTime SystemClock::steadyNow() const {
    static const QString boot = [] {
        QFile f(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
    }();
    timespec t{};
    clock_gettime(CLOCK_BOOTTIME, &t);
    return {boot, qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000};
}

} // namespace cc
