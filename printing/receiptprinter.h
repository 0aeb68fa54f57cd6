#pragma once

#include "core/domain/result.h"
#include "core/ports/stationdevices.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace cc {

// The counter receipt on A4: application and card number, a QR code of the
// card number, card type and carrier, the dates in ROC form, the consent
// statement when sensitive data was used, and the signature line.
class ReceiptPrinter {
    Q_DECLARE_TR_FUNCTIONS(ReceiptPrinter)

public:
    // `printer` is a system print queue (empty: the default queue) or
    // "pdf:PATH" for a PDF file.
    static Status print(const Receipt &receipt, const QString &printer);
    // Paints the receipt on one page of `device`, which must be A4.
    static Status paint(const Receipt &receipt, QPagedPaintDevice &device);
};

} // namespace cc
