#include "tools/virtual-card/virtualcard.h"

#include "core/crypto/crypto.h"

namespace cc::tools {

QByteArray withStatus(const QByteArray &data, quint16 sw) {
    return data + char(sw >> 8) + char(sw & 0xFF);
}

std::unique_ptr<VirtualCard> VirtualCard::create(const QString &type, const QByteArray &uid) {
    if (type == u"desfire-ev1")
        return makeDesfire(0x01, uid);
    if (type == u"desfire-ev2")
        return makeDesfire(0x12, uid);
    if (type == u"desfire-ev3")
        return makeDesfire(0x33, uid);
    if (type == u"classic-1k")
        return makeClassic(false, uid);
    if (type == u"classic-4k")
        return makeClassic(true, uid);
    return nullptr;
}

std::unique_ptr<VirtualCard> VirtualCard::fromJson(const QJsonObject &state) {
    const QString type = state.value(QStringLiteral("type")).toString();
    if (type.startsWith(u"desfire"))
        return desfireFromJson(state);
    if (type.startsWith(u"classic"))
        return classicFromJson(state);
    return nullptr;
}

} // namespace cc::tools
