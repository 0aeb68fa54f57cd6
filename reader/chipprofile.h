#pragma once

#include "core/domain/result.h"
#include "core/ports/cardencoder.h"
#include "reader/cardchannel.h"
#include "reader/cardidentity.h"
#include "reader/keyprovider.h"

#include <QCoreApplication>

#include <memory>

namespace cc::reader {

// One way of laying the city record onto a chip. Runs on the reader thread
// with the card connected.
class ChipProfile {
public:
    virtual ~ChipProfile() = default;
    virtual QString name() const = 0; // "desfire", "classic"
    virtual bool accepts(CardKind kind) const = 0;

    // Reads the card and says how far it has come (ChipState); WrongCardKey
    // when its keys are neither blank nor derived from `keys`.
    virtual Result<ChipReading> inspect(CardChannel &channel, const CardIdentity &card,
                                        const KeyProvider &keys) const = 0;
    // Writes `record` and verifies it by reading it back. A card that already
    // verifies is refused unless `overwrite`; an incomplete one is written again.
    Result<EncodeResult> personalise(CardChannel &channel, const CardIdentity &card,
                                     const KeyProvider &keys, const ChipRecord &record,
                                     bool overwrite) const;

    static std::unique_ptr<ChipProfile> byName(const QString &name); // nullptr if unknown
    static std::unique_ptr<ChipProfile> forKind(CardKind kind);      // nullptr if none fits

protected:
    // Lays `record` onto a card of an accepted kind that inspect() found in
    // state `before` (never Personalised unless overwriting); returns where.
    virtual Result<QString> write(CardChannel &channel, const CardIdentity &card,
                                  const KeyProvider &keys, const ChipRecord &record,
                                  const ChipReading &before) const = 0;
};

class DesfireProfile final : public ChipProfile {
    Q_DECLARE_TR_FUNCTIONS(DesfireProfile)

public:
    static constexpr quint8 kRecordFile = 0x01;
    static constexpr quint8 kKeyVersion = 0x01;

    QString name() const override { return QStringLiteral("desfire"); }
    bool accepts(CardKind kind) const override;
    Result<ChipReading> inspect(CardChannel &channel, const CardIdentity &card,
                                const KeyProvider &keys) const override;

protected:
    Result<QString> write(CardChannel &channel, const CardIdentity &card, const KeyProvider &keys,
                          const ChipRecord &record, const ChipReading &before) const override;
};

class ClassicProfile final : public ChipProfile {
    Q_DECLARE_TR_FUNCTIONS(ClassicProfile)

public:
    // Access bits of the city sector: data blocks read with A or B, written
    // with B (C1C2C3 = 100); trailer keys and access bits written with B (011).
    static QByteArray accessBits();   // 78 77 88 69
    static QByteArray transportKey(); // FF FF FF FF FF FF

    QString name() const override { return QStringLiteral("classic"); }
    bool accepts(CardKind kind) const override;
    Result<ChipReading> inspect(CardChannel &channel, const CardIdentity &card,
                                const KeyProvider &keys) const override;

protected:
    Result<QString> write(CardChannel &channel, const CardIdentity &card, const KeyProvider &keys,
                          const ChipRecord &record, const ChipReading &before) const override;
};

Error wrongCardKind(const CardIdentity &card, const QString &profile);

} // namespace cc::reader
