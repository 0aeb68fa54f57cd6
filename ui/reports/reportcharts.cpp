#include "ui/reports/reportcharts.h"

#include "core/domain/rocdate.h"
#include "core/station/reporttables.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QPainter>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace cc {

QChart *ReportCharts::issuance(const IssuanceReport &report, ReportGrain grain,
                               IssuanceDimension by) {
    auto *chart = new QChart;
    chart->setTitle(ReportTables::issuanceTitle(by));
    auto *series = new QStackedBarSeries;
    const QMap<QDate, QMap<QString, int>> tally = report.tally(grain, by);
    QStringList periods;
    int highest = 0;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it) {
        periods << RocDate::formatShort(it.key());
        int sum = 0;
        for (int n : it.value())
            sum += n;
        highest = std::max(highest, sum);
    }
    for (const QString &value : report.totals(by).keys()) {
        auto *set = new QBarSet(ReportTables::valueName(by, value));
        for (auto it = tally.cbegin(); it != tally.cend(); ++it)
            *set << it.value().value(value);
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(periods);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    // Whole cards on the axis: a step of 1, 2, 5, 10, … for about five ticks.
    static constexpr int kSteps[] = {1, 2, 5};
    int step = 1;
    for (int i = 0, decade = 1; highest > step * 5;) {
        if (++i == 3) {
            i = 0;
            decade *= 10;
        }
        step = kSteps[i] * decade;
    }
    auto *y = new QValueAxis;
    y->setRange(0, std::max(1, (highest + step - 1) / step) * step);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *ReportCharts::spoilage(const SpoilageReport &report) {
    auto *chart = new QChart;
    chart->setTitle(tr("Blank cards spoiled by reason"));
    auto *series = new QPieSeries;
    for (auto it = report.byReason.cbegin(); it != report.byReason.cend(); ++it)
        series->append(ReportTables::reasonName(it.key()) + QStringLiteral(" (%1)").arg(*it), *it);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QImage ReportCharts::render(QChart *chart, const QSize &size) {
    QGraphicsScene scene; // takes the chart
    scene.addItem(chart);
    chart->resize(size);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(), size), QRectF(QPointF(), size));
    return image;
}

} // namespace cc
