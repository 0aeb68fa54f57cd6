#include "core/ports/cardprinter.h"

#include "core/ports/cardface.h"

namespace cc {

PrintJobRecord PrintJobRecord::start(const QString &printer, const CardFaceRequest &face) {
    PrintJobRecord job;
    job.printer = printer;
    job.started = QDateTime::currentDateTimeUtc();
    job.cardNumber = face.fields.value(FaceFields::kCardNumber);
    job.jobName = QStringLiteral("citizencard-") + job.cardNumber;
    return job;
}

void PrintJobRecord::finish(std::optional<Error> failure) {
    error = std::move(failure);
    outcome = error ? PrintJobOutcome::Failed : PrintJobOutcome::Printed;
    finished = QDateTime::currentDateTimeUtc();
}

QString printerStateName(PrinterState state) {
    switch (state) {
    case PrinterState::Ready:
        return QStringLiteral("ready");
    case PrinterState::Busy:
        return QStringLiteral("busy");
    case PrinterState::CardAtEncoder:
        return QStringLiteral("card-at-encoder");
    case PrinterState::Error:
        return QStringLiteral("error");
    case PrinterState::Offline:
        break;
    }
    return QStringLiteral("offline");
}

QString printJobOutcomeName(PrintJobOutcome outcome) {
    switch (outcome) {
    case PrintJobOutcome::Printed:
        return QStringLiteral("printed");
    case PrintJobOutcome::Rejected:
        return QStringLiteral("rejected");
    case PrintJobOutcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

} // namespace cc
