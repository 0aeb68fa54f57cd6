#pragma once

#include "core/cardtype.h"
#include "core/carrier.h"
#include "core/result.h"
#include "printing/cardtemplate.h"

namespace cc {

// The shipped card faces: one per card type and carrier. Each carrier has one
// layout (resources/templates/<carrier>.json) filled in with the type's names
// and colour.
class DefaultTemplates {
public:
    static QByteArray json(CardType type, Carrier carrier);
    static CardTemplate get(CardType type, Carrier carrier);
};

} // namespace cc
