#pragma once

namespace cc {

// Why a card is replaced: a lost card is blocked at once, a damaged one on
// hand-over of the new card; the fee differs (EligibilityPolicy::Fees).
enum class ReplacementReason { Lost, Damaged };

// Why a card is cancelled for good.
enum class CancellationReason { Death, MovedAway };

} // namespace cc
