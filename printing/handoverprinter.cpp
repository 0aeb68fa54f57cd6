#include "printing/handoverprinter.h"

#include "core/domain/rocdate.h"
#include "printing/logging.h"
#include "printing/paperprinter.h"

#include <QPainter>
#include <QPrinter>

namespace cc {
namespace {

constexpr double kMarginMm = 15;
constexpr double kHeaderMm = 30; // title and the batch's lines
constexpr double kRowMm = 8;
constexpr double kFooterMm = 10; // "page n of m"
constexpr double kSignMm = 55;   // the signature block after the last card
constexpr double kPageMm = 297 - 2 * kMarginMm - kHeaderMm - kFooterMm;
constexpr int kRowsPerPage = int((kPageMm - kRowMm) / kRowMm); // one row: the column heads
constexpr int kRowsOnLastPage = int((kPageMm - kRowMm - kSignMm) / kRowMm);

} // namespace

int HandOverPrinter::pagesFor(qsizetype rows) {
    // Full pages, then one with room left for the signatures.
    int pages = 1;
    while (rows > kRowsOnLastPage) {
        rows -= kRowsPerPage;
        ++pages;
    }
    return pages;
}

Status HandOverPrinter::print(const HandOverList &list, const QString &printer) {
    QPrinter device(QPrinter::HighResolution);
    if (Status ready = PaperPrinters::prepare(
            device, printer, QStringLiteral("citizencard-handover-%1").arg(list.batchId));
        !ready)
        return ready;
    return paint(list, device);
}

Status HandOverPrinter::paint(const HandOverList &list, QPagedPaintDevice &device) {
    QPainter p;
    if (!p.begin(&device))
        return Error{ErrorCode::DeviceFailed, tr("The printer could not start the page."), {}};
    const double mm = device.logicalDpiX() / 25.4;
    const QRectF page(kMarginMm * mm, kMarginMm * mm, device.width() - 2 * kMarginMm * mm,
                      device.height() - 2 * kMarginMm * mm);
    auto font = [&](double pt, bool bold = false) { p.setFont(PaperPrinters::font(pt, bold)); };
    auto text = [&](double x, double y, double w, double h, const QString &s,
                    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
        p.drawText(QRectF(x, y, w, h), align, s);
    };
    // Column left edges and widths, in mm from the page's left margin.
    struct Column {
        QString head;
        double x, w;
    };
    const QList<Column> columns = {{tr("No."), 0, 12},         {tr("Card number"), 12, 42},
                                   {tr("Card type"), 54, 34},  {tr("Name"), 88, 38},
                                   {tr("ID number"), 126, 34}, {tr("Received"), 160, 20}};
    const int pages = pagesFor(list.rows.size());
    qsizetype next = 0;
    for (int pageNo = 1; pageNo <= pages; ++pageNo) {
        if (pageNo > 1 && !device.newPage())
            return Error{ErrorCode::DeviceFailed, tr("The printer could not start a page."), {}};
        double y = page.top();
        font(16, true);
        text(page.left(), y, page.width(), 10 * mm,
             tr("Hand-over list: batch %1 \"%2\"").arg(list.batchId).arg(list.label));
        y += 11 * mm;
        font(10);
        text(page.left(), y, page.width(), 6 * mm,
             tr("%1 · station %2 · %3 · %n card(s)", nullptr, int(list.rows.size()))
                 .arg(list.kind, list.stationId, RocDate::formatLong(list.date)));
        y = page.top() + kHeaderMm * mm;
        font(10, true);
        for (const Column &c : columns)
            text(page.left() + c.x * mm, y, c.w * mm, kRowMm * mm, c.head);
        y += kRowMm * mm;
        p.drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
        font(10);
        const qsizetype room = pageNo == pages ? kRowsOnLastPage : kRowsPerPage;
        for (qsizetype i = 0; i < room && next < list.rows.size(); ++i, ++next) {
            const HandOverList::Row &r = list.rows[next];
            const QStringList cells{QString::number(next + 1), r.cardNumber, r.cardType,
                                    r.maskedName, r.maskedId};
            for (int c = 0; c < cells.size(); ++c)
                text(page.left() + columns[c].x * mm, y, columns[c].w * mm, kRowMm * mm, cells[c]);
            const double box = 4.5 * mm;
            p.drawRect(QRectF(page.left() + (columns.last().x + 2) * mm,
                              y + (kRowMm * mm - box) / 2, box, box));
            y += kRowMm * mm;
        }
        if (pageNo == pages) {
            y += 10 * mm;
            const QStringList who{tr("Handed over by (office, %1)").arg(list.operatorName),
                                  tr("Received by (school, village chief or agency)")};
            for (const QString &role : who) {
                text(page.left(), y, page.width(), 7 * mm, role);
                const double lineY = y + 16 * mm;
                text(page.left(), lineY - 7 * mm, 20 * mm, 7 * mm, tr("Signature"));
                p.drawLine(QPointF(page.left() + 20 * mm, lineY),
                           QPointF(page.left() + 95 * mm, lineY));
                text(page.left() + 100 * mm, lineY - 7 * mm, 14 * mm, 7 * mm, tr("Date"));
                p.drawLine(QPointF(page.left() + 114 * mm, lineY),
                           QPointF(page.left() + 175 * mm, lineY));
                y += 22 * mm;
            }
        }
        font(9);
        text(page.left(), page.bottom() - kFooterMm * mm, page.width(), kFooterMm * mm,
             tr("Page %1 of %2").arg(pageNo).arg(pages), Qt::AlignRight | Qt::AlignBottom);
    }
    if (!p.end())
        return Error{ErrorCode::DeviceFailed, tr("The hand-over list could not be printed."), {}};
    qCInfo(lcPrinting) << "hand-over list printed for batch" << list.batchId << "with"
                       << list.rows.size() << "cards";
    return Done{};
}

} // namespace cc
