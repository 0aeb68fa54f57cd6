#include "printing/receiptprinter.h"

#include "core/domain/cardnumber.h"
#include "core/domain/rocdate.h"
#include "printing/barcode.h"
#include "printing/logging.h"
#include "printing/paperprinter.h"

#include <QLocale>
#include <QPainter>
#include <QPrinter>

namespace cc {
namespace {

constexpr double kMarginMm = 20;

QString rocOrNone(const QDate &date) {
    return date.isValid() ? RocDate::formatLong(date, QLocale()) : ReceiptPrinter::tr("no expiry");
}

// The date and time in Taipei, where the station stands.
QString rocTime(const QDateTime &at) {
    const QDateTime taipei = at.toOffsetFromUtc(8 * 3600);
    return QStringLiteral("%1 %2").arg(RocDate::formatLong(taipei.date(), QLocale()),
                                       taipei.time().toString(QStringLiteral("HH:mm")));
}

QString feeText(const Receipt &r) {
    const QString amount = QStringLiteral("NT$%1").arg(r.fee);
    return r.feeWaived ? ReceiptPrinter::tr("%1 waived: %2").arg(amount, r.feeWaiver)
                       : ReceiptPrinter::tr("%1 paid").arg(amount);
}

QList<std::pair<QString, QString>> rowsOf(const Receipt &r) {
    QList<std::pair<QString, QString>> rows;
    if (r.number > 0)
        rows.append({ReceiptPrinter::tr("Receipt number"), QString::number(r.number)});
    if (r.printedAgainAt.isValid())
        rows.append({ReceiptPrinter::tr("Printed again"), rocTime(r.printedAgainAt)});
    if (r.kind == Receipt::Kind::LostReport)
        return rows + QList<std::pair<QString, QString>>{
                          {ReceiptPrinter::tr("Card number"), CardNumber::grouped(r.cardNumber)},
                          {ReceiptPrinter::tr("Card type"), r.cardType},
                          {ReceiptPrinter::tr("Name"), r.name},
                          {ReceiptPrinter::tr("ID number"), r.maskedId},
                          {ReceiptPrinter::tr("Blocked at"), rocTime(r.at)},
                          {ReceiptPrinter::tr("Station"), r.stationId},
                          {ReceiptPrinter::tr("Clerk"), r.operatorName},
                      };
    rows += {
        {ReceiptPrinter::tr("Application number"), QString::number(r.applicationId)},
        {ReceiptPrinter::tr("Card number"), CardNumber::grouped(r.cardNumber)},
        {ReceiptPrinter::tr("Card type"), r.cardType},
        {ReceiptPrinter::tr("Carrier"), r.carrier},
        {ReceiptPrinter::tr("Name"), r.name},
        {ReceiptPrinter::tr("ID number"), r.maskedId},
        {ReceiptPrinter::tr("Issued"), rocOrNone(r.issued)},
        {ReceiptPrinter::tr("Valid until"), rocOrNone(r.expires)},
    };
    if (r.fee > 0)
        rows.append({ReceiptPrinter::tr("Fee"), feeText(r)});
    rows += {{ReceiptPrinter::tr("Station"), r.stationId},
             {ReceiptPrinter::tr("Clerk"), r.operatorName}};
    if (r.at.isValid())
        rows.append({ReceiptPrinter::tr("Time"), rocTime(r.at)});
    return rows;
}

QString statementOf(const Receipt &r) {
    if (r.kind == Receipt::Kind::LostReport)
        return ReceiptPrinter::tr(
                   "Card %1 is reported lost and blocked: it can no longer be used, here or by "
                   "the city's partners. Keep this proof. A replacement card can be made at any "
                   "district office.")
            .arg(CardNumber::grouped(r.cardNumber));
    return r.sensitiveData
               ? ReceiptPrinter::tr(
                     "I consent to the city using my disability certificate data to issue and "
                     "operate this card, for this purpose only, as the Personal Data Protection "
                     "Act allows. I may withdraw this consent at any district office.")
               : ReceiptPrinter::tr(
                     "The city uses the data on this receipt to issue and operate this card, "
                     "for this purpose only, as the Personal Data Protection Act allows.");
}

} // namespace

Status ReceiptPrinter::print(const Receipt &receipt, const QString &printer) {
    QPrinter device(QPrinter::HighResolution);
    if (Status ready = PaperPrinters::prepare(
            device, printer,
            receipt.kind == Receipt::Kind::LostReport
                ? QStringLiteral("citizencard-lost-report-%1").arg(receipt.number)
                : QStringLiteral("citizencard-receipt-%1").arg(receipt.number));
        !ready)
        return ready;
    return paint(receipt, device);
}

Status ReceiptPrinter::paint(const Receipt &receipt, QPagedPaintDevice &device) {
    QPainter p;
    if (!p.begin(&device))
        return Error{
            ErrorCode::DeviceFailed, tr("The receipt printer could not start the page."), {}};
    Result<BarcodeSymbol> qr = Barcodes::encode(BarcodeSymbology::QrCode, receipt.cardNumber);
    if (!qr)
        return qr.error();
    // The applicant's copy, and the office's on a second page.
    paintCopy(p, device, receipt, qr->modules, tr("Applicant's copy"));
    if (!device.newPage())
        return Error{
            ErrorCode::DeviceFailed, tr("The receipt printer could not start the page."), {}};
    paintCopy(p, device, receipt, qr->modules, tr("Office copy"));
    if (!p.end())
        return Error{ErrorCode::DeviceFailed, tr("The receipt could not be printed."), {}};
    qCInfo(lcPrinting) << "receipt printed:"
                       << (receipt.kind == Receipt::Kind::LostReport ? "lost report"
                                                                     : "application")
                       << receipt.applicationId;
    return Done{};
}

void ReceiptPrinter::paintCopy(QPainter &p, const QPagedPaintDevice &device, const Receipt &receipt,
                               const QImage &qr, const QString &copy) {
    const double dpmm = device.logicalDpiX() / 25.4;
    const QRectF page(kMarginMm * dpmm, kMarginMm * dpmm, device.width() - 2 * kMarginMm * dpmm,
                      device.height() - 2 * kMarginMm * dpmm);
    auto font = [&](double pt, bool bold = false) { p.setFont(PaperPrinters::font(pt, bold)); };

    double y = page.top();
    font(10);
    const QRectF topLine(page.left(), y - 8 * dpmm, page.width(), 6 * dpmm);
    p.drawText(topLine, Qt::AlignRight | Qt::AlignVCenter,
               receipt.printedAgainAt.isValid() ? tr("%1, printed again").arg(copy) : copy);

    font(18, true);
    p.drawText(QRectF(page.left(), y, page.width(), 12 * dpmm), Qt::AlignLeft | Qt::AlignVCenter,
               receipt.kind == Receipt::Kind::LostReport ? tr("Citizen card lost report: proof")
                                                         : tr("Citizen card application receipt"));
    y += 14 * dpmm;
    // The office that made it, as the citizen will look for it.
    QStringList reach; // the second line: where and how to reach it
    for (const QString &part : {receipt.officeAddress, receipt.officePhone})
        if (!part.isEmpty())
            reach << part;
    if (!receipt.officeName.isEmpty()) {
        font(10);
        p.drawText(QRectF(page.left(), y, page.width() - 50 * dpmm, 11 * dpmm),
                   Qt::AlignLeft | Qt::AlignTop,
                   receipt.officeName + QLatin1Char('\n') + reach.join(QStringLiteral("  ")));
        y += 12 * dpmm;
    }

    font(12);
    const double rowHeight = 9 * dpmm;
    for (const auto &[label, value] : rowsOf(receipt)) {
        p.drawText(QRectF(page.left(), y, 45 * dpmm, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   label);
        p.drawText(QRectF(page.left() + 45 * dpmm, y, page.width() - 95 * dpmm, rowHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, value);
        y += rowHeight;
    }

    const double side = 40 * dpmm;
    const QRectF qrBox(page.right() - side, page.top() + 14 * dpmm, side, side);
    p.fillRect(qrBox.adjusted(-4 * dpmm, -4 * dpmm, 4 * dpmm, 4 * dpmm), Qt::white);
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.drawImage(qrBox, qr.convertToFormat(QImage::Format_RGB32));

    y += 8 * dpmm;
    font(10);
    const QRectF statementBox(page.left(), y, page.width(), 30 * dpmm);
    p.drawText(statementBox, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, statementOf(receipt));
    y += 40 * dpmm;

    font(12);
    const double lineY = y + 12 * dpmm;
    p.drawText(QRectF(page.left(), y, 45 * dpmm, 12 * dpmm), Qt::AlignLeft | Qt::AlignBottom,
               tr("Signature"));
    p.drawLine(QPointF(page.left() + 45 * dpmm, lineY), QPointF(page.left() + 140 * dpmm, lineY));
    p.drawText(QRectF(page.left(), lineY + 4 * dpmm, 45 * dpmm, 12 * dpmm),
               Qt::AlignLeft | Qt::AlignBottom, tr("Date"));
    p.drawLine(QPointF(page.left() + 45 * dpmm, lineY + 16 * dpmm),
               QPointF(page.left() + 140 * dpmm, lineY + 16 * dpmm));
}

} // namespace cc
