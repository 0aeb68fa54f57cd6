#pragma once

#include "core/domain/result.h"

#include <QColor>
#include <QCoreApplication>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

namespace cc {

// Which ribbon panel an element is printed with: the colour panels (YMC), the
// resin black panel (sharp, scanner-friendly: barcodes and black text), or the
// clear protective overlay.
enum class RibbonPanel { Colour, Resin, Overlay };

// How a field's value is shown: as is, an ISO date as a ROC date
// ("115/11/21"), or digits in groups of four ("0301 0000 0000 0014").
enum class TextFormat { Plain, RocDate, Grouped };

enum class BarcodeSymbology { Code128, QrCode, Pdf417 };

struct TemplateElement {
    enum class Kind { Rect, Text, Image, Barcode };

    Kind kind = Kind::Rect;
    QRectF boxMm; // position and size on the card, in millimetres
    RibbonPanel panel = RibbonPanel::Colour;
    QString path; // "$.front.elements[3]", for errors about this element

    // Rect
    QColor fill;
    double cornerRadiusMm = 0;

    // Text, image and barcode: the data field bound, or a literal text/file.
    QString field;
    QString literal; // text, or for images a file relative to the template
    TextFormat format = TextFormat::Plain;
    QString whenEmpty;       // shown when the field is present but empty
    bool allowEmpty = false; // the template names whenEmpty (even ""); else empty is an error

    // Text
    QString fontFamily;
    double sizePt = 9;
    double minSizePt = 0; // smallest size to shrink to before ellipsising
    bool bold = false;
    QColor colour;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;

    // Barcode
    BarcodeSymbology symbology = BarcodeSymbology::Code128;
    int quietZoneModules = 10;
};

struct TemplateSide {
    QColor background = Qt::white;
    std::vector<TemplateElement> elements;
};

// A card face template: an ID-1 card (85.60 × 53.98 mm), front and back. The
// JSON format is documented in docs/printing.md.
struct CardTemplate {
    Q_DECLARE_TR_FUNCTIONS(CardTemplate)

public:
    static constexpr double kWidthMm = 85.60;
    static constexpr double kHeightMm = 53.98;

    QString name;
    double cornerRadiusMm = 3.18;
    TemplateSide front;
    TemplateSide back;
    QString baseDir; // where literal image files are looked up

    // Every field the template binds, in order of first use.
    QStringList fields() const;

    // Parses a template; the error names the JSON path of the first problem.
    static Result<CardTemplate> parse(const QByteArray &json, const QString &baseDir = {});
    static Result<CardTemplate> load(const QString &path);
};

QString ribbonPanelName(RibbonPanel panel); // "colour", "resin", "overlay"

} // namespace cc
