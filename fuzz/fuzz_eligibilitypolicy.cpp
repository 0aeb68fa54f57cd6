// A city's eligibility policy file (core/eligibilitypolicy.*), over the shipped
// defaults; a policy that parses must survive toJson() and parse again.
#include "fuzz/fuzzsupport.h"

#include "core/domain/eligibilitypolicy.h"
#include "core/domain/jsonfields.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    cc::fuzz::ensureApplication();
    static const cc::EligibilityPolicy defaults = cc::EligibilityPolicy::defaults();
    const cc::Result<QJsonObject> json = cc::JsonFields::parseObject(cc::fuzz::bytesOf(data, size));
    if (!json)
        return 0;
    const cc::Result<cc::EligibilityPolicy> policy =
        cc::EligibilityPolicy::fromJson(json.value(), defaults);
    if (!policy) {
        (void)policy.error().toString();
        return 0;
    }
    const QJsonObject written = policy->toJson();
    const cc::Result<cc::EligibilityPolicy> again =
        cc::EligibilityPolicy::fromJson(written, defaults);
    if (!again || again->toJson() != written)
        std::abort();
    return 0;
}
