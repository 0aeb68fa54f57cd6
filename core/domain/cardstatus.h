#pragma once

#include "core/domain/states.h"

#include <optional>

namespace cc {

// Why a card is replaced: a lost card is blocked at once, a damaged one on
// hand-over of the new card; the fee differs (EligibilityPolicy::Fees).
enum class ReplacementReason { Lost, Damaged };

// Why a card is cancelled for good.
enum class CancellationReason { Death, MovedAway };

// A card's state as the store holds it.
struct CardState {
    CardStatus status = CardStatus::Active;
    StatusReason reason = StatusReason::None;
    bool replaced = false; // a newer card replaces it
};

// How a card's state reads on screen and in messages: "active", "blocked
// (lost)", "cancelled (moved away)", in the operator's language.
QString cardStateText(const CardState &state);

// The counter's transactions on a card.
enum class CardAction { ReportLost, Replace, Convert, Cancel, Reprint };

// Whether `action` may be taken on a card in `state` (docs/domain.md): an
// active card may be reported lost, replaced, converted, cancelled or have
// its face reprinted; a card reported lost may still be replaced, as lost;
// a blocked card may be cancelled; a card already replaced is replaced or
// converted no more. For a replacement, `why` narrows it to one reason
// (none: either).
bool cardAllows(const CardState &state, CardAction action,
                std::optional<ReplacementReason> why = std::nullopt);

} // namespace cc
