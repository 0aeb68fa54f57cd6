#include "reader/chipprofile.h"

namespace cc::reader {

std::unique_ptr<ChipProfile> ChipProfile::byName(const QString &name) {
    if (name == u"desfire")
        return std::make_unique<DesfireProfile>();
    if (name == u"classic")
        return std::make_unique<ClassicProfile>();
    return nullptr;
}

std::unique_ptr<ChipProfile> ChipProfile::forKind(CardKind kind) {
    for (const QString &name : {QStringLiteral("desfire"), QStringLiteral("classic")}) {
        std::unique_ptr<ChipProfile> profile = byName(name);
        if (profile->accepts(kind))
            return profile;
    }
    return nullptr;
}

Error wrongCardKind(const CardIdentity &card, const QString &profile) {
    return Error{ErrorCode::WrongCardKind,
                 QCoreApplication::translate("ChipProfile",
                                             "This card is %1; the %2 profile cannot write it. "
                                             "Use a card of the right kind.")
                     .arg(cardKindName(card.kind), profile),
                 QString::fromLatin1(card.uid.toHex().toUpper())};
}

Result<EncodeResult> ChipProfile::personalise(CardChannel &channel, const CardIdentity &card,
                                              const KeyProvider &keys, const ChipRecord &record,
                                              bool overwrite) const {
    const QString uid = QString::fromLatin1(card.uid.toHex().toUpper());
    if (!accepts(card.kind))
        return wrongCardKind(card, name());
    Result<ChipReading> before = inspect(channel, card, keys);
    if (!before)
        return before.error();
    if (before->state == ChipState::Personalised && !overwrite)
        return Error{ErrorCode::CardAlreadyPersonalised,
                     QCoreApplication::translate("ChipProfile",
                                                 "This card already carries card number %1. "
                                                 "Re-personalising it needs an explicit overwrite.")
                         .arg(before->record->cardNumber),
                     uid};
    Result<QString> where = write(channel, card, keys, record, before.value());
    if (!where)
        return where.error();
    Result<ChipReading> after = inspect(channel, card, keys);
    if (!after)
        return after.error();
    if (after->state != ChipState::Personalised || after->record != record)
        return Error{
            ErrorCode::VerifyFailed,
            QCoreApplication::translate(
                "ChipProfile", "Reading the card back did not give the record just written: %1")
                .arg(after->detail),
            uid};
    return EncodeResult{card.uid,      card.kind,          name(), record, where.value(),
                        after.value(), channel.apduCount()};
}

} // namespace cc::reader
