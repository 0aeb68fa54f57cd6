#pragma once

#include "core/station/reports.h"

#include <QCoreApplication>
#include <QImage>

class QChart;

namespace cc {

// The reports a supervisor would rather look at than read, as Qt Charts.
class ReportCharts {
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)

public:
    // Cards issued per day, week or month, stacked by the values of `by`.
    static QChart *issuance(const IssuanceReport &report, ReportGrain grain, IssuanceDimension by);
    // Spoiled blank cards by reason.
    static QChart *spoilage(const SpoilageReport &report);
    // A chart drawn at `size` pixels, for the PDF; takes the chart.
    static QImage render(QChart *chart, const QSize &size);
};

} // namespace cc
