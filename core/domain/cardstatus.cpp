#include "core/domain/cardstatus.h"

namespace cc {

bool cardAllows(const CardState &state, CardAction action, std::optional<ReplacementReason> why) {
    const bool active = state.status == u"active";
    const bool reportedLost = state.status == u"blocked" && state.statusReason == u"lost";
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
        return state.status == u"active" || state.status == u"blocked";
    }
    return false;
}

} // namespace cc
