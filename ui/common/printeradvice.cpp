#include "ui/common/printeradvice.h"

namespace cc {

QString PrinterAdvice::forFault(ErrorCode code) {
    switch (code) {
    case ErrorCode::RibbonOut:
        return tr("Change the ribbon.");
    case ErrorCode::FeederEmpty:
        return tr("Load blank cards into the feeder.");
    case ErrorCode::CardJam:
        return tr("Open the cover, take out the stuck card, put it aside for destruction and "
                  "close the cover.");
    case ErrorCode::CoverOpen:
        return tr("Close the printer's cover.");
    default:
        return {};
    }
}

} // namespace cc
