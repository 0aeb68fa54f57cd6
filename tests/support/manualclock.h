#pragma once

#include "core/ports/clock.h"

#include <QTimeZone>

// A clock the test sets and moves by hand.
class ManualClock final : public cc::Clock {
public:
    explicit ManualClock(QDateTime now = QDateTime(QDate(2026, 11, 21), QTime(2, 0), Qt::UTC))
        : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    cc::SteadyTime steadyNow() const override { return {m_boot, m_steadyMs}; }
    // Time passes: the wall clock and the steady clock move together.
    void advanceSeconds(qint64 seconds) {
        m_now = m_now.addSecs(seconds);
        m_steadyMs += seconds * 1000;
    }
    // Someone sets the PC's clock: only the wall clock moves.
    void setWallClock(QDateTime now) { m_now = std::move(now); }
    // The machine starts again: the steady clock starts again, in a new boot.
    void reboot() {
        m_boot += QLatin1Char('+');
        m_steadyMs = 0;
    }

private:
    QDateTime m_now;
    QString m_boot = QStringLiteral("test-boot");
    qint64 m_steadyMs = 1000000;
};
