// The virtual DESFire's command decoding, APDU by APDU and without vpcd. The
// expected bytes come from NXP's documented layouts, never from our host code
// (reader/), so that the card and the personalisation cannot agree on a
// mistake:
// - Access rights (MF2DLx0 datasheet and AN12343, "Access rights"; the same
//   field on DESFire EV1/EV2): a 16-bit value, Read access in bits 15–12,
//   Write 11–8, Read&Write 7–4, Change 3–0, each a key number, E free, F
//   never; sent least significant byte first. So the first byte on the wire
//   is Read&Write ‖ Change and the second Read ‖ Write.
// - GetVersion (MF3DHx2 and MF2DLx0 datasheets, "GetVersion"): 60, then AF
//   twice. Frame 1 the hardware, frame 2 the software, each as vendor (04
//   NXP), type (01 DESFire), subtype (01), major, minor, storage size (1A:
//   8 KB), protocol (05: ISO/IEC 14443-2 and -3); frame 3 the 7-byte UID, the
//   5-byte batch number, and the production week and year in BCD. Hardware
//   major: EV1 01, EV2 12, EV3 33. Software major and minor differ from the
//   hardware's: real EV1 cards answer 01 04 and EV2 cards 02 01 (reader logs
//   of real cards); for EV3 we assume 03 00.
// - GetKeySettings (45): key settings byte, then the max-keys byte with the
//   crypto method in bits 7-6 (10 AES) and the number of keys in bits 3-0.
//   Key settings bit 1 (free directory list) clear: GetKeySettings,
//   GetFileSettings and GetFileIDs need the application master key.
// - GetFileSettings (F5 FileNo): file type (00 standard, 01 backup data),
//   comm settings, access rights (2 bytes, LSB first), and for data files
//   the file size (3 bytes, LSB first). Plain without a session; once
//   authenticated, EV2 secure messaging puts a MACt on the answer.
#include "reader/apdu.h"
#include "reader/ev2session.h"
#include "tools/virtual-card/virtualcard.h"

#include <QTest>

using cc::Crypto;
using cc::reader::Apdu;
using cc::reader::Ev2Session;
using cc::reader::octets;
using cc::tools::VirtualCard;

namespace {

QByteArray h(const char *hex) {
    return QByteArray::fromHex(hex);
}

const QByteArray kUid = h("04782E21801D80");
const QByteArray kAidWire = h("C1C1F0"); // AID F0C1C1, least significant byte first
const QByteArray kFactoryKey(16, '\0');
constexpr quint8 kFile = 0x01;

struct Answer {
    quint8 status = 0xFF;
    QByteArray data;
};

// The reader's side (PCD), written out here from the EV2 secure messaging
// primitives: native commands in ISO 7816 wrapping, AuthenticateEV2First,
// CommMode.MAC and CommMode.Full.
class Pcd {
public:
    explicit Pcd(VirtualCard &card)
        : m_card(card) {}

    Answer plain(quint8 command, const QByteArray &data = {}) {
        const QByteArray response = m_card.process(Apdu::desfire(command, data).bytes());
        if (response.size() < 2 || quint8(response[response.size() - 2]) != 0x91)
            return {};
        Answer answer{quint8(response.back()), response.chopped(2)};
        if (answer.status != 0x00 && answer.status != 0xAF)
            m_session.reset(); // an error ends the card's authenticated state
        return answer;
    }

    bool select(const QByteArray &aidWire) {
        m_session.reset();
        return plain(0x5A, aidWire).status == 0x00;
    }

    bool authenticate(quint8 keyNo, const QByteArray &key) {
        m_session.reset();
        const QByteArray zeroIv(16, '\0');
        const Answer part1 = plain(0x71, octets({keyNo, 0x00}));
        if (part1.status != 0xAF || part1.data.size() != 16)
            return false;
        const QByteArray rndB = Crypto::aes128Cbc(key, zeroIv, part1.data, Crypto::Decrypt);
        const QByteArray rndA = Crypto::randomBytes(16);
        const Answer part2 = plain(
            0xAF, Crypto::aes128Cbc(key, zeroIv, QByteArray(rndA + Ev2Session::rotateLeft(rndB)),
                                    Crypto::Encrypt));
        if (part2.status != 0x00 || part2.data.size() != 32)
            return false;
        const QByteArray answer = Crypto::aes128Cbc(key, zeroIv, part2.data, Crypto::Decrypt);
        if (answer.sliced(4, 16) != Ev2Session::rotateLeft(rndA))
            return false;
        m_session = Ev2Session::derive(key, answer.first(4), rndA, rndB);
        return true;
    }

    // CommMode.MAC: header ‖ data ‖ MACt; the answer's MACt must verify.
    Answer mac(quint8 command, const QByteArray &body) {
        return secured(command, body + m_session->commandMac(command, body));
    }

    // CommMode.Full: header ‖ E(data) ‖ MACt (ChangeFileSettings, ChangeKey).
    Answer full(quint8 command, const QByteArray &header, const QByteArray &data) {
        const QByteArray body = header + m_session->encryptCommand(data);
        return secured(command, body + m_session->commandMac(command, body));
    }

    // Plain when no session is open, CommMode.MAC when one is.
    Answer send(quint8 command, const QByteArray &body) {
        return m_session ? mac(command, body) : plain(command, body);
    }

    bool authenticated() const { return m_session.has_value(); }

private:
    Answer secured(quint8 command, const QByteArray &apduData) {
        Answer answer = plain(command, apduData);
        if (answer.status != 0x00)
            return answer;
        m_session->advance();
        if (answer.data.size() < 8 ||
            answer.data.right(8) != m_session->responseMac(0x00, answer.data.chopped(8))) {
            m_session.reset();
            return {0xFF, "response MAC does not verify"};
        }
        answer.data.chop(8);
        return answer;
    }

    VirtualCard &m_card;
    std::optional<Ev2Session> m_session;
};

// A card with one AES application F0C1C1 (key settings `keySettings`, by
// default 0F: everything free, keys changed with key 0; two keys, both the
// factory key) holding one data file created with `createCommand`, the
// access-rights bytes `access`, and by default CommMode.MAC and 16 bytes.
std::unique_ptr<VirtualCard> cardWithFile(quint8 createCommand, const QByteArray &access,
                                          quint8 comm = 0x01, const QByteArray &size = h("100000"),
                                          quint8 keySettings = 0x0F) {
    std::unique_ptr<VirtualCard> card = VirtualCard::create("desfire-ev2", kUid);
    Pcd pcd(*card);
    if (!pcd.select(h("000000")) ||
        pcd.plain(0xCA, kAidWire + char(keySettings) + '\x82').status != 0x00 ||
        !pcd.select(kAidWire) || !pcd.authenticate(0, kFactoryKey))
        return nullptr;
    const Answer created =
        pcd.mac(createCommand, QByteArray(1, char(kFile)) + char(comm) + access + size);
    return created.status == 0x00 ? std::move(card) : nullptr;
}

// What `who` ("none", "key 0", "key 1") may do with the file: R read, W write,
// C change its settings, '-' refused (91 9D).
QString rightsOf(VirtualCard &card, const QByteArray &access, const QString &who) {
    Pcd pcd(card);
    const auto open = [&] {
        return pcd.select(kAidWire) &&
               (who == "none" || pcd.authenticate(who == "key 0" ? 0 : 1, kFactoryKey));
    };
    const auto outcome = [](const Answer &answer, QChar allowed) {
        return answer.status == 0x00   ? QString(allowed)
               : answer.status == 0x9D ? QStringLiteral("-")
                                       : QStringLiteral("?%1").arg(answer.status, 2, 16);
    };
    QString rights;
    if (!open())
        return "no session";
    rights += outcome(pcd.send(0xBD, QByteArray(1, char(kFile)) + h("000000") + h("040000")), 'R');
    if (!open())
        return "no session";
    rights += outcome(
        pcd.send(0x3D, QByteArray(1, char(kFile)) + h("000000") + h("040000") + "abcd"), 'W');
    if (!open())
        return "no session";
    // ChangeFileSettings to what it is already: CommMode.Full once authenticated.
    const QByteArray settings = '\x01' + access;
    rights += outcome(pcd.authenticated() ? pcd.full(0x5F, QByteArray(1, char(kFile)), settings)
                                          : pcd.plain(0x5F, char(kFile) + settings),
                      'C');
    return rights;
}

} // namespace

class TestDesfireCard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void accessRights_data();
    void accessRights();
    void writesTakeEffect_data();
    void writesTakeEffect();
    void getVersion_data();
    void getVersion();
    void keySettings_data();
    void keySettings();
    void piccKeySettings();
    void fileSettings_data();
    void fileSettings();
    void fileSettingsFollowChanges();
    void settingsNeedMasterKeyWhenListingIsNotFree();
};

void TestDesfireCard::accessRights_data() {
    QTest::addColumn<quint8>("create");
    QTest::addColumn<QByteArray>("access");
    QTest::addColumn<QString>("none");
    QTest::addColumn<QString>("keyZero");
    QTest::addColumn<QString>("keyOne");
    // One field set to key 1, the others key 0 (value, then its bytes LSB
    // first). Reading is allowed with the Read or the Read&Write key, writing
    // with the Write or the Read&Write key, changing the settings only with
    // the Change key.
    for (const auto &[create, kind] : {std::pair{quint8(0xCB), "CreateBackupDataFile"},
                                       std::pair{quint8(0xCD), "CreateStdDataFile"}}) {
        const auto row = [&](const char *name) {
            return &QTest::newRow(qPrintable(QString("%1, %2").arg(kind, name)));
        };
        *row("Read = key 1 (0x1000)") << create << h("0010") << "---"
                                      << "RWC"
                                      << "R--";
        *row("Write = key 1 (0x0100)") << create << h("0001") << "---"
                                       << "RWC"
                                       << "-W-";
        *row("Read&Write = key 1 (0x0010)") << create << h("1000") << "---"
                                            << "RWC"
                                            << "RW-";
        *row("Change = key 1 (0x0001)") << create << h("0100") << "---"
                                        << "RW-"
                                        << "--C";
        // Read free (E), everything else never (F): 0xEFFF.
        *row("read-only, free (0xEFFF)") << create << h("FFEF") << "R--"
                                         << "R--"
                                         << "R--";
    }
}

void TestDesfireCard::accessRights() {
    QFETCH(quint8, create);
    QFETCH(QByteArray, access);
    QFETCH(QString, none);
    QFETCH(QString, keyZero);
    QFETCH(QString, keyOne);
    const std::unique_ptr<VirtualCard> card = cardWithFile(create, access);
    QVERIFY(card);
    QCOMPARE(rightsOf(*card, access, "none"), none);
    QCOMPARE(rightsOf(*card, access, "key 0"), keyZero);
    QCOMPARE(rightsOf(*card, access, "key 1"), keyOne);
}

void TestDesfireCard::writesTakeEffect_data() {
    QTest::addColumn<quint8>("create");
    QTest::addColumn<QByteArray>("beforeCommit");
    // A standard data file is written at once; a backup data file keeps its
    // content until CommitTransaction.
    QTest::newRow("CreateStdDataFile") << quint8(0xCD) << QByteArray("abcd");
    QTest::newRow("CreateBackupDataFile") << quint8(0xCB) << QByteArray(4, '\0');
}

void TestDesfireCard::writesTakeEffect() {
    QFETCH(quint8, create);
    QFETCH(QByteArray, beforeCommit);
    const std::unique_ptr<VirtualCard> card = cardWithFile(create, h("0000")); // all key 0
    QVERIFY(card);
    Pcd pcd(*card);
    QVERIFY(pcd.select(kAidWire) && pcd.authenticate(0, kFactoryKey));
    const QByteArray read = QByteArray(1, char(kFile)) + h("000000") + h("040000");
    QCOMPARE(pcd.mac(0x3D, QByteArray(1, char(kFile)) + h("000000") + h("040000") + "abcd").status,
             quint8(0x00));
    QCOMPARE(pcd.mac(0xBD, read).data, beforeCommit);
    QCOMPARE(pcd.mac(0xC7, {}).status, quint8(0x00));
    QCOMPARE(pcd.mac(0xBD, read).data, QByteArray("abcd"));
}

void TestDesfireCard::getVersion_data() {
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("hardware");
    QTest::addColumn<QByteArray>("software");
    QTest::newRow("EV1") << "desfire-ev1" << h("04010101001A05") << h("04010101041A05");
    QTest::newRow("EV2") << "desfire-ev2" << h("04010112001A05") << h("04010102011A05");
    QTest::newRow("EV3") << "desfire-ev3" << h("04010133001A05") << h("04010103001A05");
}

void TestDesfireCard::getVersion() {
    QFETCH(QString, type);
    QFETCH(QByteArray, hardware);
    QFETCH(QByteArray, software);
    const std::unique_ptr<VirtualCard> card = VirtualCard::create(type, kUid);
    Pcd pcd(*card);
    const Answer first = pcd.plain(0x60);
    QCOMPARE(first.status, quint8(0xAF));
    QCOMPARE(first.data.toHex(' '), hardware.toHex(' '));
    const Answer second = pcd.plain(0xAF);
    QCOMPARE(second.status, quint8(0xAF));
    QCOMPARE(second.data.toHex(' '), software.toHex(' '));
    const Answer third = pcd.plain(0xAF);
    QCOMPARE(third.status, quint8(0x00));
    QCOMPARE(third.data.size(), 14);
    QCOMPARE(third.data.first(7), kUid);
    const auto isBcd = [](char byte) { return (quint8(byte) >> 4) <= 9 && (byte & 0xF) <= 9; };
    const char week = third.data[12], year = third.data[13];
    QVERIFY2(isBcd(week) && isBcd(year), third.data.toHex(' ').constData());
    const int weekNo = (quint8(week) >> 4) * 10 + (week & 0xF);
    QVERIFY2(weekNo >= 1 && weekNo <= 53, third.data.toHex(' ').constData());
    QCOMPARE(pcd.plain(0xAF).status, quint8(0x1C)); // nothing more to continue
}

void TestDesfireCard::keySettings_data() {
    QTest::addColumn<quint8>("settings");
    QTest::addColumn<QString>("session"); // "none", "key 0", "key 1"
    QTest::addColumn<QByteArray>("expected");
    // Two AES keys: max-keys byte 80 | 2 = 82.
    QTest::newRow("0F, plain") << quint8(0x0F) << "none" << h("0F82");
    QTest::newRow("0B (the city's), plain") << quint8(0x0B) << "none" << h("0B82");
    QTest::newRow("0B, MACed after key 1") << quint8(0x0B) << "key 1" << h("0B82");
    QTest::newRow("09, MACed after key 0") << quint8(0x09) << "key 0" << h("0982");
}

void TestDesfireCard::keySettings() {
    QFETCH(quint8, settings);
    QFETCH(QString, session);
    QFETCH(QByteArray, expected);
    const std::unique_ptr<VirtualCard> card =
        cardWithFile(0xCB, h("0010"), 0x01, h("300000"), settings);
    QVERIFY(card);
    Pcd pcd(*card);
    QVERIFY(pcd.select(kAidWire));
    if (session != "none")
        QVERIFY(pcd.authenticate(session == "key 0" ? 0 : 1, kFactoryKey));
    const Answer answer = pcd.send(0x45, {});
    QCOMPARE(answer.status, quint8(0x00));
    QCOMPARE(answer.data.toHex(' '), expected.toHex(' '));
}

void TestDesfireCard::piccKeySettings() {
    // A factory PICC master key: settings 0F, one key, DES (bits 7-6 = 00).
    const std::unique_ptr<VirtualCard> card = VirtualCard::create("desfire-ev2", kUid);
    Pcd pcd(*card);
    QVERIFY(pcd.select(h("000000")));
    const Answer answer = pcd.plain(0x45);
    QCOMPARE(answer.status, quint8(0x00));
    QCOMPARE(answer.data.toHex(' '), h("0F01").toHex(' '));
}

void TestDesfireCard::fileSettings_data() {
    QTest::addColumn<quint8>("create");
    QTest::addColumn<quint8>("comm");
    QTest::addColumn<QByteArray>("access");
    QTest::addColumn<QByteArray>("size");
    QTest::addColumn<QString>("session");
    QTest::addColumn<QByteArray>("expected");
    // The city's record file: backup (01), CommMode.MAC (01), read key 1 and
    // all else key 0 (0x1000 → 00 10), 48 bytes (30 00 00).
    QTest::newRow("backup, read = key 1, plain") << quint8(0xCB) << quint8(0x01) << h("0010")
                                                 << h("300000") << "none" << h("01 01 0010 300000");
    QTest::newRow("backup, read = key 1, MACed after key 1")
        << quint8(0xCB) << quint8(0x01) << h("0010") << h("300000") << "key 1"
        << h("01 01 0010 300000");
    QTest::newRow("standard, write = key 1, 8192 bytes")
        << quint8(0xCD) << quint8(0x00) << h("0001") << h("002000") << "key 0"
        << h("00 00 0001 002000");
    QTest::newRow("standard, read&write = key 1, enciphered")
        << quint8(0xCD) << quint8(0x03) << h("1000") << h("010000") << "none"
        << h("00 03 1000 010000");
    QTest::newRow("backup, change = key 1") << quint8(0xCB) << quint8(0x01) << h("0100")
                                            << h("100000") << "none" << h("01 01 0100 100000");
}

void TestDesfireCard::fileSettings() {
    QFETCH(quint8, create);
    QFETCH(quint8, comm);
    QFETCH(QByteArray, access);
    QFETCH(QByteArray, size);
    QFETCH(QString, session);
    QFETCH(QByteArray, expected);
    const std::unique_ptr<VirtualCard> card = cardWithFile(create, access, comm, size);
    QVERIFY(card);
    Pcd pcd(*card);
    QVERIFY(pcd.select(kAidWire));
    if (session != "none")
        QVERIFY(pcd.authenticate(session == "key 0" ? 0 : 1, kFactoryKey));
    const Answer answer = pcd.send(0xF5, QByteArray(1, char(kFile)));
    QCOMPARE(answer.status, quint8(0x00));
    QCOMPARE(answer.data.toHex(' '), expected.toHex(' '));
    QCOMPARE(pcd.send(0xF5, h("07")).status, quint8(0xF0)); // no file 7
}

void TestDesfireCard::fileSettingsFollowChanges() {
    const std::unique_ptr<VirtualCard> card = cardWithFile(0xCB, h("0010"));
    QVERIFY(card);
    Pcd pcd(*card);
    QVERIFY(pcd.select(kAidWire) && pcd.authenticate(0, kFactoryKey));
    // Plain, read free, the rest never: 0xEFFF.
    QCOMPARE(pcd.full(0x5F, QByteArray(1, char(kFile)), h("00 FFEF")).status, quint8(0x00));
    QCOMPARE(pcd.mac(0xF5, QByteArray(1, char(kFile))).data.toHex(' '),
             h("01 00 FFEF 100000").toHex(' '));
}

void TestDesfireCard::settingsNeedMasterKeyWhenListingIsNotFree() {
    // Key settings 09: bit 1 (free directory list) clear.
    const std::unique_ptr<VirtualCard> card =
        cardWithFile(0xCB, h("0010"), 0x01, h("300000"), 0x09);
    QVERIFY(card);
    Pcd pcd(*card);
    for (const quint8 command : {quint8(0x45), quint8(0xF5), quint8(0x6F)}) {
        const QByteArray body = command == 0xF5 ? QByteArray(1, char(kFile)) : QByteArray();
        QVERIFY(pcd.select(kAidWire));
        QCOMPARE(pcd.send(command, body).status, quint8(0xAE));
        QVERIFY(pcd.select(kAidWire) && pcd.authenticate(1, kFactoryKey));
        QCOMPARE(pcd.send(command, body).status, quint8(0xAE));
        QVERIFY(pcd.select(kAidWire) && pcd.authenticate(0, kFactoryKey));
        QCOMPARE(pcd.send(command, body).status, quint8(0x00));
    }
}

QTEST_GUILESS_MAIN(TestDesfireCard)
#include "tst_desfirecard.moc"
