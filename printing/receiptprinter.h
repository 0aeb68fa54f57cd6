#pragma once

#include "core/domain/result.h"
#include "core/ports/stationdevices.h"

#include <QCoreApplication>

class QImage;
class QPagedPaintDevice;
class QPainter;

namespace cc {

// The counter receipt on A4, the applicant's copy and the office's: the
// application and card number, a QR code of the card number, card type and
// carrier, the dates in ROC form (in words in English), the fee paid or
// waived, the station, clerk and time, the consent statement when sensitive
// data was used, and the signature line. Or, for a lost report, the proof
// that the card is blocked.
class ReceiptPrinter {
    Q_DECLARE_TR_FUNCTIONS(ReceiptPrinter)

public:
    // `printer` is a system print queue (empty: the default queue) or
    // "pdf:PATH" for a PDF file.
    static Status print(const Receipt &receipt, const QString &printer);
    // Paints the receipt on two pages of `device`, which must be A4.
    static Status paint(const Receipt &receipt, QPagedPaintDevice &device);

private:
    static void paintCopy(QPainter &p, const QPagedPaintDevice &device, const Receipt &receipt,
                          const QImage &qr, const QString &copy);
};

} // namespace cc
