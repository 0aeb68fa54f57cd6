#include "reader/cardchannel.h"

#include "reader/logging.h"

#include <array>
#include <utility>

namespace cc::reader {
namespace {

// ISO 7816-4: an answer holds at most 65,536 bytes, and GET RESPONSE fetches
// up to 256 at a time, so a whole answer takes at most 257 rounds; a card
// asking for twice that is stuck.
constexpr qsizetype kMaxResponseSize = 65536;
constexpr int kMaxGetResponses = 514;

} // namespace

CardChannel::CardChannel(QString reader, SCARDHANDLE handle, DWORD protocol, QByteArray atr)
    : m_reader(std::move(reader))
    , m_handle(handle)
    , m_protocol(protocol)
    , m_atr(std::move(atr)) {}

CardChannel::CardChannel(CardChannel &&other) noexcept
    : m_reader(std::move(other.m_reader))
    , m_handle(std::exchange(other.m_handle, 0))
    , m_protocol(other.m_protocol)
    , m_atr(std::move(other.m_atr))
    , m_apduCount(other.m_apduCount) {}

CardChannel::~CardChannel() {
    if (m_handle)
        SCardDisconnect(m_handle, SCARD_LEAVE_CARD);
}

Result<CardChannel> CardChannel::open(SCARDCONTEXT context, const QString &reader) {
    if (!context)
        return Pcsc::error(LONG(SCARD_E_NO_SERVICE), reader);
    SCARDHANDLE handle = 0;
    DWORD protocol = 0;
    const QByteArray name = reader.toUtf8();
    LONG rv = SCardConnect(context, name.constData(), SCARD_SHARE_SHARED,
                           SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &handle, &protocol);
    if (rv != SCARD_S_SUCCESS)
        return Pcsc::error(rv, reader);

    std::array<BYTE, MAX_ATR_SIZE> atr{};
    DWORD atrLength = DWORD(atr.size());
    DWORD state = 0, activeProtocol = 0, nameLength = 0;
    rv = SCardStatus(handle, nullptr, &nameLength, &state, &activeProtocol, atr.data(), &atrLength);
    if (rv != SCARD_S_SUCCESS) {
        SCardDisconnect(handle, SCARD_LEAVE_CARD);
        return Pcsc::error(rv, reader);
    }
    qCDebug(lcReader) << "connected to" << reader << "protocol" << protocol;
    return CardChannel(
        reader, handle, protocol,
        QByteArray(reinterpret_cast<const char *>(atr.data()), qsizetype(atrLength)));
}

Result<ApduResponse> CardChannel::exchange(const QByteArray &command, bool repeatable,
                                           bool secret) {
    const SCARD_IO_REQUEST *pci = m_protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    std::array<BYTE, 258> buffer{};
    for (int attempt = 0;; ++attempt) {
        DWORD length = DWORD(buffer.size());
        ++m_apduCount;
        LONG rv = SCardTransmit(m_handle, pci, reinterpret_cast<const BYTE *>(command.constData()),
                                DWORD(command.size()), nullptr, buffer.data(), &length);
        if (rv == LONG(SCARD_W_RESET_CARD) && repeatable && attempt == 0) {
            // Another program reset the card: nothing we sent before still holds,
            // but a command that changes nothing may safely go again.
            qCInfo(lcReader) << "card reset under us on" << m_reader << "; resending once";
            DWORD protocol = 0;
            rv = SCardReconnect(m_handle, SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                                SCARD_LEAVE_CARD, &protocol);
            if (rv == SCARD_S_SUCCESS) {
                m_protocol = protocol;
                continue;
            }
        }
        if (rv != SCARD_S_SUCCESS)
            return Pcsc::error(rv, m_reader);
        if (length < 2) // vpcd and some readers answer nothing when the card left mid-command
            return Error{ErrorCode::CardRemoved,
                         tr("The card gave no answer (was it moved off the reader?)."), m_reader};
        ApduResponse response;
        response.data =
            QByteArray(reinterpret_cast<const char *>(buffer.data()), qsizetype(length) - 2);
        response.sw = quint16((buffer[length - 2] << 8) | buffer[length - 1]);
        if (lcReader().isDebugEnabled())
            qCDebug(lcReader).noquote()
                << "<-"
                << (secret && !response.data.isEmpty()
                        ? QStringLiteral("<%1 bytes masked>").arg(response.data.size())
                        : hex(response.data))
                << response.swText();
        return response;
    }
}

Result<ApduResponse> CardChannel::transmit(const Apdu &apdu) {
    qCDebug(lcReader).noquote() << "->" << apdu.logText();
    QByteArray command = apdu.bytes();
    Result<ApduResponse> response = exchange(command, apdu.repeatable, apdu.secret);
    if (!response)
        return response;
    // 6Cxx: wrong Le; the card says how many bytes it has. Send the same again.
    if (response->sw1() == 0x6C) {
        Apdu again = apdu;
        again.le = response->sw2();
        command = again.bytes();
        response = exchange(command, apdu.repeatable, apdu.secret);
        if (!response)
            return response;
    }
    // 61xx: more data waiting; fetch it with GET RESPONSE until the card is done.
    // No answer is longer than ISO 7816-4's extended maximum: a card that keeps
    // announcing more would otherwise hold the reader thread forever.
    QByteArray data = response->data;
    for (int round = 0; response->sw1() == 0x61; ++round) {
        if (round == kMaxGetResponses || data.size() > kMaxResponseSize)
            return Error{ErrorCode::DeviceFailed,
                         tr("The card keeps announcing more data (status %1) beyond the longest "
                            "answer a card may give.")
                             .arg(response->swText()),
                         m_reader};
        const QByteArray getResponse =
            Apdu{0x00, 0xC0, 0x00, 0x00, {}, response->sw2(), true, apdu.secret}.bytes();
        response = exchange(getResponse, true, apdu.secret);
        if (!response)
            return response;
        data += response->data;
    }
    return ApduResponse{data, response->sw};
}

} // namespace cc::reader
