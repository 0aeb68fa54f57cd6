#include "printing/barcode.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>
#include <exception>

namespace cc {

namespace {

ZXing::BarcodeFormat zxingFormat(BarcodeSymbology symbology) {
    switch (symbology) {
    case BarcodeSymbology::Code128:
        return ZXing::BarcodeFormat::Code128;
    case BarcodeSymbology::QrCode:
        return ZXing::BarcodeFormat::QRCode;
    case BarcodeSymbology::Pdf417:
        break;
    }
    return ZXing::BarcodeFormat::PDF417;
}

} // namespace

QString Barcodes::symbologyName(BarcodeSymbology symbology) {
    return QString::fromLatin1(ZXing::ToString(zxingFormat(symbology)));
}

Result<BarcodeSymbol> Barcodes::encode(BarcodeSymbology symbology, const QString &text) {
    if (text.isEmpty())
        return Error{ErrorCode::BadValue, tr("nothing to encode in the barcode"), {}};
    ZXing::BitMatrix matrix;
    try {
        ZXing::MultiFormatWriter writer(zxingFormat(symbology));
        writer.setMargin(0);
        writer.setEncoding(ZXing::CharacterSet::UTF8);
        // Width and height 0 ask for the symbol's own size, one module per pixel.
        matrix = writer.encode(text.toStdString(), 0, 0);
    } catch (const std::exception &e) {
        return Error{ErrorCode::BadValue,
                     tr("cannot encode \"%1\" as %2: %3")
                         .arg(text, symbologyName(symbology), QString::fromUtf8(e.what())),
                     {}};
    }
    const int width = matrix.width();
    const int height = symbology == BarcodeSymbology::Code128 ? 1 : matrix.height();
    QImage modules(width, height, QImage::Format_Mono);
    modules.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            modules.setPixel(x, y, matrix.get(x, y) ? 1 : 0);
    }
    return BarcodeSymbol{modules};
}

std::vector<DecodedBarcode> Barcodes::decode(const QImage &image) {
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                ZXing::ImageFormat::Lum, static_cast<int>(grey.bytesPerLine()));
    // One symbol of each symbology we print, each looked for on its own:
    // Debian's ZXing 1.4 keeps its assertions, and merging several linear
    // results can trip one (zxing-cpp issues 516, 740), aborting the program.
    std::vector<DecodedBarcode> found;
    for (ZXing::BarcodeFormat format : {ZXing::BarcodeFormat::Code128, ZXing::BarcodeFormat::QRCode,
                                        ZXing::BarcodeFormat::PDF417}) {
        ZXing::DecodeHints hints;
        hints.setFormats(format).setTryHarder(true).setTryRotate(true);
        const ZXing::Result result = ZXing::ReadBarcode(view, hints);
        if (result.isValid()) {
            found.push_back({QString::fromLatin1(ZXing::ToString(result.format())),
                             QString::fromStdString(result.text())});
        }
    }
    return found;
}

} // namespace cc
