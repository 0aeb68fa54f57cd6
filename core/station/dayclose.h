#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>

#include <optional>

namespace cc {

class AuditLog;
class Clock;
class Session;
class Store;

// A day at the station in figures, for its end-of-day reconciliation: no
// personal data, counts and amounts only.
struct DayFigures {
    QDate day;                    // in Taipei
    QMap<QString, int> issued;    // cards issued, by card type code
    int spoiled = 0;              // blank cards spoiled
    int feesPaid = 0;             // NT$ of replacement fees paid
    int feesWaived = 0;           // NT$ waived
    int waivers = 0;              // replacements whose fee was waived
    QMap<QString, qint64> onHand; // blank cards the stock log says are on hand, by carrier code
    int issuedTotal() const;
};

// How a supervisor signed a day off.
struct DaySignOff {
    QString supervisor;
    QDateTime at;
    QString detail;                // the figures and the counts, as audited
    QMap<QString, qint64> counted; // the blank cards counted, by carrier code
};

// The end of a counter day: the day's figures, the blank cards counted in
// the drawer against the stock log, and a supervisor's sign-off — recorded
// once per day in the audit log (day.sign-off on "day:YYYY-MM-DD"), where
// the figures and every difference stay tamper-evident.
class DayClose {
    Q_DECLARE_TR_FUNCTIONS(DayClose)

public:
    DayClose(Store &store, AuditLog &audit, const Clock &clock);

    Result<DayFigures> figures(const Session &session, const QDate &day);
    // The supervisor's sign-off of `day` with the blank cards counted per
    // carrier code; refused for a day already signed off, a future day, or a
    // count missing for a carrier the log holds.
    Status signOff(const Session &session, const QDate &day, const QMap<QString, qint64> &counted);
    Result<std::optional<DaySignOff>> signedOff(const Session &session, const QDate &day);

private:
    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace cc
