#include "core/domain/issuancestep.h"

namespace cc {
namespace {

constexpr IssuanceStep kSteps[] = {IssuanceStep::Requested, IssuanceStep::Encoding,
                                   IssuanceStep::Encoded,   IssuanceStep::Printing,
                                   IssuanceStep::Printed,   IssuanceStep::Issued,
                                   IssuanceStep::Spoiled,   IssuanceStep::Cancelled};

} // namespace

QString issuanceStepName(IssuanceStep step) {
    switch (step) {
    case IssuanceStep::Requested:
        return QStringLiteral("requested");
    case IssuanceStep::Encoding:
        return QStringLiteral("encoding");
    case IssuanceStep::Encoded:
        return QStringLiteral("encoded");
    case IssuanceStep::Printing:
        return QStringLiteral("printing");
    case IssuanceStep::Printed:
        return QStringLiteral("printed");
    case IssuanceStep::Issued:
        return QStringLiteral("issued");
    case IssuanceStep::Spoiled:
        return QStringLiteral("spoiled");
    case IssuanceStep::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<IssuanceStep> issuanceStepFromName(QStringView name) {
    for (IssuanceStep s : kSteps)
        if (issuanceStepName(s) == name)
            return s;
    return std::nullopt;
}

} // namespace cc
