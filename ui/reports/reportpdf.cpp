#include "ui/reports/reportpdf.h"

#include "core/domain/rocdate.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace cc {
namespace {

constexpr int kDpi = 150;

QString tableHtml(const ReportTable &table) {
    QString html = QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"4\" width=\"100%\"><tr>")
                       .arg(table.title.toHtmlEscaped());
    for (const QString &h : table.header)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QStringList &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

Status ReportPdf::write(const ReportDocument &d, const QString &path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::FileUnwritable,
                     tr("cannot write the report: %1").arg(file.errorString()), path};
    const QString heading = (d.office.isEmpty() ? QString() : d.office + QStringLiteral(" · ")) +
                            tr("station %1").arg(d.stationId) + QStringLiteral(" · ") +
                            ReportTables::period(d.period);
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(kDpi);
        pdf.setTitle(tr("Station report") + QStringLiteral(" ") + heading);
        pdf.setCreator(QStringLiteral("citizencard"));

        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&pdf);
        QFont font(QStringLiteral("Noto Sans CJK TC"), 10);
        doc.setDefaultFont(font);
        doc.setDocumentMargin(0);
        QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                           .arg(tr("Station report").toHtmlEscaped(),
                                tr("Made %1 by %2.")
                                    .arg(RocDate::formatMoment(d.madeAt), d.madeBy)
                                    .toHtmlEscaped());
        const int width = pdf.width();
        for (qsizetype i = 0; i < d.charts.size(); ++i) {
            const QUrl url(QStringLiteral("chart:%1").arg(i));
            doc.addResource(QTextDocument::ImageResource, url, d.charts.at(i));
            // HTML lengths are CSS pixels (96 per inch), whatever the device.
            html += QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>")
                        .arg(url.toString())
                        .arg(width * 96 / kDpi);
        }
        for (const ReportTable &t : d.tables)
            html += tableHtml(t);
        doc.setHtml(html);

        QPainter painter;
        if (!painter.begin(&pdf))
            return Error{ErrorCode::FileUnwritable, tr("cannot start the PDF"), path};
        QFont small = font;
        small.setPointSize(8);
        painter.setFont(small);
        const int header = painter.fontMetrics().height() * 2;
        const QSizeF body(width, pdf.height() - header);
        doc.setPageSize(body);
        const int pages = doc.pageCount();
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                pdf.newPage();
            painter.setFont(small);
            const QRect line(0, 0, width, painter.fontMetrics().height());
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, heading);
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                             tr("page %1 of %2").arg(page + 1).arg(pages));
            painter.drawLine(0, line.bottom() + 4, width, line.bottom() + 4);
            painter.save();
            painter.translate(0, header - page * body.height());
            doc.drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
            painter.restore();
        }
        painter.end();
    }
    if (!file.commit())
        return Error{ErrorCode::FileUnwritable,
                     tr("cannot write the report: %1").arg(file.errorString()), path};
    return Done{};
}

} // namespace cc
