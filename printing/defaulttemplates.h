#pragma once

#include "core/domain/cardtype.h"
#include "core/domain/carrier.h"
#include "core/domain/result.h"
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
