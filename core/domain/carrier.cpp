#include "core/domain/carrier.h"

namespace cc {

QString Carriers::code(Carrier carrier) {
    return carrier == Carrier::EasyCard ? QStringLiteral("easycard") : QStringLiteral("ipass");
}

std::optional<Carrier> Carriers::fromCode(const QString &code) {
    for (Carrier c : {Carrier::EasyCard, Carrier::IPass})
        if (Carriers::code(c) == code)
            return c;
    return std::nullopt;
}

QString Carriers::displayName(Carrier carrier) {
    return carrier == Carrier::EasyCard ? tr("EasyCard") : tr("iPASS");
}

} // namespace cc
