#include "core/domain/issuancestep.h"

#include "core/domain/codes.h"

namespace cc {
namespace {

constexpr CodeOf<IssuanceStep> kSteps[] = {
    {IssuanceStep::Requested, u"requested"}, {IssuanceStep::Encoding, u"encoding"},
    {IssuanceStep::Encoded, u"encoded"},     {IssuanceStep::Printing, u"printing"},
    {IssuanceStep::Printed, u"printed"},     {IssuanceStep::Issued, u"issued"},
    {IssuanceStep::Spoiled, u"spoiled"},     {IssuanceStep::Cancelled, u"cancelled"}};

} // namespace

QString issuanceStepName(IssuanceStep step) {
    return codeIn(kSteps, step);
}

std::optional<IssuanceStep> issuanceStepFromName(QStringView name) {
    return valueIn(kSteps, name);
}

} // namespace cc
