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

Error alreadyPersonalised(const ChipReading &reading) {
    return Error{ErrorCode::CardAlreadyPersonalised,
                 QCoreApplication::translate("ChipProfile",
                                             "This card already carries card number %1. "
                                             "Re-personalising it needs an explicit overwrite.")
                     .arg(reading.record ? reading.record->cardNumber : QString()),
                 QString::fromLatin1(reading.uid.toHex().toUpper())};
}

} // namespace cc::reader
