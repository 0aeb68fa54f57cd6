#include "printing/spoolerprinter.h"

#include "printing/boundface.h"
#include "printing/logging.h"

#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QUuid>

namespace cc {

SpoolerPrinter::SpoolerPrinter(QString queue)
    : m_queue(std::move(queue)) {}

QStringList SpoolerPrinter::queues() {
    return QPrinterInfo::availablePrinterNames();
}

PrinterStatus SpoolerPrinter::status() {
    const QPrinterInfo info = QPrinterInfo::printerInfo(m_queue);
    if (info.isNull()) {
        return {PrinterState::Offline, tr("The print queue %1 does not exist.").arg(m_queue),
                ErrorCode::DeviceNotFound};
    }
    switch (info.state()) {
    case QPrinter::Idle:
        return {PrinterState::Ready, {}, std::nullopt};
    case QPrinter::Active:
        return {PrinterState::Busy, tr("Printing."), std::nullopt};
    case QPrinter::Aborted:
    case QPrinter::Error:
        break;
    }
    return {PrinterState::Error,
            tr("The print queue %1 reports an error or is stopped.").arg(m_queue),
            ErrorCode::DeviceFailed};
}

Status SpoolerPrinter::parkAtEncoder() {
    return Error{ErrorCode::InvalidArgument,
                 tr("A printer behind the print queue cannot hold a card at an encoder."), m_queue};
}

PrintJobRecord SpoolerPrinter::print(const CardFaceRequest &face) {
    PrintJobRecord job = PrintJobRecord::start(m_queue, face);
    // QPrinter does not report the spooler's job id: a unique document name
    // is what finds the job in the queue afterwards.
    job.jobName += u'-' + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const auto finish = [&](std::optional<Error> error) {
        job.finish(std::move(error));
        qCInfo(lcPrinting) << "spooler job" << job.jobName << printJobOutcomeName(job.outcome);
        return job;
    };

    const QPrinterInfo info = QPrinterInfo::printerInfo(m_queue);
    if (info.isNull()) {
        return finish(Error{ErrorCode::DeviceNotFound,
                            tr("The print queue %1 does not exist.").arg(m_queue), m_queue});
    }
    Result<BoundFace> bound = BoundFace::bind(face);
    if (!bound)
        return finish(bound.error());

    QPrinter printer(info, QPrinter::HighResolution);
    printer.setDocName(job.jobName);
    printer.setFullPage(true);
    printer.setColorMode(QPrinter::Color);
    if (!printer.setPageLayout(id1PageLayout())) {
        return finish(Error{ErrorCode::DeviceFailed,
                            tr("The print queue %1 refuses the ID-1 page size.").arg(m_queue),
                            m_queue});
    }
    QPainter painter;
    if (!painter.begin(&printer)) {
        return finish(Error{ErrorCode::DeviceFailed,
                            tr("The print queue %1 does not accept the job.").arg(m_queue),
                            m_queue});
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const double dpi = printer.resolution();
    bound->renderer.paint(painter, dpi, CardSide::Front, bound->content);
    printer.newPage();
    bound->renderer.paint(painter, dpi, CardSide::Back, bound->content);
    if (!painter.end()) {
        return finish(Error{ErrorCode::DeviceFailed,
                            tr("The print queue %1 failed the job.").arg(m_queue), m_queue});
    }
    return finish(std::nullopt);
}

Status SpoolerPrinter::checkFace(const CardFaceRequest &face) {
    return BoundFace::check(face);
}

} // namespace cc
