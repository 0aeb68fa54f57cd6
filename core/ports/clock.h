#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace cc {

// Where "now" comes from, so tests and replays can fix it. Civil dates in this
// domain are dates in Asia/Taipei.
// A reading of a clock that never goes back while the machine runs
// (CLOCK_BOOTTIME: it counts suspend too), with the boot it belongs to.
// Two readings of one boot measure an interval the wall clock cannot shorten.
struct SteadyTime {
    QString boot;
    qint64 ms = 0;
};

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    virtual SteadyTime steadyNow() const = 0;

    // Today's civil date in Asia/Taipei (UTC+8, no daylight saving since 1979).
    QDate todayInTaipei() const;
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    SteadyTime steadyNow() const override;
};

} // namespace cc
