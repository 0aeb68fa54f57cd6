#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace cc::central {

class PgConnection;

// One district office's figures at the centre, from the events its station
// pushed (the moment each happened at the station, in Taipei days).
struct OfficeFigures {
    QString station;
    int issued = 0;                  // cards issued or linked in the period
    QMap<QString, int> byCardType;   // issued, by card type code
    QMap<QString, int> byCarrier;    // issued, by carrier code
    int lostReported = 0;            // cards blocked as lost in the period
    int cancelled = 0;               // cards cancelled in the period
    QMap<QString, int> activeByType; // active cards now, by card type code

    QJsonObject toJson() const;
};

// The city's issuance over a period: every office and the city as a whole
// (the sum of the offices). Counts only: no holder, no card number.
struct CityIssuance {
    QDate from;
    QDate to;
    QList<OfficeFigures> offices; // by station ID
    OfficeFigures city;           // station "city"

    QJsonObject toJson() const;
};

class CentralReports {
public:
    explicit CentralReports(PgConnection &db)
        : m_db(db) {}

    // Both days included; refused when `to` is before `from`.
    Result<CityIssuance> issuance(const QDate &from, const QDate &to);

private:
    PgConnection &m_db;
};

} // namespace cc::central
