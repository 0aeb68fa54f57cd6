#include "core/cardprinter.h"

namespace cc {

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
