#pragma once

#include "core/domain/result.h"
#include "printing/barcode.h"
#include "printing/cardtemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>

class QPainter;

namespace cc {

enum class CardSide { Front, Back };

// One element's content, resolved from the data: the text to show, the photo
// or art, or the barcode's modules.
struct ResolvedElement {
    QString text;
    QImage image;
    BarcodeSymbol barcode;
};

// A template bound to one card's data, ready to paint any number of times.
struct FaceContent {
    std::vector<ResolvedElement> front;
    std::vector<ResolvedElement> back;
    QString cardNumber; // the "cardNumber" field when bound, for file and job names
};

// The printer's view of one side: the colour panel, the resin black panel and
// the overlay, each at the printer's resolution. Resin and overlay are 1 bit.
struct PanelImages {
    QImage colour;  // RGB32, white where nothing is printed
    QImage resin;   // Mono: 1 = black resin
    QImage overlay; // Mono: 1 = overlay laid down
};

// How a text element's value is shown in its box: the size it shrank to and
// the text, ellipsised when even the smallest size does not fit.
struct FittedText {
    double sizePt = 0;
    QString text;
};

// Paints card faces with QPainter: into printer-resolution panel images, into
// a PDF or spooler page, or as an on-screen preview at any scale.
class FaceRenderer {
    Q_DECLARE_TR_FUNCTIONS(FaceRenderer)

public:
    static constexpr int kDefaultDpi = 300;

    explicit FaceRenderer(CardTemplate card);

    const CardTemplate &cardTemplate() const { return m_template; }

    // What binding does with images: decode them, cover-cropped and scaled
    // to their box at 300 dpi, or only check that each file is an image (its
    // header), which is what checking a whole batch before printing needs.
    // Skip looks at neither images nor barcodes: the quick first pass over a
    // whole file, so a bad last row of 100,000 is named in a moment.
    enum class Images { Decode, CheckOnly, Skip };

    // Binds the data. Every bound field must be present (MissingField naming
    // it); dates must be ISO (BadValue); the card number well-formed
    // (BadValue); the photo must be an image file: FileNotFound when there is
    // none, BadValue when it is not an image, FileUnreadable when the machine
    // refuses to read it, each naming the field. An image field found in
    // `imageBytes` is decoded from those bytes (a photo from the store)
    // instead of a file: no personal photo goes through a temporary file.
    Result<FaceContent> bind(const QHash<QString, QString> &fields, Images images = Images::Decode,
                             const QHash<QString, QByteArray> &imageBytes = {}) const;

    // The side's pixel size at `dpi` (1011 × 638 at 300 dpi).
    static QSize pixelSize(double dpi);

    // Paints the side onto a device whose coordinate system has `dpi` pixels
    // per inch, with (0,0) at the card's top-left corner. Resin elements are
    // painted black; the overlay is clear and not painted.
    void paint(QPainter &painter, double dpi, CardSide side, const FaceContent &content) const;

    // What the printed side looks like, as an RGB32 image at `dpi`.
    QImage render(CardSide side, const FaceContent &content, double dpi = kDefaultDpi) const;
    PanelImages panels(CardSide side, const FaceContent &content, double dpi = kDefaultDpi) const;
    // A screen preview `widthPx` wide: rounded corners, transparent outside.
    QImage preview(CardSide side, const FaceContent &content, int widthPx) const;

    // Shrinks in quarter points down to the element's smallest size until the
    // text fits its box on one line; then ellipsises at the smallest size.
    static FittedText fitText(const TemplateElement &element, const QString &text, double dpi);

private:
    void paintElements(QPainter &painter, double dpi, CardSide side, const FaceContent &content,
                       std::optional<RibbonPanel> only) const;

    CardTemplate m_template;
};

} // namespace cc
