#include "printing/defaulttemplates.h"

#include <QFile>

namespace cc {

namespace {

struct TypeFace {
    const char *zh;
    const char *en;
    const char *accent;
};

// The card face always shows both languages, whatever the operator's language.
TypeFace faceOf(CardType type) {
    switch (type) {
    case CardType::General:
        return {"一般卡", "General Card", "#1f6fb2"};
    case CardType::Student:
        return {"學生卡", "Student Card", "#2e8b57"};
    case CardType::Senior:
        return {"敬老卡", "Senior Card", "#b03a2e"};
    case CardType::Disability:
        return {"愛心卡", "Disability Card", "#7d3c98"};
    case CardType::Companion:
        break;
    }
    return {"愛心陪伴卡", "Companion Card", "#ca6f1e"};
}

} // namespace

QByteArray DefaultTemplates::json(CardType type, Carrier carrier) {
    QFile file(QStringLiteral(":/citizencard/templates/%1.json").arg(Carriers::code(carrier)));
    (void)file.open(QIODevice::ReadOnly);
    const TypeFace face = faceOf(type);
    return file.readAll()
        .replace("{type}", CardTypes::code(type).toUtf8())
        .replace("{typeZh}", face.zh)
        .replace("{typeEn}", face.en)
        .replace("{accent}", face.accent);
}

CardTemplate DefaultTemplates::get(CardType type, Carrier carrier) {
    // The shipped templates are parsed by tst_defaulttemplates for every
    // type and carrier, so this cannot fail in a tested build.
    return *CardTemplate::parse(json(type, carrier), QStringLiteral(":/citizencard/templates"));
}

} // namespace cc
