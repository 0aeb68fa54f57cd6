#include "printing/boundface.h"

#include "printing/defaulttemplates.h"

#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace cc {

Result<BoundFace> BoundFace::bind(const CardFaceRequest &request, FaceRenderer::Images images) {
    Result<FaceRenderer> renderer = rendererFor(request);
    if (!renderer)
        return renderer.error();
    Result<FaceContent> content = renderer->bind(request.fields, images, request.images);
    if (!content)
        return content.error();
    return BoundFace{*std::move(renderer), *std::move(content)};
}

Result<FaceRenderer> BoundFace::rendererFor(const CardFaceRequest &request) {
    std::optional<CardTemplate> card;
    if (!request.templatePath.isEmpty()) {
        Result<CardTemplate> loaded = CardTemplate::load(request.templatePath);
        if (!loaded)
            return loaded.error();
        card = *std::move(loaded);
    } else {
        const std::optional<CardType> type = CardTypes::fromCode(request.cardType);
        const std::optional<Carrier> carrier = Carriers::fromCode(request.carrier);
        if (!type) {
            return Error{ErrorCode::BadValue,
                         PdfFaceWriter::tr("unknown card type \"%1\"").arg(request.cardType),
                         QStringLiteral("type")};
        }
        if (!carrier) {
            return Error{ErrorCode::BadValue,
                         PdfFaceWriter::tr("unknown carrier \"%1\"").arg(request.carrier),
                         QStringLiteral("carrier")};
        }
        card = DefaultTemplates::get(*type, *carrier);
    }
    return FaceRenderer(*std::move(card));
}

QPageLayout id1PageLayout() {
    const QPageSize id1(QSizeF(CardTemplate::kWidthMm, CardTemplate::kHeightMm),
                        QPageSize::Millimeter, QStringLiteral("ID-1 (CR80)"),
                        QPageSize::ExactMatch);
    return QPageLayout(id1, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

struct PdfFaceWriter::State {
    QString path;
    QSaveFile file;
    std::unique_ptr<QPdfWriter> writer;
    std::unique_ptr<QPainter> painter;
    bool first = true;
};

PdfFaceWriter::PdfFaceWriter(const QString &path, const QString &title)
    : m_state(std::make_unique<State>()) {
    m_state->path = path;
    m_state->file.setFileName(path);
    if (!m_state->file.open(QIODevice::WriteOnly))
        return;
    m_state->writer = std::make_unique<QPdfWriter>(&m_state->file);
    m_state->writer->setResolution(FaceRenderer::kDefaultDpi);
    m_state->writer->setPageLayout(id1PageLayout());
    m_state->writer->setTitle(title);
    m_state->writer->setCreator(QStringLiteral("citizencard"));
}

PdfFaceWriter::~PdfFaceWriter() = default;

Status PdfFaceWriter::add(const BoundFace &face) {
    if (!m_state->writer) {
        return Error{ErrorCode::FileUnwritable,
                     tr("cannot write the PDF: %1").arg(m_state->file.errorString()),
                     m_state->path};
    }
    if (!m_state->painter) {
        m_state->painter = std::make_unique<QPainter>(m_state->writer.get());
        m_state->painter->setRenderHint(QPainter::Antialiasing);
        m_state->painter->setRenderHint(QPainter::SmoothPixmapTransform);
    }
    for (CardSide side : {CardSide::Front, CardSide::Back}) {
        if (!m_state->first)
            m_state->writer->newPage();
        m_state->first = false;
        face.renderer.paint(*m_state->painter, FaceRenderer::kDefaultDpi, side, face.content);
    }
    return Done{};
}

Status PdfFaceWriter::finish() {
    if (!m_state->writer || !m_state->painter) {
        return Error{ErrorCode::FileUnwritable,
                     m_state->writer ? tr("no card to write") : m_state->file.errorString(),
                     m_state->path};
    }
    m_state->painter->end();
    m_state->painter.reset();
    m_state->writer.reset();
    if (!m_state->file.commit()) {
        return Error{ErrorCode::FileUnwritable,
                     tr("cannot write the PDF: %1").arg(m_state->file.errorString()),
                     m_state->path};
    }
    return Done{};
}

Result<QStringList> writeFacePngs(const BoundFace &face, const QString &directory, double dpi) {
    QStringList written;
    const QString stem =
        face.content.cardNumber.isEmpty() ? QStringLiteral("card") : face.content.cardNumber;
    for (auto [side, suffix] :
         {std::pair{CardSide::Front, "front"}, std::pair{CardSide::Back, "back"}}) {
        const QString path =
            QDir(directory).filePath(stem + u'-' + QLatin1String(suffix) + QStringLiteral(".png"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            !face.renderer.render(side, face.content, dpi).save(&file, "PNG") || !file.commit()) {
            return Error{ErrorCode::FileUnwritable,
                         PdfFaceWriter::tr("cannot write the image: %1").arg(file.errorString()),
                         path};
        }
        written.append(path);
    }
    return written;
}

Status BoundFace::check(const CardFaceRequest &request) {
    Result<BoundFace> bound = bind(request);
    if (!bound)
        return bound.error();
    return Done{};
}

} // namespace cc
