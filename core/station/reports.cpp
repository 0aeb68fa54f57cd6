#include "core/station/reports.h"

#include "core/domain/jsonfields.h"
#include "core/domain/rocdate.h"
#include "core/station/auditlog.h"
#include "core/station/rows.h"
#include "core/station/session.h"
#include "core/station/stock.h"
#include "core/station/store.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace cc {
namespace {

// How each issued card's application came: written once, for the issuance
// and the timing queries. Every table but the applications' is read from an
// index that holds what the reports ask (cards_by_issued_on,
// attempts_by_card_number, the pre-applications' application_id).
const QString kIssuedCards =
    QStringLiteral("FROM cards c "
                   "LEFT JOIN applications a ON a.id = c.application_id "
                   "LEFT JOIN batches b ON b.id = a.batch_id "
                   "LEFT JOIN preapplications pa ON pa.application_id = c.application_id "
                   "LEFT JOIN production_attempts p INDEXED BY attempts_by_card_number "
                   "ON p.card_number = c.card_number "
                   "WHERE c.issued_on >= ? AND c.issued_on <= ? ");
const QString kChannel =
    QStringLiteral("CASE WHEN pa.application_id IS NOT NULL THEN 'pre-application' "
                   "WHEN b.kind = 'mobile-session' THEN 'mobile' "
                   "WHEN b.id IS NOT NULL THEN 'batch' ELSE 'walk-in' END");

QVariantList dayBounds(const ReportPeriod &period) {
    return {period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)};
}

QVariantList momentBounds(const ReportPeriod &period) {
    return {RocDate::taipeiMidnightUtc(period.from),
            RocDate::taipeiMidnightUtc(period.to.addDays(1))};
}

QJsonObject periodJson(const ReportPeriod &period) {
    return {{QStringLiteral("from"), period.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), period.to.toString(Qt::ISODate)}};
}

QString grainCode(ReportGrain grain) {
    switch (grain) {
    case ReportGrain::Day:
        return QStringLiteral("day");
    case ReportGrain::Week:
        return QStringLiteral("week");
    case ReportGrain::Month:
        return QStringLiteral("month");
    }
    return {};
}

QString valueOf(const IssuedGroup &g, IssuanceDimension by) {
    switch (by) {
    case IssuanceDimension::CardType:
        return g.cardType;
    case IssuanceDimension::Carrier:
        return g.carrier;
    case IssuanceDimension::Channel:
        return g.channel;
    case IssuanceDimension::Operator:
        return g.operatorName;
    }
    return {};
}

// The nearest-rank percentile of minutes counted by value.
qint64 percentile(const QMap<qint64, int> &counts, int total, double share) {
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(share * total)));
    qint64 seen = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        seen += it.value();
        if (seen >= rank)
            return it.key();
    }
    return 0;
}

TimingLine timingLine(const QString &channel, const QMap<qint64, int> &counts) {
    TimingLine line;
    line.channel = channel;
    for (int n : counts)
        line.cards += n;
    line.medianMinutes = percentile(counts, line.cards, 0.5);
    line.p90Minutes = percentile(counts, line.cards, 0.9);
    return line;
}

QJsonObject timingJson(const TimingLine &line) {
    QJsonObject out{{QStringLiteral("cards"), line.cards},
                    {QStringLiteral("medianMinutes"), line.medianMinutes},
                    {QStringLiteral("p90Minutes"), line.p90Minutes}};
    if (!line.channel.isEmpty())
        out.insert(QStringLiteral("channel"), line.channel);
    return out;
}

} // namespace

QString Channels::displayName(const QString &code) {
    if (code == QLatin1String(kWalkIn))
        return Reports::tr("walk-in");
    if (code == QLatin1String(kBatch))
        return Reports::tr("batch");
    if (code == QLatin1String(kMobile))
        return Reports::tr("mobile team");
    if (code == QLatin1String(kPreApplication))
        return Reports::tr("pre-application");
    return code;
}

Result<ReportPeriod> ReportPeriod::of(const QDate &from, const QDate &to) {
    if (!from.isValid() || !to.isValid())
        return Error{ErrorCode::BadValue, Reports::tr("A report needs a first and a last day."),
                     QStringLiteral("period")};
    if (to < from)
        return Error{ErrorCode::BadValue,
                     Reports::tr("The last day (%1) is before the first (%2).")
                         .arg(RocDate::formatShort(to), RocDate::formatShort(from)),
                     QStringLiteral("period")};
    if (from.daysTo(to) >= 3660)
        return Error{ErrorCode::BadValue, Reports::tr("A report covers at most ten years."),
                     QStringLiteral("period")};
    return ReportPeriod{from, to};
}

int IssuanceReport::total() const {
    int n = 0;
    for (const IssuedGroup &g : groups)
        n += g.cards;
    return n;
}

QDate IssuanceReport::periodStart(const QDate &day, ReportGrain grain) {
    switch (grain) {
    case ReportGrain::Day:
        return day;
    case ReportGrain::Week:
        return day.addDays(1 - day.dayOfWeek());
    case ReportGrain::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QMap<QDate, QMap<QString, int>> IssuanceReport::tally(ReportGrain grain,
                                                      IssuanceDimension by) const {
    // Every day, week or month of the period, with cards or none; the first
    // one starts on the period's first day, not before it.
    const auto bucket = [&](const QDate &day) {
        return std::max(periodStart(day, grain), period.from);
    };
    QMap<QDate, QMap<QString, int>> out;
    for (QDate d = period.from; d.isValid() && d <= period.to;) {
        out[bucket(d)];
        const QDate start = periodStart(d, grain);
        d = grain == ReportGrain::Day    ? d.addDays(1)
            : grain == ReportGrain::Week ? start.addDays(7)
                                         : start.addMonths(1);
    }
    for (const IssuedGroup &g : groups)
        out[bucket(g.day)][valueOf(g, by)] += g.cards;
    return out;
}

QMap<QString, int> IssuanceReport::totals(IssuanceDimension by) const {
    QMap<QString, int> out;
    for (const IssuedGroup &g : groups)
        out[valueOf(g, by)] += g.cards;
    return out;
}

QMap<QString, int> IssuanceReport::byKind() const {
    QMap<QString, int> out;
    for (const IssuedGroup &g : groups)
        out[g.kind] += g.cards;
    return out;
}

QJsonObject IssuanceReport::toJson(ReportGrain grain) const {
    const auto periods = [&](IssuanceDimension by) {
        QJsonArray list;
        const QMap<QDate, QMap<QString, int>> t = tally(grain, by);
        for (auto it = t.cbegin(); it != t.cend(); ++it)
            list.append(QJsonObject{{QStringLiteral("start"), it.key().toString(Qt::ISODate)},
                                    {QStringLiteral("cards"), countsJson(it.value())}});
        return list;
    };
    return {{QStringLiteral("period"), periodJson(period)},
            {QStringLiteral("grain"), grainCode(grain)},
            {QStringLiteral("cards"), total()},
            {QStringLiteral("byCardType"), countsJson(totals(IssuanceDimension::CardType))},
            {QStringLiteral("byCarrier"), countsJson(totals(IssuanceDimension::Carrier))},
            {QStringLiteral("byChannel"), countsJson(totals(IssuanceDimension::Channel))},
            {QStringLiteral("byOperator"), countsJson(totals(IssuanceDimension::Operator))},
            {QStringLiteral("byKind"), countsJson(byKind())},
            {QStringLiteral("lostReported"), lostReported},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("byPeriodAndCardType"), periods(IssuanceDimension::CardType)},
            {QStringLiteral("byPeriodAndChannel"), periods(IssuanceDimension::Channel)}};
}

int SpoilageReport::spoiled() const {
    int n = 0;
    for (int c : spoiledByCarrier)
        n += c;
    return n;
}

int SpoilageReport::used() const {
    int n = 0;
    for (int c : usedByCarrier)
        n += c;
    return n;
}

double SpoilageReport::rate() const {
    const int consumed = used() + spoiled();
    return consumed == 0 ? 0.0 : double(spoiled()) / consumed;
}

QJsonObject SpoilageReport::toJson() const {
    return {{QStringLiteral("period"), periodJson(period)},
            {QStringLiteral("spoiled"), spoiled()},
            {QStringLiteral("used"), used()},
            {QStringLiteral("rate"), std::round(rate() * 10000) / 10000},
            {QStringLiteral("byReason"), countsJson(byReason)},
            {QStringLiteral("spoiledByCarrier"), countsJson(spoiledByCarrier)},
            {QStringLiteral("usedByCarrier"), countsJson(usedByCarrier)}};
}

QJsonObject StockReport::toJson() const {
    QJsonArray list;
    for (const StockLine &l : lines) {
        QJsonObject line{{QStringLiteral("carrier"), l.carrier},
                         {QStringLiteral("onHand"), l.onHand},
                         {QStringLiteral("consumed"), l.consumed},
                         {QStringLiteral("perDay"), std::round(l.perDay * 100) / 100},
                         {QStringLiteral("low"), l.low}};
        line.insert(QStringLiteral("daysLeft"),
                    l.daysLeft ? QJsonValue(*l.daysLeft) : QJsonValue(QJsonValue::Null));
        list.append(line);
    }
    return {{QStringLiteral("period"), periodJson(period)},
            {QStringLiteral("lowWarning"), threshold.lowWarning},
            {QStringLiteral("lowWarningDays"), threshold.lowWarningDays},
            {QStringLiteral("carriers"), list}};
}

QJsonObject TimingReport::toJson() const {
    QJsonArray list;
    for (const TimingLine &l : byChannel)
        list.append(timingJson(l));
    return {{QStringLiteral("period"), periodJson(period)},
            {QStringLiteral("all"), timingJson(all)},
            {QStringLiteral("byChannel"), list}};
}

Reports::Reports(Store &store, AuditLog &audit)
    : m_store(store)
    , m_audit(audit) {}

Status Reports::allowed(const Session &session, const QString &which) {
    return m_audit.authorize(session, Permission::ReadReports, QStringLiteral("report.") + which,
                             QStringLiteral("station"));
}

Result<IssuanceReport> Reports::issuance(const Session &session, const ReportPeriod &period) {
    if (Status ok = allowed(session, QStringLiteral("issuance")); !ok)
        return ok.error();
    IssuanceReport report;
    report.period = period;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        QHash<qint64, QString> operators;
        Result<QSqlQuery *> q =
            m_store.exec(db, QStringLiteral("SELECT id, username, display_name FROM operators"));
        if (!q)
            return q.error();
        RowReader op(**q, QStringLiteral("operators"));
        while (op.next()) {
            const QString name = op.text("display_name");
            operators.insert(op.integer("id"), name.isEmpty() ? op.text("username")
                                                              : name + QStringLiteral(" (") +
                                                                    op.text("username") + u')');
        }
        q = m_store.exec(db,
                         QStringLiteral("SELECT c.issued_on AS day, c.card_type AS card_type, "
                                        "c.carrier AS carrier, ") +
                             kChannel +
                             QStringLiteral(" AS channel, coalesce(p.operator_id, 0) AS operator, "
                                            "coalesce(a.kind, 'new') AS kind, count(*) AS cards ") +
                             kIssuedCards + QStringLiteral("GROUP BY 1, 2, 3, 4, 5, 6"),
                         dayBounds(period));
        if (!q)
            return q.error();
        RowReader row(**q, QStringLiteral("cards"), "day");
        while (row.next()) {
            const qint64 by = row.integer("operator");
            report.groups.append(
                {row.date("day"), row.text("card_type"), row.text("carrier"), row.text("channel"),
                 operators.value(by, by == 0 ? tr("unknown") : QString::number(by)),
                 row.text("kind"), int(row.integer("cards"))});
        }
        // The audit log says when a card was reported lost or cancelled; the
        // index holds those entries alone.
        q = m_store.exec(db,
                         QStringLiteral("SELECT action, count(*) AS n FROM audit_entries WHERE "
                                        "action IN ('card.report-lost', 'card.cancel') AND at >= ? "
                                        "AND at < ? AND outcome = 'ok' GROUP BY action"),
                         momentBounds(period));
        if (!q)
            return q.error();
        RowReader changed(**q, QStringLiteral("audit_entries"), "action");
        while (changed.next())
            (changed.text("action") == u"card.cancel" ? report.cancelled : report.lostReported) =
                int(changed.integer("n"));
        return Done{};
    });
    if (!read)
        return read.error();
    return report;
}

Status Reports::readConsumption(QSqlDatabase &db, SpoilageReport &report) {
    Result<QSqlQuery *> q = m_store.exec(
        db,
        QStringLiteral("SELECT movement, carrier, coalesce(note, '') AS reason, sum(quantity) "
                       "AS n FROM blank_stock_movements WHERE at >= ? AND at < ? AND movement "
                       "IN ('used', 'spoiled') GROUP BY 1, 2, 3"),
        momentBounds(report.period));
    if (!q)
        return q.error();
    RowReader row(**q, QStringLiteral("blank_stock_movements"), "movement");
    while (row.next()) {
        const int n = int(row.integer("n"));
        if (row.text("movement") == u"used") {
            report.usedByCarrier[row.text("carrier")] += n;
        } else {
            report.spoiledByCarrier[row.text("carrier")] += n;
            report.byReason[row.text("reason")] += n;
        }
    }
    return Done{};
}

Result<SpoilageReport> Reports::spoilage(const Session &session, const ReportPeriod &period) {
    if (Status ok = allowed(session, QStringLiteral("spoilage")); !ok)
        return ok.error();
    SpoilageReport report;
    report.period = period;
    if (Status read = m_store.read([&](QSqlDatabase &db) { return readConsumption(db, report); });
        !read)
        return read.error();
    return report;
}

Result<StockReport> Reports::stock(const Session &session, const ReportPeriod &period,
                                   const EligibilityPolicy::Stock &threshold) {
    if (Status ok = allowed(session, QStringLiteral("stock")); !ok)
        return ok.error();
    SpoilageReport consumed;
    consumed.period = period;
    Result<QMap<QString, StockLevel>> levels = Error{};
    if (Status read = m_store.read([&](QSqlDatabase &db) -> Status {
            levels = Stock::levelsIn(m_store, db);
            if (!levels)
                return levels.error();
            return readConsumption(db, consumed);
        });
        !read)
        return read.error();
    StockReport report;
    report.period = period;
    report.threshold = threshold;
    for (auto it = levels->cbegin(); it != levels->cend(); ++it) {
        StockLine line;
        line.carrier = it.key();
        line.onHand = it.value().onHand();
        line.consumed =
            consumed.usedByCarrier.value(it.key()) + consumed.spoiledByCarrier.value(it.key());
        line.perDay = double(line.consumed) / period.days();
        if (line.consumed > 0) // whole days at the period's rate, in integers
            line.daysLeft = int(std::max<qint64>(line.onHand, 0) * period.days() / line.consumed);
        line.low = line.onHand <= threshold.lowWarning ||
                   (line.daysLeft && *line.daysLeft <= threshold.lowWarningDays);
        report.lines.append(line);
    }
    return report;
}

Result<TimingReport> Reports::timing(const Session &session, const ReportPeriod &period) {
    if (Status ok = allowed(session, QStringLiteral("timing")); !ok)
        return ok.error();
    QMap<QString, QMap<qint64, int>> byChannel; // channel → minutes → cards
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        // From the application (made online: from when it reached the
        // station) to the card issued, to the minute.
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("SELECT ") + kChannel +
                QStringLiteral(
                    " AS channel, CAST(round((julianday(p.updated_at) - "
                    "julianday(coalesce(pa.received_at, a.created_at))) * 1440) AS INTEGER) AS "
                    "minutes, count(*) AS n ") +
                kIssuedCards + QStringLiteral("AND p.state = 'issued' GROUP BY 1, 2"),
            dayBounds(period));
        if (!q)
            return q.error();
        RowReader row(**q, QStringLiteral("cards"), "channel");
        while (row.next())
            byChannel[row.text("channel")][std::max<qint64>(0, row.integer("minutes"))] +=
                int(row.integer("n"));
        return Done{};
    });
    if (!read)
        return read.error();
    TimingReport report;
    report.period = period;
    QMap<qint64, int> all;
    for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it) {
        report.byChannel.append(timingLine(it.key(), it.value()));
        for (auto m = it.value().cbegin(); m != it.value().cend(); ++m)
            all[m.key()] += m.value();
    }
    report.all = timingLine({}, all);
    return report;
}

} // namespace cc
