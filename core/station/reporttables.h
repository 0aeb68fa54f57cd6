#pragma once

#include "core/station/reports.h"

#include <QCoreApplication>
#include <QStringList>

namespace cc {

// A report as a table: what the reports page shows, the CLI prints and both
// export (CSV for a spreadsheet, the PDF for the file). Headers and values in
// the operator's language; card types, carriers and channels by name.
struct ReportTable {
    QString name;  // a file-name stem: "issuance-by-card-type"
    QString title; // translated
    QStringList header;
    QList<QStringList> rows;

    QByteArray csv() const; // Csv::write: UTF-8 with BOM
};

// Dates as a person in Taiwan reads them (ROC, "115/12/01"), or as files and
// spreadsheets parse them (ISO, "2026-12-01").
enum class ReportDates { Roc, Iso };

class ReportTables {
    Q_DECLARE_TR_FUNCTIONS(ReportTables)

public:
    // A row per period start, a column per value of `by`, a total column.
    static ReportTable issuance(const IssuanceReport &report, ReportGrain grain,
                                IssuanceDimension by, ReportDates dates);
    // Replacements, conversions and the rest by kind; cards reported lost and
    // cancelled.
    static ReportTable transactions(const IssuanceReport &report);
    static ReportTable spoilage(const SpoilageReport &report);
    static ReportTable stock(const StockReport &report);
    static ReportTable timing(const TimingReport &report);

    static QString dimensionName(IssuanceDimension by);
    static QString issuanceTitle(IssuanceDimension by); // "Cards issued by carrier"
    static QString grainName(ReportGrain grain);
    // A value of `by` by name: "敬老卡" for "senior".
    static QString valueName(IssuanceDimension by, const QString &code);
    static QString kindName(const QString &kind);
    static QString reasonName(const QString &reason);
    // "2 h 05 min", "3 d 4 h".
    static QString duration(qint64 minutes);
    static QString period(const ReportPeriod &period);
};

} // namespace cc
