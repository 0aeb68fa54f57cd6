// Tearing: for every APDU k of a personalisation, the card leaves the reader
// right after APDU k. Afterwards the card must either verify as completely
// personalised with the record that was being written (or, when overwriting,
// the record it had before), or read as blank / incomplete and take a fresh
// personalisation. Never a card that verifies with wrong or partial data.
#include "tests/support/pcscpeers.h"

#include "reader/desfirecommands.h"
#include "reader/keyfile.h"
#include "reader/pcscencoder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using namespace cc::reader;
using cc::test::kReader0;

namespace {
ChipRecord record(const char *number, CardType type) {
    return ChipRecord{number, type, QDate(2026, 11, 21), QDate(2031, 11, 20), "TPE-DAAN-01"};
}
const ChipRecord kOld = record("0301000000000014", CardType::General);
const ChipRecord kNew = record("0301000000000022", CardType::Senior);
} // namespace

class TestTearing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyApdu_data();
    void everyApdu();

private:
    bool insert(const QStringList &arguments);
    void remove();
    Result<EncodeResult> personalise(const QString &profile, const ChipRecord &r, bool overwrite);
    Result<ChipReading> verify();
    bool factoryKeyStillOpens(const QString &profile);

    QTemporaryDir m_dir;
    test::PcscDaemon m_daemon;
    test::VirtualCardProcess m_card;
    std::unique_ptr<ReaderManager> m_manager;
    std::unique_ptr<KeyFile> m_keys;
};

void TestTearing::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_daemon.start(), "pcscd with vpcd did not start");
    const QString path = m_dir.filePath("keys.json");
    QVERIFY(KeyFile::create(path, "correct horse battery",
                            CardKeySettings{"\xF0\xC1\xC1", "TAIPEI", 1},
                            ScryptParams{1u << 10, 8, 1}));
    m_keys = std::move(KeyFile::unlock(path, "correct horse battery").value());
    m_manager = std::make_unique<ReaderManager>();
    m_manager->start();
    QVERIFY(m_manager->waitForFirstScan(5000));
}

void TestTearing::cleanupTestCase() {
    m_card.stop();
    m_manager.reset();
    m_daemon.stop();
}

bool TestTearing::insert(const QStringList &arguments) {
    return m_card.start(arguments) && test::waitForCard(*m_manager, kReader0, true);
}

void TestTearing::remove() {
    m_card.stop();
    QVERIFY(test::waitForCard(*m_manager, kReader0, false));
}

Result<EncodeResult> TestTearing::personalise(const QString &profile, const ChipRecord &r,
                                              bool overwrite) {
    PcscEncoder encoder(*m_manager, kReader0, *m_keys, ChipProfile::byName(profile));
    return encoder.personalise(r, overwrite);
}

Result<ChipReading> TestTearing::verify() {
    PcscEncoder encoder(*m_manager, kReader0, *m_keys, ChipProfile::byName("desfire"));
    return encoder.verify();
}

// A card that verifies must also be finished: its factory (transport) key no
// longer opens the city application or sector.
bool TestTearing::factoryKeyStillOpens(const QString &profile) {
    const QByteArray aid = m_keys->settings().aid;
    const int block = m_keys->settings().classicSector * 4;
    return m_manager
        ->withCard<bool>(kReader0,
                         [&](CardChannel &channel) -> Result<bool> {
                             if (profile == "desfire") {
                                 DesfireCommands desfire(channel);
                                 if (Status s = desfire.selectApplication(aid); !s)
                                     return s.error();
                                 return desfire.authenticate(0, QByteArray(16, '\0')).ok();
                             }
                             (void)channel.transmit(
                                 {0xFF, 0x82, 0x00, 0x00, QByteArray(6, '\xFF'), std::nullopt});
                             const auto auth = channel.transmit(
                                 {0xFF, 0x86, 0x00, 0x00, octets({0x01, 0x00, block, 0x60, 0x00}),
                                  std::nullopt});
                             return auth.ok() && auth->isSuccess();
                         })
        .get()
        .value();
}

void TestTearing::everyApdu_data() {
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("overwrite");
    QTest::newRow("DESFire EV2, blank card") << "desfire-ev2"
                                             << "desfire" << false;
    QTest::newRow("DESFire EV2, overwriting a card") << "desfire-ev2"
                                                     << "desfire" << true;
    QTest::newRow("Classic 1K, blank card") << "classic-1k"
                                            << "classic" << false;
    QTest::newRow("Classic 1K, overwriting a card") << "classic-1k"
                                                    << "classic" << true;
}

void TestTearing::everyApdu() {
    QFETCH(QString, type);
    QFETCH(QString, profile);
    QFETCH(bool, overwrite);
    const QString start = m_dir.filePath(QString("%1-%2-start.json").arg(type).arg(overwrite));
    const QString state = m_dir.filePath("torn.json");

    // The card as it is before: blank, or carrying kOld.
    QFile::remove(start);
    QVERIFY(insert({"--type", type, "--uid",
                    type.startsWith("desfire") ? "04782E21801D80" : "31B79D41", "--state", start}));
    if (overwrite)
        QVERIFY(personalise(profile, kOld, false).ok());
    remove();

    // How many APDUs a whole personalisation takes from there.
    QFile::remove(state);
    QVERIFY(QFile::copy(start, state));
    QVERIFY(insert({"--state", state}));
    const auto whole = personalise(profile, kNew, overwrite);
    QVERIFY2(whole.ok(), qPrintable(whole.ok() ? QString() : whole.error().toString()));
    const int apdus = whole->apduCount;
    remove();

    int verifiedNew = 0, verifiedOld = 0, redone = 0;
    for (int k = 0; k < apdus; ++k) {
        const QString at = QString("after APDU %1 of %2").arg(k).arg(apdus);
        QFile::remove(state);
        QVERIFY(QFile::copy(start, state));
        QVERIFY(insert({"--state", state, "--vanish-after", QString::number(k)}));
        const auto torn = personalise(profile, kNew, overwrite);
        QVERIFY2(!torn.ok(),
                 qPrintable(at + ": the card vanished, yet the write reported success"));
        QVERIFY2(torn.error().code == ErrorCode::CardRemoved,
                 qPrintable(at + ": " + errorCodeName(torn.error().code) + " " +
                            torn.error().toString()));
        QVERIFY(m_card.waitForExit(3000));
        QVERIFY(test::waitForCard(*m_manager, kReader0, false));

        QVERIFY(insert({"--state", state}));
        const auto reading = verify();
        QVERIFY2(reading.ok(),
                 qPrintable(at + ": " + (reading.ok() ? QString() : reading.error().toString())));
        if (reading->state == ChipState::Personalised) {
            const bool isNew = reading->record == kNew;
            const bool isOld = overwrite && reading->record == kOld;
            QVERIFY2(isNew || isOld,
                     qPrintable(at + ": the card verifies with a record never written"));
            QVERIFY2(!factoryKeyStillOpens(profile),
                     qPrintable(at + ": the card verifies but its factory key still opens it"));
            (isNew ? verifiedNew : verifiedOld)++;
        } else {
            // Blank or incomplete: it must take a fresh personalisation.
            const auto again = personalise(profile, kNew, overwrite);
            QVERIFY2(again.ok(), qPrintable(at + ": redo failed: " +
                                            (again.ok() ? QString() : again.error().toString())));
            const auto after = verify();
            QCOMPARE(after->state, ChipState::Personalised);
            QCOMPARE(after->record.value(), kNew);
            ++redone;
        }
        remove();
    }
    qInfo().noquote() << QString("%1 APDUs: %2 tears left the card incomplete or blank and were "
                                 "redone, %3 verified with the new record, %4 with the old one")
                             .arg(apdus)
                             .arg(redone)
                             .arg(verifiedNew)
                             .arg(verifiedOld);
    QCOMPARE(redone + verifiedNew + verifiedOld, apdus);
    QVERIFY(redone > 0);
}

QTEST_GUILESS_MAIN(TestTearing)
#include "tst_tearing.moc"
