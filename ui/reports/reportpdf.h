#pragma once

#include "core/domain/result.h"
#include "core/station/reporttables.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>

namespace cc {

// A whole report as a supervisor files it: A4 pages, every page headed with
// the office, the station and the period (ROC dates) and numbered; the
// charts, then every table.
struct ReportDocument {
    QString office;    // the office's name; empty: the station alone
    QString stationId; // "0301"
    ReportPeriod period;
    QDateTime madeAt;
    QString madeBy;
    QList<QImage> charts;
    QList<ReportTable> tables;
};

class ReportPdf {
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    // Writes the PDF at `path` (replacing it only once it is complete).
    static Status write(const ReportDocument &document, const QString &path);
};

} // namespace cc
