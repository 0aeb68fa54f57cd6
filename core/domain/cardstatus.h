#pragma once

#include <QString>

#include <optional>

namespace cc {

// Why a card is replaced: a lost card is blocked at once, a damaged one on
// hand-over of the new card; the fee differs (EligibilityPolicy::Fees).
enum class ReplacementReason { Lost, Damaged };

// Why a card is cancelled for good.
enum class CancellationReason { Death, MovedAway };

// A card's state as the store holds it.
struct CardState {
    QString status;        // active, blocked, cancelled
    QString statusReason;  // lost, replaced, converted, death, moved-away
    bool replaced = false; // a newer card replaces it
};

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
