#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace cc {

// The steps of one card production attempt (docs/issuance.md, "The
// workflow"); Issued, Spoiled and Cancelled are ends. Cancelled means no blank
// card was taken; Spoiled means one was, and it is counted as spoiled stock.
// Stored as its name in production_attempts.state.
enum class IssuanceStep {
    Requested,
    Encoding,
    Encoded,
    Printing,
    Printed,
    Issued,
    Spoiled,
    Cancelled
};

QString issuanceStepName(IssuanceStep step); // "requested", "encoding", …
std::optional<IssuanceStep> issuanceStepFromName(QStringView name);

} // namespace cc
