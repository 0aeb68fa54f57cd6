// The encoder against a real pcscd with vpcd and the virtual card: readers,
// card events, personalise and verify for both profiles, the named errors,
// and the service going away and coming back.
#include "tests/support/pcscpeers.h"

#include "reader/desfirecommands.h"
#include "reader/keyfile.h"
#include "reader/pcscencoder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using namespace cc::reader;
using cc::test::kReader0;
using cc::test::kReader1;

namespace {
const cc::ScryptParams kCheap{1u << 10, 8, 1};

ChipRecord record(const char *number = "0301000000000014", CardType type = CardType::Senior) {
    return ChipRecord{number, type, QDate(2026, 11, 21), QDate(2031, 11, 20), "TPE-DAAN-01"};
}

std::unique_ptr<KeyFile> makeKeys(const QString &path, const QByteArray &aid = "\xF0\xC1\xC1") {
    if (!KeyFile::create(path, "correct horse battery", CardKeySettings{aid, "TAIPEI", 1}, kCheap))
        return nullptr;
    return std::move(KeyFile::unlock(path, "correct horse battery").value());
}
} // namespace

class TestEncoder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void listsTheReaders();
    void seesCardsArriveAndLeave();
    void personaliseAndVerify_data();
    void personaliseAndVerify();
    void recordFileAccessRights();
    void alreadyPersonalised_data();
    void alreadyPersonalised();
    void wrongMasterKey_data();
    void wrongMasterKey();
    void wrongCardKind_data();
    void wrongCardKind();
    void cardRemoved();
    void noCard();
    void cardErrorStatus();
    void slowCard();
    void serviceDownThenBack();

private:
    bool insert(const QStringList &arguments, int reader = 0);
    QString statePath(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    test::PcscDaemon m_daemon;
    test::VirtualCardProcess m_card;
    std::unique_ptr<ReaderManager> m_manager;
    std::unique_ptr<KeyFile> m_keys;
    std::unique_ptr<KeyFile> m_otherKeys;
    int m_stateCounter = 0;
};

void TestEncoder::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_daemon.start(), "pcscd with vpcd did not start");
    m_keys = makeKeys(m_dir.filePath("keys.json"));
    m_otherKeys = makeKeys(m_dir.filePath("other-keys.json"));
    QVERIFY(m_keys && m_otherKeys);
    m_manager = std::make_unique<ReaderManager>();
    m_manager->start();
    QVERIFY(m_manager->waitForFirstScan(5000));
}

void TestEncoder::cleanupTestCase() {
    m_card.stop();
    m_manager.reset();
    m_daemon.stop();
}

void TestEncoder::cleanup() {
    m_card.stop();
    QVERIFY(test::waitForCard(*m_manager, kReader0, false));
}

bool TestEncoder::insert(const QStringList &arguments, int reader) {
    return m_card.start(arguments, reader) &&
           test::waitForCard(*m_manager, reader ? kReader1 : kReader0, true);
}

void TestEncoder::listsTheReaders() {
    QVERIFY(m_manager->serviceAvailable());
    QStringList names;
    for (const ReaderListing &r : m_manager->readers())
        names << r.name;
    QCOMPARE(names, QStringList({kReader0, kReader1}));
    QCOMPARE(m_manager->resolve("00 01").value(), kReader1);
    QCOMPARE(m_manager->resolve("Virtual").error().code, ErrorCode::InvalidArgument);
    QCOMPARE(m_manager->resolve("ACS ACR122").error().code, ErrorCode::DeviceNotFound);
}

void TestEncoder::seesCardsArriveAndLeave() {
    QSignalSpy inserted(m_manager.get(), &ReaderManager::cardInserted);
    QSignalSpy removed(m_manager.get(), &ReaderManager::cardRemoved);
    QVERIFY(m_card.start({"--type", "classic-1k"}, 1));
    QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 1, 5000);
    QCOMPARE(inserted.first().at(0).toString(), kReader1);
    QCOMPARE(inserted.first().at(1).toByteArray().toHex().toUpper(),
             QByteArray("3B8F8001804F0CA000000306030001000000006A"));
    QCOMPARE(m_manager->resolve({}).value(), kReader1); // the only reader with a card
    m_card.stop();
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 5000);
    QCOMPARE(removed.first().at(0).toString(), kReader1);
}

void TestEncoder::personaliseAndVerify_data() {
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<CardKind>("kind");
    QTest::newRow("DESFire EV2") << "desfire-ev2"
                                 << "desfire" << CardKind::DesfireEv2;
    QTest::newRow("DESFire EV3") << "desfire-ev3"
                                 << "desfire" << CardKind::DesfireEv3;
    QTest::newRow("Classic 1K") << "classic-1k"
                                << "classic" << CardKind::MifareClassic1K;
    QTest::newRow("Classic 4K") << "classic-4k"
                                << "classic" << CardKind::MifareClassic4K;
}

void TestEncoder::personaliseAndVerify() {
    QFETCH(QString, type);
    QFETCH(QString, profile);
    QFETCH(CardKind, kind);
    const QString state = statePath(QString("card-%1.json").arg(++m_stateCounter));
    QVERIFY(insert({"--type", type, "--state", state}));
    PcscEncoder encoder(*m_manager, kReader0, *m_keys, ChipProfile::byName(profile));

    const auto blank = encoder.verify();
    QVERIFY2(blank.ok(), qPrintable(blank.ok() ? QString() : blank.error().toString()));
    QCOMPARE(blank->state, ChipState::Blank);

    const auto result = encoder.personalise(record(), false);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->kind, kind);
    QCOMPARE(result->profile, profile);
    QCOMPARE(result->written, record());
    QCOMPARE(result->readBack.state, ChipState::Personalised);
    QVERIFY(result->apduCount > 5);
    QCOMPARE(encoder.readUid().value(), result->uid);

    // Off the reader and back (power cycle): what the chip keeps, it keeps.
    m_card.stop();
    QVERIFY(test::waitForCard(*m_manager, kReader0, false));
    QVERIFY(insert({"--state", state}));
    const auto again = encoder.verify();
    QVERIFY(again.ok());
    QCOMPARE(again->state, ChipState::Personalised);
    QCOMPARE(again->record.value(), record());
    QCOMPARE(again->uid, result->uid);
}

// What the personalisation leaves on a DESFire, read back from the card as a
// checking station or an auditor would: the record file's settings, the
// application's key settings, and what the read key may do.
void TestEncoder::recordFileAccessRights() {
    QVERIFY(insert({"--type", "desfire-ev2", "--state",
                    statePath(QString("card-%1.json").arg(++m_stateCounter))}));
    PcscEncoder encoder(*m_manager, kReader0, *m_keys, ChipProfile::byName("desfire"));
    const auto result = encoder.personalise(record(), false);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    Result<SecretKey> readKey = m_keys->cardKey(KeyPurpose::DesfireRead, result->uid);
    QVERIFY(readKey.ok());

    struct Seen {
        QByteArray fileSettings, keySettings;
        bool readWorks = false;
        bool writeWorks = true;
        std::optional<quint8> writeStatus;
    };
    const QByteArray aid = m_keys->settings().aid;
    const auto seen =
        m_manager
            ->withCard<Seen>(
                kReader0,
                [&](CardChannel &channel) -> Result<Seen> {
                    DesfireCommands desfire(channel);
                    Seen s;
                    if (Status st = desfire.selectApplication(aid); !st)
                        return st.error();
                    // Key settings 0B list the directory freely:
                    // both answer plain without a session.
                    Result<QByteArray> file = desfire.plainCommand(0xF5, "\x01");
                    Result<QByteArray> keys = desfire.plainCommand(0x45);
                    if (!file || !keys)
                        return !file ? file.error() : keys.error();
                    s.fileSettings = *file;
                    s.keySettings = *keys;
                    if (Status st = desfire.authenticate(1, readKey->view()); !st)
                        return st.error();
                    s.readWorks =
                        desfire.macCommand(0xBD, QByteArray::fromHex("01000000300000")).ok();
                    s.writeWorks =
                        desfire.macCommand(0x3D, QByteArray::fromHex("01000000010000"), "X").ok();
                    s.writeStatus = desfire.lastStatus();
                    return s;
                })
            .get();
    QVERIFY2(seen.ok(), qPrintable(seen.ok() ? QString() : seen.error().toString()));

    // GetFileSettings: backup data file (01), CommMode.MAC (01), access
    // rights, 48 bytes (30 00 00). The access rights are the 16-bit value of
    // NXP's layout (Read 15-12, Write 11-8, Read&Write 7-4, Change 3-0) LSB
    // first: read key 1, all else key 0 is 0x1000, on the wire 00 10.
    const QByteArray &fs = seen->fileSettings;
    QCOMPARE(fs.toHex(' '), QByteArray("01 01 00 10 30 00 00"));
    const int access = quint8(fs[2]) | (quint8(fs[3]) << 8);
    QCOMPARE(access >> 12, 1);        // Read: key 1
    QCOMPARE((access >> 8) & 0xF, 0); // Write: key 0
    QCOMPARE((access >> 4) & 0xF, 0); // Read&Write: key 0
    QCOMPARE(access & 0xF, 0);        // Change: key 0
    // GetKeySettings: 0B, and two AES keys (80 | 2).
    QCOMPARE(seen->keySettings.toHex(' '), QByteArray("0b 82"));
    // The read key reads the record and cannot write it.
    QVERIFY(seen->readWorks);
    QVERIFY(!seen->writeWorks);
    QCOMPARE(seen->writeStatus, std::optional<quint8>(DesfireStatus::PermissionDenied));
}

void TestEncoder::alreadyPersonalised_data() {
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("profile");
    QTest::newRow("DESFire") << "desfire-ev2"
                             << "desfire";
    QTest::newRow("Classic") << "classic-1k"
                             << "classic";
}

void TestEncoder::alreadyPersonalised() {
    QFETCH(QString, type);
    QFETCH(QString, profile);
    QVERIFY(insert(
        {"--type", type, "--state", statePath(QString("card-%1.json").arg(++m_stateCounter))}));
    PcscEncoder encoder(*m_manager, kReader0, *m_keys, ChipProfile::byName(profile));
    QVERIFY(encoder.personalise(record(), false).ok());

    const auto second = encoder.personalise(record("0301000000000022"), false);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::CardAlreadyPersonalised);
    QVERIFY(second.error().message.contains("0301000000000014"));
    QCOMPARE(encoder.verify()->record.value(), record()); // untouched

    const auto replaced = encoder.personalise(record("0301000000000022", CardType::General), true);
    QVERIFY2(replaced.ok(), qPrintable(replaced.ok() ? QString() : replaced.error().toString()));
    QCOMPARE(encoder.verify()->record.value(), record("0301000000000022", CardType::General));
}

void TestEncoder::wrongMasterKey_data() {
    alreadyPersonalised_data();
}

void TestEncoder::wrongMasterKey() {
    QFETCH(QString, type);
    QFETCH(QString, profile);
    QVERIFY(insert(
        {"--type", type, "--state", statePath(QString("card-%1.json").arg(++m_stateCounter))}));
    PcscEncoder ours(*m_manager, kReader0, *m_keys, ChipProfile::byName(profile));
    QVERIFY(ours.personalise(record(), false).ok());

    PcscEncoder theirs(*m_manager, kReader0, *m_otherKeys, ChipProfile::byName(profile));
    const auto verified = theirs.verify();
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, ErrorCode::WrongCardKey);
    const auto written = theirs.personalise(record("0301000000000022"), true);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, ErrorCode::WrongCardKey);
    QCOMPARE(ours.verify()->record.value(), record()); // and the card is as it was
}

void TestEncoder::wrongCardKind_data() {
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("profile");
    QTest::newRow("classic profile, DESFire card") << "desfire-ev2"
                                                   << "classic";
    QTest::newRow("DESFire profile, Classic card") << "classic-1k"
                                                   << "desfire";
    QTest::newRow("DESFire profile, EV1 card (no EV2 secure messaging)") << "desfire-ev1"
                                                                         << "desfire";
}

void TestEncoder::wrongCardKind() {
    QFETCH(QString, type);
    QFETCH(QString, profile);
    QVERIFY(insert({"--type", type}));
    PcscEncoder encoder(*m_manager, kReader0, *m_keys, ChipProfile::byName(profile));
    const auto result = encoder.personalise(record(), false);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::WrongCardKind);
}

void TestEncoder::cardRemoved() {
    QVERIFY(insert({"--type", "desfire-ev2", "--vanish-after", "8"}));
    PcscEncoder encoder(*m_manager, kReader0, *m_keys, ChipProfile::byName("desfire"));
    const auto result = encoder.personalise(record(), false);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::CardRemoved);
    QVERIFY(m_card.waitForExit(2000));
}

void TestEncoder::noCard() {
    PcscEncoder encoder(*m_manager, kReader0, *m_keys, ChipProfile::byName("desfire"));
    const auto result = encoder.personalise(record(), false);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::NoCard);
    QCOMPARE(result.error().where, kReader0);
}

void TestEncoder::cardErrorStatus() {
    QVERIFY(insert({"--type", "classic-1k", "--fail-apdu", "1", "--status", "6F00"}));
    PcscEncoder encoder(*m_manager, kReader0, *m_keys, ChipProfile::byName("classic"));
    const auto uid = encoder.readUid();
    QVERIFY(!uid.ok());
    QCOMPARE(uid.error().code, ErrorCode::CardRefused);
    QVERIFY(uid.error().message.contains("6F00"));
}

void TestEncoder::slowCard() {
    QVERIFY(insert({"--type", "classic-1k", "--delay-ms", "40"}));
    PcscEncoder encoder(*m_manager, kReader0, *m_keys, ChipProfile::byName("classic"));
    const auto result = encoder.personalise(record(), false);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
}

void TestEncoder::serviceDownThenBack() {
    QSignalSpy service(m_manager.get(), &ReaderManager::serviceAvailableChanged);
    m_daemon.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_manager->serviceAvailable(), 5000);
    QVERIFY(m_manager->readers().isEmpty());
    PcscEncoder encoder(*m_manager, kReader0, *m_keys, ChipProfile::byName("desfire"));
    const auto uid = encoder.readUid();
    QVERIFY(!uid.ok());
    QCOMPARE(uid.error().code, ErrorCode::ServiceUnavailable);
    QVERIFY(uid.error().message.contains("SCARD_E_NO_SERVICE"));
    QCOMPARE(m_manager->resolve(kReader0).error().code, ErrorCode::ServiceUnavailable);

    QVERIFY(m_daemon.start());
    QTRY_VERIFY_WITH_TIMEOUT(m_manager->serviceAvailable(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_manager->readers().size(), 2, 5000);
    QVERIFY(service.size() >= 2);
    QCOMPARE(service.first().at(0).toBool(), false);
    QCOMPARE(service.last().at(0).toBool(), true);
    QVERIFY(insert({"--type", "desfire-ev2", "--uid", "04112233445566"}));
    QCOMPARE(encoder.readUid().value(), QByteArray::fromHex("04112233445566"));
}

QTEST_GUILESS_MAIN(TestEncoder)
#include "tst_encoder.moc"
