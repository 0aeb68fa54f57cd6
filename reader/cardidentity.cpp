#include "reader/cardidentity.h"

namespace cc::reader {
Error cardRefused(const ApduResponse &response, const QString &what) {
    return Error{
        ErrorCode::CardRefused,
        QCoreApplication::translate("CardIdentity", "The card refused the command (status %1).")
            .arg(response.swText()),
        what};
}

CardKind CardIdentity::kindFromAtr(const QByteArray &atr) {
    // 3B 8F 80 01 80 4F 0C A0 00 00 03 06 SS NN NN 00 00 00 00 TCK
    static const QByteArray prefix = QByteArray::fromHex("3B8F8001804F0CA000000306");
    if (atr.size() != 20 || !atr.startsWith(prefix))
        return CardKind::Unknown;
    const int name = (quint8(atr[13]) << 8) | quint8(atr[14]);
    switch (name) {
    case 0x0001:
        return CardKind::MifareClassic1K;
    case 0x0002:
        return CardKind::MifareClassic4K;
    default:
        return CardKind::Unknown;
    }
}

CardKind CardIdentity::kindFromVersion(const QByteArray &version) {
    // Hardware: vendor 04 (NXP), type 01 (DESFire), subtype, major, minor, size, protocol.
    if (version.size() < 7 || quint8(version[0]) != 0x04 || quint8(version[1]) != 0x01)
        return CardKind::Unknown;
    const int major = quint8(version[3]);
    if (major == 0x01)
        return CardKind::DesfireEv1;
    if (major >= 0x10 && major < 0x30)
        return CardKind::DesfireEv2;
    if (major >= 0x30 && major < 0x40)
        return CardKind::DesfireEv3;
    return CardKind::Unknown;
}

Result<CardIdentity> CardIdentity::read(CardChannel &channel) {
    CardIdentity identity;
    Result<ApduResponse> uid = channel.transmit(Apdu{0xFF, 0xCA, 0x00, 0x00, {}, 0, true, false});
    if (!uid)
        return uid.error();
    if (!uid->isSuccess() || uid->data.isEmpty())
        return cardRefused(uid.value(),
                           QCoreApplication::translate("CardIdentity", "reading the UID"));
    identity.uid = uid->data;

    identity.kind = kindFromAtr(channel.atr());
    if (identity.kind != CardKind::Unknown)
        return identity;

    // ISO 14443-4: ask DESFire GET VERSION (three frames, 7 + 7 + 14 bytes).
    Apdu command = Apdu::desfire(0x60);
    command.repeatable = true;
    for (int frame = 0; frame < 3; ++frame) {
        Result<ApduResponse> part = channel.transmit(command);
        if (!part)
            return part.error();
        if (part->sw1() != 0x91 || (part->sw2() != 0xAF && part->sw2() != 0x00))
            return identity; // not a DESFire: kind stays Unknown
        identity.version += part->data;
        if (part->sw2() == 0x00)
            break;
        command = Apdu::desfire(0xAF); // a continuation: not repeatable after a reset
    }
    identity.kind = kindFromVersion(identity.version);
    return identity;
}

} // namespace cc::reader
