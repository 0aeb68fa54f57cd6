#pragma once

#include "core/ports/clock.h"

#include <QTimeZone>

// A clock the test sets and moves by hand.
class ManualClock final : public cc::Clock {
public:
    explicit ManualClock(QDateTime now = QDateTime(QDate(2026, 11, 21), QTime(2, 0), Qt::UTC))
        : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};
