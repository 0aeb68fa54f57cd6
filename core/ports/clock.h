#pragma once

#include <QDate>
#include <QDateTime>

namespace cc {

// Where "now" comes from, so tests and replays can fix it. Civil dates in this
// domain are dates in Asia/Taipei.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    // Today's civil date in Asia/Taipei (UTC+8, no daylight saving since 1979).
    QDate todayInTaipei() const;
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace cc
