#pragma once

#include "core/domain/result.h"
#include "printing/cardtemplate.h"

#include <QImage>
#include <QString>

#include <vector>

namespace cc {

// A barcode as modules: one pixel per module in a Format_Mono image, black
// set, quiet zone not included (the renderer adds it around the symbol).
struct BarcodeSymbol {
    QImage modules;
    bool is2D() const { return modules.height() > 1; }
};

struct DecodedBarcode {
    QString format; // "Code128", "QRCode", "PDF417"
    QString text;
};

class Barcodes {
    Q_DECLARE_TR_FUNCTIONS(Barcodes)

public:
    // Fails with BadValue when the text cannot be encoded in the symbology.
    static Result<BarcodeSymbol> encode(BarcodeSymbology symbology, const QString &text);
    // The barcodes ZXing finds in the image, any orientation: at most one of
    // each symbology (Code 128, QR, PDF417), as a card face carries.
    static std::vector<DecodedBarcode> decode(const QImage &image);
    static QString symbologyName(BarcodeSymbology symbology);
};

} // namespace cc
