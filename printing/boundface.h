#pragma once

#include "core/ports/cardprinter.h"
#include "printing/facerenderer.h"

#include <QPageLayout>

namespace cc {

// A card face request resolved to its template and bound to its data.
struct BoundFace {
    FaceRenderer renderer;
    FaceContent content;

    // The template is `request.templatePath` when set, else the shipped
    // default for the request's card type and carrier.
    static Result<BoundFace> bind(const CardFaceRequest &request,
                                  FaceRenderer::Images images = FaceRenderer::Images::Decode);
    // The request's template alone (errors name the template, not a row).
    static Result<FaceRenderer> rendererFor(const CardFaceRequest &request);
    // bind() without keeping the result: what CardPrinter::checkFace answers.
    static Status check(const CardFaceRequest &request);
};

// Writes card faces into one PDF: an ID-1 page per side, edge to edge, vector
// text and barcodes, images at their own resolution.
class PdfFaceWriter {
    Q_DECLARE_TR_FUNCTIONS(PdfFaceWriter)

public:
    explicit PdfFaceWriter(const QString &path, const QString &title = {});
    ~PdfFaceWriter();
    PdfFaceWriter(const PdfFaceWriter &) = delete;
    PdfFaceWriter &operator=(const PdfFaceWriter &) = delete;

    Status add(const BoundFace &face);
    Status finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// The ID-1 page (85.60 × 53.98 mm) with no margins, for PDF and spooler output.
QPageLayout id1PageLayout();

// Writes a face's two sides as "<card number>-front.png" and "-back.png".
Result<QStringList> writeFacePngs(const BoundFace &face, const QString &directory, double dpi);

} // namespace cc
