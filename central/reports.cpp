#include "central/reports.h"

#include "central/pg.h"
#include "core/domain/jsonfields.h"

#include <QJsonArray>

namespace cc::central {
namespace {

// Midnight starting `day` in Taipei (UTC+8, no summer time), as PostgreSQL
// reads a timestamptz.
QByteArray taipeiMidnight(const QDate &day) {
    return day.toString(Qt::ISODate).toLatin1() + " 00:00:00+08";
}

void add(OfficeFigures &into, const OfficeFigures &office) {
    into.issued += office.issued;
    into.lostReported += office.lostReported;
    into.cancelled += office.cancelled;
    for (auto it = office.byCardType.cbegin(); it != office.byCardType.cend(); ++it)
        into.byCardType[it.key()] += it.value();
    for (auto it = office.byCarrier.cbegin(); it != office.byCarrier.cend(); ++it)
        into.byCarrier[it.key()] += it.value();
    for (auto it = office.activeByType.cbegin(); it != office.activeByType.cend(); ++it)
        into.activeByType[it.key()] += it.value();
}

} // namespace

QJsonObject OfficeFigures::toJson() const {
    return {{QStringLiteral("station"), station},
            {QStringLiteral("issued"), issued},
            {QStringLiteral("byCardType"), countsJson(byCardType)},
            {QStringLiteral("byCarrier"), countsJson(byCarrier)},
            {QStringLiteral("lostReported"), lostReported},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("activeByCardType"), countsJson(activeByType)}};
}

QJsonObject CityIssuance::toJson() const {
    QJsonArray list;
    for (const OfficeFigures &o : offices)
        list.append(o.toJson());
    return {
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                               {QStringLiteral("to"), to.toString(Qt::ISODate)}}},
        {QStringLiteral("offices"), list},
        {QStringLiteral("city"), city.toJson()}};
}

Result<CityIssuance> CentralReports::issuance(const QDate &from, const QDate &to) {
    if (!from.isValid() || !to.isValid() || to < from)
        return Error{ErrorCode::BadValue,
                     QStringLiteral("a report needs a first day and a last day not before it"),
                     QStringLiteral("period")};
    const QList<PgParam> bounds = {taipeiMidnight(from), taipeiMidnight(to.addDays(1))};
    QMap<QString, OfficeFigures> offices;
    const auto office = [&](const QString &station) -> OfficeFigures & {
        OfficeFigures &o = offices[station];
        o.station = station;
        return o;
    };
    // Every enrolled office, with figures or none.
    Result<PgResult> enrolled =
        m_db.exec("SELECT station_id FROM stations WHERE station_id <> 'centre'");
    if (!enrolled)
        return enrolled.error();
    for (int r = 0; r < enrolled->rows(); ++r)
        office(enrolled->text(r, 0));
    Result<PgResult> issued = m_db.exec(
        "SELECT station_id, payload->>'cardType', payload->>'carrier', count(*) FROM events "
        "WHERE topic IN ('card.issued', 'card.linked') AND at >= $1::timestamptz AND at < "
        "$2::timestamptz GROUP BY 1, 2, 3",
        bounds);
    if (!issued)
        return issued.error();
    for (int r = 0; r < issued->rows(); ++r) {
        OfficeFigures &o = office(issued->text(r, 0));
        const int n = int(issued->integer(r, 3));
        o.issued += n;
        o.byCardType[issued->text(r, 1)] += n;
        o.byCarrier[issued->text(r, 2)] += n;
    }
    Result<PgResult> ended = m_db.exec(
        "SELECT station_id, topic, count(*) FROM events WHERE (topic = 'card.cancelled' OR "
        "(topic = 'card.blocked' AND payload->>'reason' = 'lost')) AND at >= $1::timestamptz "
        "AND at < $2::timestamptz GROUP BY 1, 2",
        bounds);
    if (!ended)
        return ended.error();
    for (int r = 0; r < ended->rows(); ++r) {
        OfficeFigures &o = office(ended->text(r, 0));
        (ended->text(r, 1) == u"card.cancelled" ? o.cancelled : o.lostReported) +=
            int(ended->integer(r, 2));
    }
    Result<PgResult> active = m_db.exec("SELECT station_id, card_type, count(*) FROM cards WHERE "
                                        "status = 'active' GROUP BY 1, 2");
    if (!active)
        return active.error();
    for (int r = 0; r < active->rows(); ++r)
        office(active->text(r, 0)).activeByType[active->text(r, 1)] += int(active->integer(r, 2));

    CityIssuance report;
    report.from = from;
    report.to = to;
    report.city.station = QStringLiteral("city");
    for (const OfficeFigures &o : offices) {
        report.offices.append(o);
        add(report.city, o);
    }
    return report;
}

} // namespace cc::central
