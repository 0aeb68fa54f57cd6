// A MIFARE DESFire EV1/EV2/EV3 as the city profile uses it: native commands in
// ISO 7816 wrapping (CLA 90), AES applications, AuthenticateEV2First with EV2
// secure messaging (CommMode.MAC and, for ChangeKey and ChangeFileSettings,
// CommMode.Full), standard data files, and backup data files that keep their
// old content until CommitTransaction.
// Simplification: once authenticated, every command other than select and
// authenticate is expected in CommMode.MAC (ChangeKey, ChangeFileSettings in
// Full).
#include "core/crypto/crypto.h"
#include "reader/apdu.h"
#include "reader/ev2session.h"
#include "tools/virtual-card/desfirememory.h"
#include "tools/virtual-card/virtualcard.h"

#include <QJsonObject>

#include <map>
#include <optional>

namespace cc::tools {
namespace {

using desfire::Application;
using desfire::File;
using desfire::Key;
using reader::Ev2Session;
using reader::octets;
using reader::reversedBytes;

namespace St {
constexpr quint8 Ok = 0x00, IllegalCommand = 0x1C, IntegrityError = 0x1E, NoSuchKey = 0x40,
                 LengthError = 0x7E, PermissionDenied = 0x9D, ParameterError = 0x9E,
                 AppNotFound = 0xA0, AuthError = 0xAE, AdditionalFrame = 0xAF, BoundaryError = 0xBE,
                 Duplicate = 0xDE, FileNotFound = 0xF0;
}

quint32 le(QByteArrayView bytes) {
    quint32 value = 0;
    for (qsizetype i = bytes.size() - 1; i >= 0; --i)
        value = (value << 8) | quint8(bytes[i]);
    return value;
}

class DesfireCard final : public VirtualCard {
public:
    DesfireCard(int major, QByteArray uid)
        : m_major(major)
        , m_uid(std::move(uid)) {}

    QByteArray atr() const override { return QByteArray::fromHex("3B8180018080"); }

    void powerOff() override {
        m_selected.clear();
        m_session.reset();
        m_pendingAuth.reset();
        m_pending.clear();
        m_versionFrame = 0;
    }

    QJsonObject toJson() const override {
        return QJsonObject{{QStringLiteral("type"), typeName()},
                           {QStringLiteral("uid"), QString::fromLatin1(m_uid.toHex())},
                           {QStringLiteral("applications"), desfire::toJson(m_apps)}};
    }

    void load(const QJsonObject &state) {
        m_apps =
            desfire::applicationsFromJson(state.value(QStringLiteral("applications")).toArray());
    }

    QByteArray process(const QByteArray &apdu) override {
        if (apdu.size() >= 5 && quint8(apdu[0]) == 0xFF && quint8(apdu[1]) == 0xCA)
            return withStatus(m_uid, 0x9000);
        if (apdu.size() < 5 || quint8(apdu[0]) != 0x90)
            return withStatus({}, 0x6E00);
        if (quint8(apdu[2]) != 0 || quint8(apdu[3]) != 0)
            return withStatus({}, 0x6A86);
        const int lc = apdu.size() > 5 ? quint8(apdu[4]) : 0;
        if (apdu.size() != 5 && apdu.size() != 6 + lc)
            return withStatus({}, 0x6700);
        const quint8 command = quint8(apdu[1]);
        const QByteArray data = apdu.mid(5, lc);
        if (command != 0xAF) {
            m_pendingAuth.reset();
            m_versionFrame = 0;
        }
        return dispatch(command, data);
    }

private:
    QString typeName() const {
        return m_major == 0x01  ? QStringLiteral("desfire-ev1")
               : m_major < 0x30 ? QStringLiteral("desfire-ev2")
                                : QStringLiteral("desfire-ev3");
    }

    QByteArray status(quint8 code, const QByteArray &data = {}) {
        if (code != St::Ok && code != St::AdditionalFrame)
            m_session.reset(); // errors end the authenticated state
        return data + char(0x91) + char(code);
    }

    Application *selectedApp() {
        auto it = m_apps.find(m_selected);
        return it == m_apps.end() ? nullptr : &it->second;
    }

    // Checks and strips the command MAC (CommMode.MAC); nullopt when it fails.
    std::optional<QByteArray> unwrapMac(quint8 command, const QByteArray &data) {
        if (!m_session || data.size() < 8)
            return std::nullopt;
        const QByteArray body = data.chopped(8);
        if (!Crypto::constantTimeEquals(m_session->commandMac(command, body), data.right(8)))
            return std::nullopt;
        return body;
    }

    QByteArray okWithMac(const QByteArray &data = {}) {
        m_session->advance();
        return status(St::Ok, data + m_session->responseMac(St::Ok, data));
    }

    // A command that may come plain, or in CommMode.MAC when authenticated.
    std::optional<QByteArray> body(quint8 command, const QByteArray &data) {
        return m_session ? unwrapMac(command, data) : std::optional<QByteArray>(data);
    }
    QByteArray answer(const QByteArray &data = {}) {
        return m_session ? okWithMac(data) : status(St::Ok, data);
    }

    // Whether an access right (a key number, E free, F never) lets the
    // current session, or no session, in.
    bool authenticatedAs(int keyNo) const {
        return keyNo == 0xE || (m_session && keyNo < 0xE && m_authKey == keyNo);
    }

    QByteArray dispatch(quint8 command, const QByteArray &data) {
        switch (command) {
        case 0x60:
            m_versionFrame = 1;
            // Hardware: NXP, DESFire, subtype 01, major (EV1 01, EV2 12, EV3 33)
            // minor 00, 8 KB, ISO/IEC 14443-2 and -3.
            return status(St::AdditionalFrame,
                          octets({0x04, 0x01, 0x01, m_major, 0x00, 0x1A, 0x05}));
        case 0xAF:
            return additionalFrame(data);
        case 0x5A:
            return select(data);
        case 0x6A:
            return applicationIds(data);
        case 0xCA:
            return createApplication(data);
        case 0xDA:
            return deleteApplication(data);
        case 0x71:
            return authenticate(data);
        case 0xC4:
            return changeKey(data);
        case 0xCB:
            return createFile(0xCB, data, true);
        case 0xCD:
            return createFile(0xCD, data, false);
        case 0x5F:
            return changeFileSettings(data);
        case 0x3D:
            return writeData(data);
        case 0xBD:
            return readData(data);
        case 0xC7:
            return commit(data, true);
        case 0xA7:
            return commit(data, false);
        case 0x6F:
            return fileIds(data);
        case 0x64:
            return keyVersion(data);
        case 0x45:
            return keySettings(data);
        case 0xF5:
            return fileSettings(data);
        default:
            return status(St::IllegalCommand);
        }
    }

    QByteArray additionalFrame(const QByteArray &data) {
        if (m_pendingAuth)
            return authenticatePart2(data);
        if (m_versionFrame == 1) {
            m_versionFrame = 2;
            // Software: the same fields for the firmware, whose version is not
            // the hardware's; EV1 and EV2 as real cards answer (01 04, 02 01).
            const int major = m_major == 0x01 ? 0x01 : m_major < 0x30 ? 0x02 : 0x03;
            const int minor = m_major == 0x01 ? 0x04 : m_major < 0x30 ? 0x01 : 0x00;
            return status(St::AdditionalFrame,
                          octets({0x04, 0x01, 0x01, major, minor, 0x1A, 0x05}));
        }
        if (m_versionFrame == 2) {
            m_versionFrame = 0;
            // UID, batch number, production week 22 and year (20)26 in BCD.
            QByteArray uid = m_uid.leftJustified(7, '\0', true);
            return status(St::Ok, uid + QByteArray::fromHex("BA7C4E5112") + octets({0x22, 0x26}));
        }
        return status(St::IllegalCommand);
    }

    QByteArray select(const QByteArray &data) {
        if (data.size() != 3)
            return status(St::LengthError);
        m_session.reset();
        m_pending.clear(); // selecting aborts an open transaction
        const QByteArray aid = reversedBytes(data);
        if (aid != QByteArray(3, '\0') && !m_apps.count(aid))
            return status(St::AppNotFound);
        m_selected = aid == QByteArray(3, '\0') ? QByteArray() : aid;
        return status(St::Ok);
    }

    QByteArray applicationIds(const QByteArray &data) {
        const std::optional<QByteArray> plain = body(0x6A, data);
        if (!plain)
            return status(St::IntegrityError);
        if (!m_selected.isEmpty())
            return status(St::PermissionDenied);
        QByteArray list;
        for (const auto &[aid, app] : m_apps)
            list += reversedBytes(aid);
        return answer(list);
    }

    QByteArray createApplication(const QByteArray &data) {
        const std::optional<QByteArray> plain = body(0xCA, data);
        if (!plain)
            return status(St::IntegrityError);
        if (!m_selected.isEmpty())
            return status(St::PermissionDenied);
        if (plain->size() < 5)
            return status(St::LengthError);
        const QByteArray aid = reversedBytes(plain->first(3));
        const quint8 s1 = quint8(plain->at(3)), s2 = quint8(plain->at(4));
        const int keyCount = s2 & 0x0F;
        if (aid == QByteArray(3, '\0') || keyCount < 1 || keyCount > 14 || (s2 & 0xC0) != 0x80)
            return status(St::ParameterError); // AES applications only
        if (m_apps.count(aid))
            return status(St::Duplicate);
        Application app;
        app.settings1 = s1;
        app.settings2 = s2;
        app.keys.resize(size_t(keyCount));
        m_apps[aid] = app;
        changed();
        return answer();
    }

    QByteArray deleteApplication(const QByteArray &data) {
        const std::optional<QByteArray> plain = body(0xDA, data);
        if (!plain)
            return status(St::IntegrityError);
        if (plain->size() != 3)
            return status(St::LengthError);
        const QByteArray aid = reversedBytes(*plain);
        if (!m_apps.count(aid))
            return status(St::AppNotFound);
        // The application's own master key may delete it.
        if (m_selected != aid || !authenticatedAs(0))
            return status(St::AuthError);
        m_apps.erase(aid);
        m_pending.clear();
        changed();
        QByteArray response = okWithMac();
        m_session.reset();
        m_selected.clear();
        return response;
    }

    QByteArray authenticate(const QByteArray &data) {
        m_session.reset();
        if (data.size() < 2)
            return status(St::LengthError);
        Application *app = selectedApp();
        if (!app)
            return status(St::AuthError); // the PICC master key is not an AES key here
        const quint8 keyNo = quint8(data[0]);
        if (keyNo >= app->keys.size())
            return status(St::NoSuchKey);
        const QByteArray rndB = Crypto::randomBytes(16);
        m_pendingAuth = PendingAuth{keyNo, rndB};
        return status(
            St::AdditionalFrame,
            Crypto::aes128Cbc(app->keys[keyNo].value, QByteArray(16, '\0'), rndB, Crypto::Encrypt));
    }

    QByteArray authenticatePart2(const QByteArray &data) {
        const PendingAuth pending = *m_pendingAuth;
        m_pendingAuth.reset();
        Application *app = selectedApp();
        if (!app || data.size() != 32)
            return status(St::LengthError);
        const QByteArray &key = app->keys[pending.keyNo].value;
        const QByteArray zeroIv(16, '\0');
        const QByteArray plain = Crypto::aes128Cbc(key, zeroIv, data, Crypto::Decrypt);
        if (!Crypto::constantTimeEquals(plain.sliced(16), Ev2Session::rotateLeft(pending.rndB)))
            return status(St::AuthError);
        const QByteArray rndA = plain.first(16);
        const QByteArray ti = Crypto::randomBytes(4);
        const QByteArray answer = ti + Ev2Session::rotateLeft(rndA) + QByteArray(12, '\0');
        m_session = Ev2Session::derive(key, ti, rndA, pending.rndB);
        m_authKey = pending.keyNo;
        return status(St::Ok, Crypto::aes128Cbc(key, zeroIv, answer, Crypto::Encrypt));
    }

    QByteArray changeKey(const QByteArray &data) {
        Application *app = selectedApp();
        if (!app || !m_session)
            return status(St::AuthError);
        if (data.size() != 1 + 32 + 8)
            return status(St::LengthError);
        const std::optional<QByteArray> body = unwrapMac(0xC4, data);
        if (!body)
            return status(St::IntegrityError);
        const quint8 keyNo = quint8(body->at(0));
        if (keyNo >= app->keys.size())
            return status(St::NoSuchKey);
        // Key settings 0x0_: every key is changed with the master key.
        if ((app->settings1 >> 4) == 0x0 && m_authKey != 0)
            return status(St::PermissionDenied);
        Result<QByteArray> plain = m_session->decryptCommand(body->sliced(1));
        if (!plain)
            return status(St::IntegrityError);
        const bool ownKey = keyNo == m_authKey;
        Key updated;
        if (ownKey) {
            if (plain->size() != 17)
                return status(St::LengthError);
            updated = Key{plain->first(16), quint8(plain->at(16))};
        } else {
            if (plain->size() != 21)
                return status(St::LengthError);
            QByteArray newKey = plain->first(16);
            for (int i = 0; i < 16; ++i)
                newKey[i] = char(newKey[i] ^ app->keys[keyNo].value[i]);
            if (Ev2Session::crc32(newKey) != plain->sliced(17, 4))
                return status(St::IntegrityError);
            updated = Key{newKey, quint8(plain->at(16))};
        }
        app->keys[keyNo] = updated;
        changed();
        if (ownKey) {
            m_session.reset();
            return status(St::Ok);
        }
        return okWithMac();
    }

    // CreateStdDataFile / CreateBackupDataFile: FileNo, comm settings, access
    // rights (2 bytes, LSB first), size (3 bytes, LSB first).
    QByteArray createFile(quint8 command, const QByteArray &data, bool backup) {
        Application *app = selectedApp();
        if (!app)
            return status(St::PermissionDenied);
        const std::optional<QByteArray> plain = body(command, data);
        if (!plain)
            return status(St::IntegrityError);
        if (!(app->settings1 & 0x04) && !authenticatedAs(0))
            return status(St::AuthError);
        if (plain->size() != 7)
            return status(St::LengthError);
        const quint8 no = quint8(plain->at(0));
        const int size = int(le(plain->sliced(4, 3)));
        if (no > 31 || size < 1 || size > 8192)
            return status(St::ParameterError);
        if (app->files.count(no))
            return status(St::Duplicate);
        app->files[no] = File{quint8(plain->at(1)), quint16(le(plain->sliced(2, 2))),
                              QByteArray(size, '\0'), backup};
        changed();
        return answer();
    }

    QByteArray writeData(const QByteArray &data) {
        Application *app = selectedApp();
        if (!app)
            return status(St::PermissionDenied);
        const std::optional<QByteArray> plain = body(0x3D, data);
        if (!plain)
            return status(St::IntegrityError);
        if (plain->size() < 7)
            return status(St::LengthError);
        const quint8 no = quint8(plain->at(0));
        auto it = app->files.find(no);
        if (it == app->files.end())
            return status(St::FileNotFound);
        const File &file = it->second;
        if (!authenticatedAs(file.write()) && !authenticatedAs(file.readWrite()))
            return status(St::PermissionDenied);
        const int offset = int(le(plain->sliced(1, 3))), length = int(le(plain->sliced(4, 3)));
        if (plain->size() != 7 + length)
            return status(St::LengthError);
        if (offset + length > file.data.size())
            return status(St::BoundaryError);
        if (!file.backup) {
            it->second.data.replace(offset, length, plain->sliced(7));
            changed();
            return answer();
        }
        QByteArray &target = m_pending.try_emplace(no, file.data).first->second;
        target.replace(offset, length, plain->sliced(7));
        return answer();
    }

    // ChangeFileSettings: FileNo, then comm settings ‖ access rights, in
    // CommMode.Full under the Change key, or plain when Change is free.
    QByteArray changeFileSettings(const QByteArray &data) {
        Application *app = selectedApp();
        if (!app)
            return status(St::PermissionDenied);
        if (data.isEmpty())
            return status(St::LengthError);
        auto it = app->files.find(quint8(data[0]));
        if (it == app->files.end())
            return status(St::FileNotFound);
        File &file = it->second;
        if (!authenticatedAs(file.change()))
            return status(St::PermissionDenied);
        QByteArray settings = data.sliced(1);
        if (m_session) {
            const std::optional<QByteArray> body = unwrapMac(0x5F, data);
            if (!body)
                return status(St::IntegrityError);
            Result<QByteArray> decrypted = m_session->decryptCommand(body->sliced(1));
            if (!decrypted)
                return status(St::IntegrityError);
            settings = decrypted.value();
        }
        if (settings.size() != 3)
            return status(St::LengthError);
        file.comm = quint8(settings[0]);
        file.access = quint16(le(settings.sliced(1, 2)));
        changed();
        return answer();
    }

    QByteArray readData(const QByteArray &data) {
        Application *app = selectedApp();
        if (!app)
            return status(St::PermissionDenied);
        const std::optional<QByteArray> plain = body(0xBD, data);
        if (!plain)
            return status(St::IntegrityError);
        if (plain->size() != 7)
            return status(St::LengthError);
        auto it = app->files.find(quint8(plain->at(0)));
        if (it == app->files.end())
            return status(St::FileNotFound);
        const File &file = it->second;
        if (!authenticatedAs(file.read()) && !authenticatedAs(file.readWrite()))
            return status(St::PermissionDenied);
        const int offset = int(le(plain->sliced(1, 3)));
        int length = int(le(plain->sliced(4, 3)));
        if (length == 0)
            length = int(file.data.size()) - offset;
        if (offset < 0 || offset + length > file.data.size())
            return status(St::BoundaryError);
        return answer(file.data.mid(offset, length)); // a backup file reads as last committed
    }

    QByteArray commit(const QByteArray &data, bool keep) {
        Application *app = selectedApp();
        if (!app)
            return status(St::PermissionDenied);
        const std::optional<QByteArray> plain = body(keep ? 0xC7 : 0xA7, data);
        if (!plain)
            return status(St::IntegrityError);
        if (keep) {
            for (const auto &[no, content] : m_pending)
                app->files[no].data = content;
            if (!m_pending.empty())
                changed();
        }
        m_pending.clear();
        return answer();
    }

    // GetFileIDs, GetFileSettings and GetKeySettings are free while key
    // settings bit 1 (free directory list) is set; else they need key 0.
    bool mayList(const Application &app) const {
        return (app.settings1 & 0x02) || authenticatedAs(0);
    }

    QByteArray fileIds(const QByteArray &data) {
        Application *app = selectedApp();
        if (!app)
            return status(St::PermissionDenied);
        const std::optional<QByteArray> plain = body(0x6F, data);
        if (!plain)
            return status(St::IntegrityError);
        if (!mayList(*app))
            return status(St::AuthError);
        QByteArray ids;
        for (const auto &[no, file] : app->files)
            ids += char(no);
        return answer(ids);
    }

    QByteArray keyVersion(const QByteArray &data) {
        Application *app = selectedApp();
        const std::optional<QByteArray> plain = body(0x64, data);
        if (!plain)
            return status(St::IntegrityError);
        if (!app || plain->size() != 1)
            return status(St::ParameterError);
        const quint8 keyNo = quint8(plain->at(0));
        if (keyNo >= app->keys.size())
            return status(St::NoSuchKey);
        return answer(QByteArray(1, char(app->keys[keyNo].version)));
    }

    // GetKeySettings: key settings, then the crypto method (bits 7-6) with
    // the number of keys. The PICC level answers as a factory card: 0F, and
    // one (DES) key.
    QByteArray keySettings(const QByteArray &data) {
        const std::optional<QByteArray> plain = body(0x45, data);
        if (!plain)
            return status(St::IntegrityError);
        if (!plain->isEmpty())
            return status(St::LengthError);
        Application *app = selectedApp();
        if (!app)
            return answer(octets({0x0F, 0x01}));
        if (!mayList(*app))
            return status(St::AuthError);
        return answer(octets({app->settings1, (app->settings2 & 0xC0) | int(app->keys.size())}));
    }

    // GetFileSettings of a data file: type (00 standard, 01 backup), comm
    // settings, access rights and size, both least significant byte first.
    QByteArray fileSettings(const QByteArray &data) {
        Application *app = selectedApp();
        if (!app)
            return status(St::PermissionDenied);
        const std::optional<QByteArray> plain = body(0xF5, data);
        if (!plain)
            return status(St::IntegrityError);
        if (plain->size() != 1)
            return status(St::LengthError);
        if (!mayList(*app))
            return status(St::AuthError);
        auto it = app->files.find(quint8(plain->at(0)));
        if (it == app->files.end())
            return status(St::FileNotFound);
        const File &file = it->second;
        const int size = int(file.data.size());
        return answer(octets({file.backup ? 0x01 : 0x00, file.comm, file.access & 0xFF,
                              file.access >> 8, size & 0xFF, (size >> 8) & 0xFF, size >> 16}));
    }

    struct PendingAuth {
        quint8 keyNo;
        QByteArray rndB;
    };

    int m_major;
    QByteArray m_uid;
    desfire::Applications m_apps;
    QByteArray m_selected; // empty: the PICC level
    std::optional<Ev2Session> m_session;
    quint8 m_authKey = 0;
    std::optional<PendingAuth> m_pendingAuth;
    std::map<quint8, QByteArray> m_pending; // backup files' writes before commit
    int m_versionFrame = 0;
};

} // namespace

std::unique_ptr<VirtualCard> makeDesfire(int major, const QByteArray &uid) {
    return std::make_unique<DesfireCard>(
        major, uid.isEmpty() ? QByteArray::fromHex("04") + Crypto::randomBytes(6) : uid);
}

std::unique_ptr<VirtualCard> desfireFromJson(const QJsonObject &state) {
    const QString type = state.value(QStringLiteral("type")).toString();
    const int major = type == u"desfire-ev1" ? 0x01 : type == u"desfire-ev3" ? 0x33 : 0x12;
    auto card = std::make_unique<DesfireCard>(
        major, QByteArray::fromHex(state.value(QStringLiteral("uid")).toString().toLatin1()));
    card->load(state);
    return card;
}

} // namespace cc::tools
