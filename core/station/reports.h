#pragma once

#include "core/domain/eligibilitypolicy.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <optional>

class QSqlDatabase;

namespace cc {

class AuditLog;
class Session;
class Store;

// The days a report covers, in Taipei, both ends included.
struct ReportPeriod {
    QDate from;
    QDate to;

    int days() const { return int(from.daysTo(to)) + 1; }
    // Refused: a missing end, an end before the start, more than ten years.
    static Result<ReportPeriod> of(const QDate &from, const QDate &to);
};

// How issued cards are summed over time.
enum class ReportGrain { Day, Week, Month };

// What issued cards are told apart by.
enum class IssuanceDimension { CardType, Carrier, Channel, Operator };

// How an application reached the station: at the counter, in a roster or
// village batch, in a mobile team's session, or made online beforehand.
namespace Channels {
inline constexpr auto kWalkIn = "walk-in";
inline constexpr auto kBatch = "batch";
inline constexpr auto kMobile = "mobile";
inline constexpr auto kPreApplication = "pre-application";
QString displayName(const QString &code);
} // namespace Channels

// Cards issued on one day of one card type, carrier, channel, operator and
// application kind (new, replacement-lost, replacement-damaged, conversion,
// reprint, link): the finest grain every issuance figure is summed from.
struct IssuedGroup {
    QDate day;
    QString cardType;
    QString carrier;
    QString channel;
    QString operatorName; // "陳美玲 (clerk1)", or the user name alone
    QString kind;
    int cards = 0;
};

struct IssuanceReport {
    ReportPeriod period;
    QList<IssuedGroup> groups;
    int lostReported = 0; // cards reported lost in the period
    int cancelled = 0;    // cards cancelled (death, moving away)

    int total() const;
    // The start of the day, ISO week (Monday) or month `day` falls in.
    static QDate periodStart(const QDate &day, ReportGrain grain);
    // Cards per period start, then per value of `by` (a code, or the operator).
    QMap<QDate, QMap<QString, int>> tally(ReportGrain grain, IssuanceDimension by) const;
    // Cards per value of `by` over the whole period.
    QMap<QString, int> totals(IssuanceDimension by) const;
    // Cards per application kind.
    QMap<QString, int> byKind() const;
    QJsonObject toJson(ReportGrain grain) const;
};

// Blank cards spoiled against those used in a period, per reason (the code of
// the failure that spoiled them: "card-jam", …) and per carrier.
struct SpoilageReport {
    ReportPeriod period;
    QMap<QString, int> byReason;
    QMap<QString, int> spoiledByCarrier;
    QMap<QString, int> usedByCarrier;

    int spoiled() const;
    int used() const;
    // Spoiled per blank card consumed (used + spoiled); 0 with none.
    double rate() const;
    QJsonObject toJson() const;
};

// Blank cards on hand per carrier now, how fast the period used them, and
// whether the policy's threshold says to order more.
struct StockLine {
    QString carrier;
    qint64 onHand = 0;
    qint64 consumed = 0; // used and spoiled in the period
    double perDay = 0;
    std::optional<int> daysLeft; // none when the period used none
    bool low = false;
};

struct StockReport {
    ReportPeriod period;
    EligibilityPolicy::Stock threshold;
    QList<StockLine> lines;
    QJsonObject toJson() const;
};

// Time from application to hand-over (the card issued at the counter; for a
// batch's card, its production: the school's hand-over list comes later and
// is not timed), in minutes, by channel and in all: the median and
// the 90th percentile by nearest rank (the smallest time at least that share
// of the cards took).
struct TimingLine {
    QString channel; // empty: every channel
    int cards = 0;
    qint64 medianMinutes = 0;
    qint64 p90Minutes = 0;
};

struct TimingReport {
    ReportPeriod period;
    TimingLine all;
    QList<TimingLine> byChannel;
    QJsonObject toJson() const;
};

// The station's reports for supervisors (and the admin: counts, rates and
// times, never a citizen; operators by name). Read-only queries; each one a single read
// transaction, its cost bounded by the period's cards, not the store's years.
class Reports {
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    Reports(Store &store, AuditLog &audit);

    Result<IssuanceReport> issuance(const Session &session, const ReportPeriod &period);
    Result<SpoilageReport> spoilage(const Session &session, const ReportPeriod &period);
    // Usage rate over `period`; stock on hand as it is now.
    Result<StockReport> stock(const Session &session, const ReportPeriod &period,
                              const EligibilityPolicy::Stock &threshold);
    Result<TimingReport> timing(const Session &session, const ReportPeriod &period);

private:
    Status allowed(const Session &session, const QString &which);
    // Blank cards used and spoiled in `report.period`, into `report`.
    Status readConsumption(QSqlDatabase &db, SpoilageReport &report);

    Store &m_store;
    AuditLog &m_audit;
};

} // namespace cc
