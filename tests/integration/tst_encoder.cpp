// The encoder against a real pcscd with vpcd and the virtual card: readers,
// card events, personalise and verify for both profiles, the named errors,
// and the service going away and coming back.
#include "tests/support/pcscpeers.h"

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
    for (const ReaderInfo &r : m_manager->readers())
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
