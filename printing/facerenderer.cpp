#include "printing/facerenderer.h"

#include "core/domain/cardnumber.h"
#include "core/domain/rocdate.h"
#include "core/ports/cardface.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace cc {

namespace {

constexpr double kMmPerInch = 25.4;

double pxPerMm(double dpi) {
    return dpi / kMmPerInch;
}

QRectF toPixels(const QRectF &mm, double dpi) {
    const double k = pxPerMm(dpi);
    return QRectF(mm.x() * k, mm.y() * k, mm.width() * k, mm.height() * k);
}

QFont fontFor(const TemplateElement &e, double sizePt, double dpi) {
    QFont font(e.fontFamily);
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(sizePt * dpi / 72.0))));
    font.setBold(e.bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// Whole pixels per module where the box allows it, so that every bar edge
// falls on a pixel edge at print resolution; the symbol is centred.
void paintBarcode(QPainter &painter, const TemplateElement &e, const BarcodeSymbol &symbol,
                  const QRectF &box) {
    const QImage &m = symbol.modules;
    const int quiet = e.quietZoneModules;
    const double across = m.width() + 2.0 * quiet;
    const double down = symbol.is2D() ? m.height() + 2.0 * quiet : 0;
    double module = box.width() / across;
    if (symbol.is2D())
        module = std::min(module, box.height() / down);
    if (module >= 1)
        module = std::floor(module);
    const double height = symbol.is2D() ? m.height() * module : box.height();
    QPointF origin(box.x() + (box.width() - m.width() * module) / 2,
                   box.y() + (box.height() - height) / 2);
    if (module >= 1) // whole modules on whole pixels: no blurred edges
        origin = QPointF(std::round(origin.x()), std::round(origin.y()));
    const double rowHeight = symbol.is2D() ? module : height;
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < m.height(); ++y) {
        for (int x = 0; x < m.width();) {
            if (m.pixelIndex(x, y) == 0) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < m.width() && m.pixelIndex(x + run, y) == 1)
                ++run;
            painter.drawRect(QRectF(origin.x() + x * module, origin.y() + y * rowHeight,
                                    run * module, rowHeight));
            x += run;
        }
    }
}

QString grouped(const QString &digits) {
    QString out;
    for (qsizetype i = 0; i < digits.size(); i += 4) {
        if (!out.isEmpty())
            out += u' ';
        out += digits.mid(i, 4);
    }
    return out;
}

// Reads the part of the image that covers the box's aspect, cut evenly from
// both sides, at less than twice the box's size at `dpi`: more detail cannot
// be printed. The reader clips and scales while decoding, so a camera-sized
// photo costs little.
// The narrowest barcode module (bar or cell) we print: about 2.4 dots of a
// 300 dpi card printer, and what counter scanners read reliably.
constexpr double kMinModuleMm = 0.2;

Result<QImage> loadImage(const QString &path, const QByteArray *bytes, const QString &where,
                         const QSizeF &boxMm, double dpi, FaceRenderer::Images images) {
    QBuffer buffer;
    QImageReader reader;
    if (bytes) {
        buffer.setData(*bytes);
        buffer.open(QIODevice::ReadOnly);
        reader.setDevice(&buffer);
    } else {
        reader.setFileName(path);
    }
    reader.setAutoTransform(true);
    const QSize raw = reader.size();
    QImage image;
    if (reader.canRead() && raw.isValid() && !raw.isEmpty()) {
        if (images == FaceRenderer::Images::CheckOnly)
            return image;
        // Work in the orientation the photo is shown in; the reader clips and
        // scales in the file's own.
        const bool turned = reader.transformation() & QImageIOHandler::TransformationRotate90;
        const QSize shown = turned ? raw.transposed() : raw;
        const double scale =
            std::min(shown.width() / boxMm.width(), shown.height() / boxMm.height());
        QSize crop(std::min(shown.width(), int(std::lround(boxMm.width() * scale))),
                   std::min(shown.height(), int(std::lround(boxMm.height() * scale))));
        // Scale down by the largest power of two that keeps at least the box's
        // resolution: JPEG decodes at 1/2, 1/4 or 1/8 directly, with no
        // resampling pass afterwards.
        const QSize box = toPixels(QRectF(QPointF(), boxMm), dpi).size().toSize();
        int factor = 1;
        while (factor < 8 && crop.width() >= 2 * factor * box.width())
            factor *= 2;
        QSize target((crop.width() + factor - 1) / factor, (crop.height() + factor - 1) / factor);
        if (turned) {
            crop.transpose();
            target.transpose();
        }
        reader.setClipRect(QRect(
            QPoint((raw.width() - crop.width()) / 2, (raw.height() - crop.height()) / 2), crop));
        reader.setScaledSize(target);
        image = reader.read();
    }
    if (image.isNull() && bytes)
        return Error{ErrorCode::BadValue,
                     FaceRenderer::tr("the image given is not one this program can read: %1")
                         .arg(reader.errorString()),
                     where};
    if (image.isNull()) {
        // Which file and what is wrong with it: input the operator can fix
        // (no such file, not an image), or the machine refusing to read it.
        const QFileInfo file(path);
        if (!file.exists())
            return Error{ErrorCode::FileNotFound,
                         FaceRenderer::tr("there is no image file %1").arg(path), where};
        if (file.isReadable())
            return Error{ErrorCode::BadValue,
                         FaceRenderer::tr("%1 is not an image this program can read: %2")
                             .arg(path, reader.errorString()),
                         where};
        return Error{
            ErrorCode::FileUnreadable,
            FaceRenderer::tr("cannot read the image %1: %2").arg(path, reader.errorString()),
            where};
    }
    return image;
}

} // namespace

FaceRenderer::FaceRenderer(CardTemplate card)
    : m_template(std::move(card)) {}

QSize FaceRenderer::pixelSize(double dpi) {
    return QSize(static_cast<int>(std::lround(CardTemplate::kWidthMm * pxPerMm(dpi))),
                 static_cast<int>(std::lround(CardTemplate::kHeightMm * pxPerMm(dpi))));
}

Result<FaceContent> FaceRenderer::bind(const QHash<QString, QString> &fields, Images images,
                                       const QHash<QString, QByteArray> &imageBytes) const {
    FaceContent content;
    // Nothing on a card face is more than one line: a line break, NUL or other
    // control character is a data error (a spreadsheet cell pasted whole).
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        for (QChar c : *it)
            if (c.category() == QChar::Other_Control)
                return Error{ErrorCode::BadValue,
                             tr("the value holds a control character (U+%1), such as a line "
                                "break")
                                 .arg(c.unicode(), 4, 16, QLatin1Char('0')),
                             it.key()};
    // A card is valid from its issue date on: an expiry before it is a typo.
    const QString issued = fields.value(FaceFields::kIssued);
    const QString expires = fields.value(FaceFields::kExpires);
    if (!issued.isEmpty() && !expires.isEmpty()) {
        const Result<QDate> from = RocDate::parseIso(issued);
        const Result<QDate> until = RocDate::parseIso(expires);
        if (from && until && *until < *from)
            return Error{ErrorCode::BadValue,
                         tr("the card expires (%1) before it is issued (%2)").arg(expires, issued),
                         QString(FaceFields::kExpires)};
    }
    // The number names the proof files and the print job: only a well-formed
    // number (digits and its check digit) may become part of a file name.
    const QString number = fields.value(FaceFields::kCardNumber);
    if (!number.isEmpty()) {
        Result<QString> parsed = CardNumber::parse(number);
        if (!parsed)
            return Error{ErrorCode::BadValue, parsed.error().message,
                         QString(FaceFields::kCardNumber)};
        content.cardNumber = *parsed;
    }
    for (CardSide side : {CardSide::Front, CardSide::Back}) {
        const TemplateSide &in = side == CardSide::Front ? m_template.front : m_template.back;
        std::vector<ResolvedElement> &out = side == CardSide::Front ? content.front : content.back;
        for (const TemplateElement &e : in.elements) {
            ResolvedElement r;
            QString value = e.literal;
            const auto given = imageBytes.constFind(e.field);
            const QByteArray *bytes = e.kind == TemplateElement::Kind::Image &&
                                              !e.field.isEmpty() && given != imageBytes.constEnd()
                                          ? &*given
                                          : nullptr;
            if (!e.field.isEmpty() && !bytes) {
                // A field the element may show empty (whenEmpty) may also be
                // absent from the data: a CSV without a "school" column.
                const auto it = fields.constFind(e.field);
                const bool none = it == fields.constEnd() || it->isEmpty();
                if (none && !e.allowEmpty) {
                    return Error{ErrorCode::MissingField,
                                 tr("the card face needs a value for \"%1\"").arg(e.field),
                                 e.field};
                }
                value = none ? QString() : *it;
            }
            if (value.isEmpty()) {
                r.text = e.whenEmpty;
            } else if (e.format == TextFormat::RocDate) {
                Result<QDate> date = RocDate::parseIso(value);
                if (!date)
                    return Error{ErrorCode::BadValue, date.error().message, e.field};
                r.text = RocDate::formatShort(*date);
            } else {
                r.text = e.format == TextFormat::Grouped ? grouped(value) : value;
            }

            if (images == Images::Skip && e.kind != TemplateElement::Kind::Text) {
                out.push_back(std::move(r));
                continue;
            }
            if (e.kind == TemplateElement::Kind::Image) {
                const QString path =
                    e.field.isEmpty() ? QDir(m_template.baseDir).filePath(value) : value;
                Result<QImage> image = loadImage(path, bytes, e.field.isEmpty() ? e.path : e.field,
                                                 e.boxMm.size(), kDefaultDpi, images);
                if (!image)
                    return image.error();
                r.image = *std::move(image);
            } else if (e.kind == TemplateElement::Kind::Barcode) {
                Result<BarcodeSymbol> symbol = Barcodes::encode(e.symbology, value);
                if (!symbol)
                    return Error{symbol.error().code, symbol.error().message, e.field};
                // Narrower modules than a card printer and a counter scanner
                // resolve print as a blob: refuse rather than print it.
                const double moduleMm =
                    std::min(e.boxMm.width() / symbol->modules.width(),
                             symbol->is2D() ? e.boxMm.height() / symbol->modules.height() : 1.0);
                if (moduleMm < kMinModuleMm)
                    return Error{ErrorCode::BadValue,
                                 tr("the barcode's box is too small for this value: its modules "
                                    "would be %1 mm, and scanners need at least %2 mm")
                                     .arg(moduleMm, 0, 'f', 2)
                                     .arg(kMinModuleMm, 0, 'f', 2),
                                 e.field.isEmpty() ? e.path : e.field};
                r.barcode = *std::move(symbol);
            }
            out.push_back(std::move(r));
        }
    }
    return content;
}

FittedText FaceRenderer::fitText(const TemplateElement &e, const QString &text, double dpi) {
    const QSizeF box = toPixels(e.boxMm, dpi).size();
    for (double size = e.sizePt;; size -= 0.25) {
        const QFontMetricsF metrics(fontFor(e, size, dpi));
        const bool fits = metrics.horizontalAdvance(text) <= box.width() &&
                          metrics.height() <= box.height() + 0.5;
        if (fits)
            return {size, text};
        if (size - 0.25 < e.minSizePt - 1e-9)
            return {size, metrics.elidedText(text, Qt::ElideRight, box.width())};
    }
}

void FaceRenderer::paintElements(QPainter &painter, double dpi, CardSide side,
                                 const FaceContent &content,
                                 std::optional<RibbonPanel> only) const {
    const TemplateSide &in = side == CardSide::Front ? m_template.front : m_template.back;
    const std::vector<ResolvedElement> &resolved =
        side == CardSide::Front ? content.front : content.back;
    for (size_t i = 0; i < in.elements.size() && i < resolved.size(); ++i) {
        const TemplateElement &e = in.elements[i];
        if (only ? e.panel != *only : e.panel == RibbonPanel::Overlay)
            continue;
        const bool resin = e.panel == RibbonPanel::Resin;
        const QRectF box = toPixels(e.boxMm, dpi);
        painter.save();
        painter.setClipRect(box);
        switch (e.kind) {
        case TemplateElement::Kind::Rect: {
            painter.setPen(Qt::NoPen);
            painter.setBrush(resin || e.panel == RibbonPanel::Overlay ? QColor(Qt::black) : e.fill);
            const double r = e.cornerRadiusMm * pxPerMm(dpi);
            painter.drawRoundedRect(box, r, r);
            break;
        }
        case TemplateElement::Kind::Text: {
            const FittedText fitted = fitText(e, resolved[i].text, dpi);
            painter.setPen(resin ? QColor(Qt::black) : e.colour);
            painter.setFont(fontFor(e, fitted.sizePt, dpi));
            painter.drawText(box, static_cast<int>(e.alignment) | Qt::TextSingleLine, fitted.text);
            break;
        }
        case TemplateElement::Kind::Image:
            painter.drawImage(box, resolved[i].image);
            break;
        case TemplateElement::Kind::Barcode:
            paintBarcode(painter, e, resolved[i].barcode, box);
            break;
        }
        painter.restore();
    }
}

void FaceRenderer::paint(QPainter &painter, double dpi, CardSide side,
                         const FaceContent &content) const {
    const TemplateSide &in = side == CardSide::Front ? m_template.front : m_template.back;
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(pixelSize(dpi))), in.background);
    paintElements(painter, dpi, side, content, RibbonPanel::Colour);
    paintElements(painter, dpi, side, content, RibbonPanel::Resin);
}

namespace {

QImage blankImage(double dpi) {
    QImage image(FaceRenderer::pixelSize(dpi), QImage::Format_RGB32);
    image.fill(Qt::white);
    const int dotsPerMeter = static_cast<int>(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

QImage toMono(const QImage &image) {
    // Anything darker than mid-grey is laid down: index 1 = black.
    QImage mono = image.convertToFormat(QImage::Format_Mono, Qt::MonoOnly | Qt::ThresholdDither);
    if (qGray(mono.color(1)) > qGray(mono.color(0))) {
        for (int y = 0; y < mono.height(); ++y) {
            uchar *line = mono.scanLine(y);
            for (qsizetype i = 0; i < mono.bytesPerLine(); ++i)
                line[i] = static_cast<uchar>(~line[i]);
        }
    }
    mono.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    return mono;
}

} // namespace

QImage FaceRenderer::render(CardSide side, const FaceContent &content, double dpi) const {
    QImage image = blankImage(dpi);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    paint(painter, dpi, side, content);
    return image;
}

PanelImages FaceRenderer::panels(CardSide side, const FaceContent &content, double dpi) const {
    const TemplateSide &in = side == CardSide::Front ? m_template.front : m_template.back;
    PanelImages out;
    out.colour = blankImage(dpi);
    {
        QPainter painter(&out.colour);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.fillRect(out.colour.rect(), in.background);
        paintElements(painter, dpi, side, content, RibbonPanel::Colour);
    }
    for (auto [panel, target] : {std::pair{RibbonPanel::Resin, &out.resin},
                                 std::pair{RibbonPanel::Overlay, &out.overlay}}) {
        QImage layer = blankImage(dpi);
        QPainter painter(&layer);
        paintElements(painter, dpi, side, content, panel);
        painter.end();
        *target = toMono(layer);
    }
    return out;
}

QImage FaceRenderer::preview(CardSide side, const FaceContent &content, int widthPx) const {
    const double dpi = widthPx * kMmPerInch / CardTemplate::kWidthMm;
    const QImage face = render(side, content, dpi);
    QImage out(face.size(), QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    const double r = m_template.cornerRadiusMm * pxPerMm(dpi);
    QPainterPath outline;
    outline.addRoundedRect(QRectF(out.rect()).adjusted(0.5, 0.5, -0.5, -0.5), r, r);
    painter.setClipPath(outline);
    painter.drawImage(0, 0, face);
    painter.setClipping(false);
    painter.setPen(QPen(QColor(0, 0, 0, 90), 1));
    painter.drawPath(outline);
    return out;
}

} // namespace cc
