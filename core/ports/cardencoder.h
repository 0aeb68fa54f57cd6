#pragma once

#include "core/domain/chiprecord.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cc {

// What a reader found on the card (from its ATR and, for DESFire, GET VERSION).
enum class CardKind {
    Unknown,
    MifareClassic1K,
    MifareClassic4K,
    DesfireEv1,
    DesfireEv2,
    DesfireEv3,
};

// How far a chip has come: nothing of ours, part of a personalisation (a torn
// write, keys not yet changed), or a complete record that verifies.
enum class ChipState { Blank, Incomplete, Personalised };

struct ChipReading {
    QByteArray uid;
    CardKind kind = CardKind::Unknown;
    ChipState state = ChipState::Blank;
    std::optional<ChipRecord> record; // set when state == Personalised
    QString detail;                   // why a chip is Incomplete, for the operator
};

struct EncodeResult {
    QByteArray uid;
    CardKind kind = CardKind::Unknown;
    QString profile; // "desfire" or "classic"
    ChipRecord written;
    QString writtenWhere; // e.g. "application F0C1C1, backup file 1" or "sector 1"
    ChipReading readBack; // the verification after writing; Personalised on success
    int apduCount = 0;
};

// Core's view of an NFC card encoder: the reader library implements it. Calls
// block until the card answers; run them off the GUI thread. Every failure is a
// named error (NoCard, CardRemoved, WrongCardKind, WrongCardKey,
// CardAlreadyPersonalised, VerifyFailed, …).
class CardEncoder {
public:
    virtual ~CardEncoder() = default;

    virtual Result<QByteArray> readUid() = 0;
    // Writes `record` and reads it back. A card that already verifies as
    // personalised is refused unless `overwrite`; an incomplete one is redone.
    virtual Result<EncodeResult> personalise(const ChipRecord &record, bool overwrite) = 0;
    virtual Result<ChipReading> verify() = 0;
};

QString cardKindName(CardKind kind);    // "mifare-classic-1k", "desfire-ev2", …
QString chipStateName(ChipState state); // "blank", "incomplete", "personalised"

} // namespace cc
