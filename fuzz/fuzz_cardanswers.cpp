// What a card answers (reader/cardchannel.*, cardidentity.*, desfirecommands.*,
// the DESFire and Classic profiles): the real CardChannel runs over a fake
// PC/SC library defined here, whose card plays back the input. The input is
// length-prefixed chunks: the ATR, then one answer per SCardTransmit. An empty
// chunk is "another program reset the card" (SCARD_W_RESET_CARD). Once the
// input is used up the card repeats its last answer, as a stuck card would.
#include "fuzz/fuzzsupport.h"

#include "reader/cardidentity.h"
#include "reader/chipprofile.h"
#include "reader/desfirecommands.h"

#include <PCSC/winscard.h>
#include <algorithm>
#include <cstring>

namespace {

cc::fuzz::ChunkReader *g_card = nullptr;
QByteArray g_atr;
QByteArray g_last = QByteArray::fromHex("6F00");

class FixedKeys final : public cc::reader::KeyProvider {
public:
    const cc::reader::CardKeySettings &settings() const override { return m_settings; }
    cc::Result<cc::SecretKey> cardKey(cc::reader::KeyPurpose purpose,
                                      QByteArrayView) const override {
        const bool classic = purpose == cc::reader::KeyPurpose::ClassicKeyA ||
                             purpose == cc::reader::KeyPurpose::ClassicKeyB;
        return cc::SecretKey(QByteArray(classic ? 6 : 16, char(0x30 + int(purpose))));
    }

private:
    cc::reader::CardKeySettings m_settings{QByteArray::fromHex("F54230"), QByteArray("NXP Abu"), 1};
};

} // namespace

extern "C" {
LONG SCardConnect(SCARDCONTEXT, LPCSTR, DWORD, DWORD, LPSCARDHANDLE handle, LPDWORD protocol) {
    *handle = 1;
    *protocol = SCARD_PROTOCOL_T1;
    return SCARD_S_SUCCESS;
}
LONG SCardReconnect(SCARDHANDLE, DWORD, DWORD, DWORD, LPDWORD protocol) {
    *protocol = SCARD_PROTOCOL_T1;
    return SCARD_S_SUCCESS;
}
LONG SCardDisconnect(SCARDHANDLE, DWORD) {
    return SCARD_S_SUCCESS;
}
LONG SCardStatus(SCARDHANDLE, LPSTR, LPDWORD, LPDWORD state, LPDWORD protocol, LPBYTE atr,
                 LPDWORD atrLength) {
    const DWORD length = std::min<DWORD>(*atrLength, DWORD(g_atr.size()));
    std::memcpy(atr, g_atr.constData(), length);
    *atrLength = length;
    *state = SCARD_SPECIFIC;
    *protocol = SCARD_PROTOCOL_T1;
    return SCARD_S_SUCCESS;
}
LONG SCardTransmit(SCARDHANDLE, const SCARD_IO_REQUEST *, LPCBYTE, DWORD, SCARD_IO_REQUEST *,
                   LPBYTE answer, LPDWORD answerLength) {
    if (!g_card->atEnd()) {
        g_last = g_card->next();
        if (g_last.isEmpty())
            return LONG(SCARD_W_RESET_CARD);
    }
    const DWORD length = std::min<DWORD>(*answerLength, DWORD(g_last.size()));
    std::memcpy(answer, g_last.constData(), length);
    *answerLength = length;
    return SCARD_S_SUCCESS;
}
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace cc::reader;
    cc::fuzz::ensureApplication();
    static const FixedKeys keys;
    cc::fuzz::ChunkReader card(cc::fuzz::bytesOf(data, size));
    g_card = &card;
    g_atr = card.next();
    g_last = QByteArray::fromHex("6F00");

    cc::Result<CardChannel> channel = CardChannel::open(SCARDCONTEXT(1), QStringLiteral("fuzz"));
    if (!channel)
        return 0;
    const cc::Result<CardIdentity> identity = CardIdentity::read(channel.value());
    if (identity) {
        if (std::unique_ptr<ChipProfile> profile = ChipProfile::forKind(identity->kind))
            (void)profile->inspect(channel.value(), identity.value(), keys);
    }
    // The DESFire commands one by one, whatever the card claims to be.
    DesfireCommands desfire(channel.value());
    (void)desfire.selectApplication(keys.settings().aid);
    (void)desfire.applicationIds();
    (void)desfire.authenticate(0, QByteArray(16, '\0'));
    (void)desfire.plainCommand(0xBD, QByteArray::fromHex("01000000200000"));
    g_card = nullptr;
    return 0;
}
