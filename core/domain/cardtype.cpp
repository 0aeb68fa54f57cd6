#include "core/domain/cardtype.h"

namespace cc {

QString CardTypes::code(CardType type) {
    switch (type) {
    case CardType::General:
        return QStringLiteral("general");
    case CardType::Student:
        return QStringLiteral("student");
    case CardType::Senior:
        return QStringLiteral("senior");
    case CardType::Disability:
        return QStringLiteral("disability");
    case CardType::Companion:
        return QStringLiteral("companion");
    }
    return {};
}

std::optional<CardType> CardTypes::fromCode(QStringView code) {
    for (CardType type : kAllCardTypes) {
        if (CardTypes::code(type) == code)
            return type;
    }
    return std::nullopt;
}

QString CardTypes::displayName(CardType type) {
    switch (type) {
    case CardType::General:
        return tr("General card");
    case CardType::Student:
        return tr("Student card");
    case CardType::Senior:
        return tr("Senior card");
    case CardType::Disability:
        return tr("Disability card");
    case CardType::Companion:
        return tr("Companion card");
    }
    return {};
}

} // namespace cc
