#include "core/ports/cardencoder.h"

namespace cc {

QString cardKindName(CardKind kind) {
    switch (kind) {
    case CardKind::MifareClassic1K:
        return QStringLiteral("mifare-classic-1k");
    case CardKind::MifareClassic4K:
        return QStringLiteral("mifare-classic-4k");
    case CardKind::DesfireEv1:
        return QStringLiteral("desfire-ev1");
    case CardKind::DesfireEv2:
        return QStringLiteral("desfire-ev2");
    case CardKind::DesfireEv3:
        return QStringLiteral("desfire-ev3");
    case CardKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString chipStateName(ChipState state) {
    switch (state) {
    case ChipState::Blank:
        return QStringLiteral("blank");
    case ChipState::Incomplete:
        return QStringLiteral("incomplete");
    case ChipState::Personalised:
        return QStringLiteral("personalised");
    }
    return {};
}

} // namespace cc
