#include "printing/receiptprinter.h"

#include "core/domain/rocdate.h"
#include "printing/barcode.h"
#include "printing/logging.h"
#include "printing/paperprinter.h"

#include <QPainter>
#include <QPrinter>

namespace cc {
namespace {

constexpr double kMarginMm = 20;

QString rocOrNone(const QDate &date) {
    return date.isValid() ? RocDate::formatLong(date) : ReceiptPrinter::tr("no expiry");
}

} // namespace

Status ReceiptPrinter::print(const Receipt &receipt, const QString &printer) {
    QPrinter device(QPrinter::HighResolution);
    if (Status ready = PaperPrinters::prepare(
            device, printer, QStringLiteral("citizencard-receipt-%1").arg(receipt.applicationId));
        !ready)
        return ready;
    return paint(receipt, device);
}

Status ReceiptPrinter::paint(const Receipt &receipt, QPagedPaintDevice &device) {
    QPainter p;
    if (!p.begin(&device))
        return Error{
            ErrorCode::DeviceFailed, tr("The receipt printer could not start the page."), {}};
    const double dpmm = device.logicalDpiX() / 25.4;
    const QRectF page(kMarginMm * dpmm, kMarginMm * dpmm, device.width() - 2 * kMarginMm * dpmm,
                      device.height() - 2 * kMarginMm * dpmm);
    auto font = [&](double pt, bool bold = false) { p.setFont(PaperPrinters::font(pt, bold)); };

    double y = page.top();
    font(18, true);
    p.drawText(QRectF(page.left(), y, page.width(), 12 * dpmm), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Citizen card application receipt"));
    y += 16 * dpmm;

    const QList<std::pair<QString, QString>> rows = {
        {tr("Application number"), QString::number(receipt.applicationId)},
        {tr("Card number"), receipt.cardNumber},
        {tr("Card type"), receipt.cardType},
        {tr("Carrier"), receipt.carrier},
        {tr("Name"), receipt.name},
        {tr("ID number"), receipt.maskedId},
        {tr("Issued"), rocOrNone(receipt.issued)},
        {tr("Valid until"), rocOrNone(receipt.expires)},
        {tr("Station"), receipt.stationId},
        {tr("Clerk"), receipt.operatorName},
    };
    font(12);
    const double rowHeight = 9 * dpmm;
    for (const auto &[label, value] : rows) {
        p.drawText(QRectF(page.left(), y, 45 * dpmm, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   label);
        p.drawText(QRectF(page.left() + 45 * dpmm, y, page.width() - 95 * dpmm, rowHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, value);
        y += rowHeight;
    }

    Result<BarcodeSymbol> qr = Barcodes::encode(BarcodeSymbology::QrCode, receipt.cardNumber);
    if (!qr)
        return qr.error();
    const double side = 40 * dpmm;
    const QRectF qrBox(page.right() - side, page.top() + 16 * dpmm, side, side);
    p.fillRect(qrBox.adjusted(-4 * dpmm, -4 * dpmm, 4 * dpmm, 4 * dpmm), Qt::white);
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    QImage modules = qr->modules.convertToFormat(QImage::Format_RGB32);
    p.drawImage(qrBox, modules);

    y += 8 * dpmm;
    font(10);
    const QString statement =
        receipt.sensitiveData
            ? tr("I consent to the city using my disability certificate data to issue and "
                 "operate this card, for this purpose only, as the Personal Data Protection "
                 "Act allows. I may withdraw this consent at any district office.")
            : tr("The city uses the data on this receipt to issue and operate this card, for "
                 "this purpose only, as the Personal Data Protection Act allows.");
    const QRectF statementBox(page.left(), y, page.width(), 30 * dpmm);
    p.drawText(statementBox, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, statement);
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
    if (!p.end())
        return Error{ErrorCode::DeviceFailed, tr("The receipt could not be printed."), {}};
    qCInfo(lcPrinting) << "receipt printed for application" << receipt.applicationId;
    return Done{};
}

} // namespace cc
