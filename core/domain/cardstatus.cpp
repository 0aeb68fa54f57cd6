#include "core/domain/cardstatus.h"

#include <QCoreApplication>

namespace cc {
namespace {

QString reasonText(StatusReason reason) {
    switch (reason) {
    case StatusReason::None:
        return {};
    case StatusReason::Lost:
        return QCoreApplication::translate("CardState", "lost");
    case StatusReason::Replaced:
        return QCoreApplication::translate("CardState", "replaced");
    case StatusReason::Converted:
        return QCoreApplication::translate("CardState", "converted");
    case StatusReason::Death:
        return QCoreApplication::translate("CardState", "death");
    case StatusReason::MovedAway:
        return QCoreApplication::translate("CardState", "moved away");
    }
    return {};
}

} // namespace

QString cardStateText(const CardState &state) {
    switch (state.status) {
    case CardStatus::Active:
        return QCoreApplication::translate("CardState", "active");
    case CardStatus::Blocked:
        return QCoreApplication::translate("CardState", "blocked (%1)")
            .arg(reasonText(state.reason));
    case CardStatus::Cancelled:
        return QCoreApplication::translate("CardState", "cancelled (%1)")
            .arg(reasonText(state.reason));
    }
    return {};
}

bool cardAllows(const CardState &state, CardAction action, std::optional<ReplacementReason> why) {
    const bool active = state.status == CardStatus::Active;
    const bool reportedLost =
        state.status == CardStatus::Blocked && state.reason == StatusReason::Lost;
    switch (action) {
    case CardAction::ReportLost:
    case CardAction::Reprint:
        return active;
    case CardAction::Replace:
        return !state.replaced &&
               (active ||
                (reportedLost && why.value_or(ReplacementReason::Lost) == ReplacementReason::Lost));
    case CardAction::Convert:
        return active && !state.replaced;
    case CardAction::Cancel:
        return state.status != CardStatus::Cancelled;
    }
    return false;
}

} // namespace cc
