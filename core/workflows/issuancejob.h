#pragma once

// Private to the issuance workflow's sources (issuance.cpp, reprint.cpp).
#include "core/domain/cardtype.h"
#include "core/domain/chiprecord.h"
#include "core/ports/cardprinter.h"
#include "core/workflows/issuance.h"

namespace cc {

// Everything one attempt needs, loaded from the store: what to write on the
// chip and what to print on the face.
struct Issuance::Job {
    ProductionAttempt attempt;
    IssuanceStep step = IssuanceStep::Requested;
    CardType type = CardType::General;
    QDate issued;
    QDate expires; // invalid: no expiry
    QString replaces;
    QString kind;
    ChipRecord record;
    CardFaceRequest face;
    QByteArray uid;
    bool cardAtEncoder = false; // recovery found the card parked
    bool confirmChipFirst = false;
    QString faceOutput;
};

} // namespace cc
