#pragma once

#include "core/domain/result.h"
#include "reader/cardchannel.h"
#include "reader/ev2session.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace cc::reader {

// DESFire native status codes (SW1 = 91) that the profile acts on.
namespace DesfireStatus {
inline constexpr quint8 Ok = 0x00;
inline constexpr quint8 NoChanges = 0x0C;
inline constexpr quint8 IntegrityError = 0x1E;
inline constexpr quint8 NoSuchKey = 0x40;
inline constexpr quint8 LengthError = 0x7E;
inline constexpr quint8 PermissionDenied = 0x9D;
inline constexpr quint8 ParameterError = 0x9E;
inline constexpr quint8 ApplicationNotFound = 0xA0;
inline constexpr quint8 AuthenticationError = 0xAE;
inline constexpr quint8 AdditionalFrame = 0xAF;
inline constexpr quint8 BoundaryError = 0xBE;
inline constexpr quint8 CommandAborted = 0xCA;
inline constexpr quint8 DuplicateError = 0xDE;
inline constexpr quint8 FileNotFound = 0xF0;
} // namespace DesfireStatus

// MIFARE DESFire native commands wrapped in ISO 7816 APDUs, with EV2 secure
// messaging once authenticated. Each call is one command; failures are named
// errors that carry the DESFire status (lastStatus()).
class DesfireCommands {
    Q_DECLARE_TR_FUNCTIONS(DesfireCommands)

public:
    explicit DesfireCommands(CardChannel &channel)
        : m_channel(channel) {}

    Status selectApplication(const QByteArray &aid); // 000000 = the PICC level
    Result<QList<QByteArray>> applicationIds();
    // AuthenticateEV2First with `key` as key number `keyNo`. WrongCardKey if
    // the card does not share the key.
    Status authenticate(quint8 keyNo, QByteArrayView key);
    bool authenticated() const { return m_session.has_value(); }

    // CommMode.MAC: header ‖ data ‖ MACt; the answer's MAC is checked.
    Result<QByteArray> macCommand(quint8 command, const QByteArray &header,
                                  const QByteArray &data = {});
    // CommMode.Full for ChangeKey: the key cryptogram is encrypted and MACed.
    Status changeKey(quint8 keyNo, QByteArrayView newKey, QByteArrayView oldKey, quint8 version);
    // Unauthenticated command in CommMode.Plain.
    Result<QByteArray> plainCommand(quint8 command, const QByteArray &data = {});

    std::optional<quint8> lastStatus() const { return m_lastStatus; }

private:
    Result<ApduResponse> send(const Apdu &apdu);
    Status requireSession() const;
    // Sends body ‖ MACt; unless the command ends the session, checks the MACt
    // on the answer and returns the data before it.
    Result<QByteArray> sendSecured(quint8 command, const QByteArray &body, bool secret,
                                   bool endsSession);
    Error refused(quint8 command);

    CardChannel &m_channel;
    std::optional<Ev2Session> m_session;
    quint8 m_authKeyNo = 0;
    std::optional<quint8> m_lastStatus;
};

} // namespace cc::reader
