#include "printing/proofprinter.h"

#include "printing/boundface.h"
#include "printing/logging.h"

#include <QDir>
#include <QFileInfo>

namespace cc {

ProofPrinter::ProofPrinter(QString directory, Format format, double dpi)
    : m_directory(std::move(directory))
    , m_format(format)
    , m_dpi(dpi) {}

QString ProofPrinter::name() const {
    return (m_format == Format::Pdf ? QStringLiteral("proof-pdf:") : QStringLiteral("proof:")) +
           m_directory;
}

PrinterStatus ProofPrinter::status() {
    const QFileInfo dir(m_directory);
    if (dir.isDir() && dir.isWritable())
        return {PrinterState::Ready, {}, std::nullopt};
    return {PrinterState::Offline, tr("The proof directory %1 is not writable.").arg(m_directory),
            ErrorCode::FileUnwritable};
}

Status ProofPrinter::parkAtEncoder() {
    return Error{ErrorCode::InvalidArgument, tr("A proof printer has no encoder station."), name()};
}

PrintJobRecord ProofPrinter::print(const CardFaceRequest &face) {
    PrintJobRecord job = PrintJobRecord::start(name(), face);
    const auto finish = [&](std::optional<Error> error) {
        job.finish(std::move(error));
        qCInfo(lcPrinting) << "proof job" << job.jobName << printJobOutcomeName(job.outcome);
        return job;
    };
    if (!QDir().mkpath(m_directory)) {
        return finish(
            Error{ErrorCode::FileUnwritable, tr("cannot create the proof directory"), m_directory});
    }
    Result<BoundFace> bound = BoundFace::bind(face);
    if (!bound)
        return finish(bound.error());
    if (m_format == Format::Png) {
        Result<QStringList> files = writeFacePngs(*bound, m_directory, m_dpi);
        if (!files)
            return finish(files.error());
        job.output = files->join(u';');
        return finish(std::nullopt);
    }
    const QString stem =
        bound->content.cardNumber.isEmpty() ? QStringLiteral("card") : bound->content.cardNumber;
    job.output =
        QDir(m_directory).filePath(QStringLiteral("citizencard-") + stem + QStringLiteral(".pdf"));
    PdfFaceWriter pdf(job.output, job.jobName);
    if (Status ok = pdf.add(*bound); !ok)
        return finish(ok.error());
    if (Status ok = pdf.finish(); !ok)
        return finish(ok.error());
    return finish(std::nullopt);
}

Status ProofPrinter::checkFace(const CardFaceRequest &face) {
    return BoundFace::check(face);
}

} // namespace cc
