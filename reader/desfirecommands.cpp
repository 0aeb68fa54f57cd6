#include "reader/desfirecommands.h"

namespace cc::reader {

Result<ApduResponse> DesfireCommands::send(const Apdu &apdu) {
    Result<ApduResponse> response = m_channel.transmit(apdu);
    if (!response)
        return response;
    if (response->sw1() != 0x91)
        return Error{ErrorCode::CardRefused,
                     tr("The card answered %1, not a DESFire status.").arg(response->swText()),
                     m_channel.reader()};
    m_lastStatus = response->sw2();
    return response;
}

Error DesfireCommands::refused(quint8 command) {
    m_session.reset(); // any error ends the authenticated session on the card
    const quint8 status = m_lastStatus.value_or(0xFF);
    return Error{status == DesfireStatus::AuthenticationError ? ErrorCode::WrongCardKey
                                                              : ErrorCode::CardRefused,
                 tr("The card refused DESFire command %1 with status 91%2.")
                     .arg(command, 2, 16, QLatin1Char('0'))
                     .arg(status, 2, 16, QLatin1Char('0'))
                     .toUpper(),
                 m_channel.reader()};
}

Result<QByteArray> DesfireCommands::plainCommand(quint8 command, const QByteArray &data) {
    Result<ApduResponse> response = send(Apdu::desfire(command, data));
    if (!response)
        return response.error();
    if (response->sw2() != DesfireStatus::Ok)
        return refused(command);
    return response->data;
}

Status DesfireCommands::selectApplication(const QByteArray &aid) {
    m_session.reset();
    Apdu select = Apdu::desfire(0x5A, reversedBytes(aid)); // AIDs go LSB first
    select.repeatable = true;
    Result<ApduResponse> response = send(select);
    if (!response)
        return response.error();
    if (response->sw2() != DesfireStatus::Ok)
        return refused(0x5A);
    return Done{};
}

Result<QList<QByteArray>> DesfireCommands::applicationIds() {
    Result<QByteArray> data = plainCommand(0x6A);
    if (!data)
        return data.error();
    QList<QByteArray> aids;
    for (qsizetype i = 0; i + 3 <= data->size(); i += 3)
        aids << reversedBytes(data->sliced(i, 3));
    return aids;
}

Status DesfireCommands::authenticate(quint8 keyNo, QByteArrayView key) {
    m_session.reset();
    Apdu first = Apdu::desfire(0x71, octets({char(keyNo), '\x00'}));
    Result<ApduResponse> part1 = send(first);
    if (!part1)
        return part1.error();
    if (part1->sw2() != DesfireStatus::AdditionalFrame || part1->data.size() != 16)
        return refused(0x71);
    const QByteArray zeroIv(16, '\0');
    const QByteArray rndB = Crypto::aes128Cbc(key, zeroIv, part1->data, Crypto::Decrypt);
    const QByteArray rndA = Crypto::randomBytes(16);
    Apdu second = Apdu::desfire(
        0xAF, Crypto::aes128Cbc(key, zeroIv, QByteArray(rndA + Ev2Session::rotateLeft(rndB)),
                                Crypto::Encrypt));
    second.secret = true;
    Result<ApduResponse> part2 = send(second);
    if (!part2)
        return part2.error();
    if (part2->sw2() != DesfireStatus::Ok || part2->data.size() != 32)
        return refused(0x71);
    const QByteArray answer = Crypto::aes128Cbc(key, zeroIv, part2->data, Crypto::Decrypt);
    if (!Crypto::constantTimeEquals(answer.sliced(4, 16), Ev2Session::rotateLeft(rndA)))
        return Error{ErrorCode::WrongCardKey,
                     tr("The card did not prove it holds the key (its answer does not match)."),
                     m_channel.reader()};
    m_session = Ev2Session::derive(key, answer.first(4), rndA, rndB);
    m_authKeyNo = keyNo;
    return Done{};
}

Status DesfireCommands::requireSession() const {
    if (m_session)
        return Done{};
    return Error{ErrorCode::WrongState, tr("The DESFire session is not authenticated."),
                 m_channel.reader()};
}

Result<QByteArray> DesfireCommands::sendSecured(quint8 command, const QByteArray &body, bool secret,
                                                bool endsSession) {
    Apdu apdu = Apdu::desfire(command, body + m_session->commandMac(command, body));
    apdu.secret = secret;
    Result<ApduResponse> response = send(apdu);
    if (!response)
        return response.error();
    if (response->sw2() != DesfireStatus::Ok)
        return refused(command);
    if (endsSession) {
        m_session.reset(); // the key that opened the session is gone: so is the session
        return QByteArray();
    }
    // The card counts the command before it answers; its MACt closes the answer.
    m_session->advance();
    const QByteArray &data = response->data;
    if (data.size() < 8 ||
        !Crypto::constantTimeEquals(data.right(8),
                                    m_session->responseMac(DesfireStatus::Ok, data.chopped(8)))) {
        m_session.reset();
        return Error{ErrorCode::IntegrityFailed,
                     tr("The MAC on the card's answer is missing or does not verify."),
                     m_channel.reader()};
    }
    return data.chopped(8);
}

Result<QByteArray> DesfireCommands::macCommand(quint8 command, const QByteArray &header,
                                               const QByteArray &data) {
    if (Status ready = requireSession(); !ready)
        return ready.error();
    return sendSecured(command, header + data, false, false);
}

Status DesfireCommands::changeKey(quint8 keyNo, QByteArrayView newKey, QByteArrayView oldKey,
                                  quint8 version) {
    if (Status ready = requireSession(); !ready)
        return ready;
    const bool ownKey = keyNo == m_authKeyNo;
    const QByteArray body =
        QByteArray(1, char(keyNo)) +
        m_session->encryptCommand(Ev2Session::changeKeyData(newKey, oldKey, version, ownKey));
    Result<QByteArray> answer = sendSecured(0xC4, body, true, ownKey);
    if (!answer)
        return answer.error();
    return Done{};
}

} // namespace cc::reader
