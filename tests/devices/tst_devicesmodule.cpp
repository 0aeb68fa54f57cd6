// The counter's devices from citizencard-devices.so: before, after and
// without a successful load; and the real citizencard GUI loading them once
// its login window is painted.
#include "devices/devicesmodule.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

const QString kModule = QStringLiteral(CITIZENCARD_DEVICES_MODULE);

// Every call of a module without devices answers with `code`.
void checkEveryCallSays(DevicesModule &devices, ErrorCode code, const QString &where) {
    QVERIFY(devices.readers().isEmpty());
    QVERIFY(devices.printers().isEmpty());
    const Result<std::unique_ptr<CardEncoder>> encoder = devices.openEncoder({});
    QVERIFY(!encoder);
    QCOMPARE(encoder.error().code, code);
    QCOMPARE(encoder.error().where, where);
    const Result<std::unique_ptr<CardPrinter>> printer = devices.openPrinter({});
    QVERIFY(!printer);
    QCOMPARE(printer.error().code, code);
    const Result<FacePreview> preview = devices.preview({}, 100);
    QVERIFY(!preview);
    QCOMPARE(preview.error().code, code);
    const Status receipt = devices.printReceipt({}, QStringLiteral("pdf:/tmp/unused.pdf"));
    QVERIFY(!receipt);
    QCOMPARE(receipt.error().code, code);
}

} // namespace

class TstDevicesModule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void beforeLoadingSaysTheyAreStarting();
    void loadFails_data();
    void loadFails();
    void loadedDevicesAnswer();
    void guiLoadsItsDevicesOnceShown();
};

void TstDevicesModule::beforeLoadingSaysTheyAreStarting() {
    DevicesModule devices;
    QVERIFY(!devices.isLoaded());
    checkEveryCallSays(devices, ErrorCode::DeviceNotFound, QStringLiteral("devices"));
    QVERIFY(devices.openEncoder({}).error().message.contains("still starting"));
}

void TstDevicesModule::loadFails_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("where");
    const QString missing = QStringLiteral("/nonexistent/citizencard-devices.so");
    const QString qtCore =
        QLibraryInfo::path(QLibraryInfo::LibrariesPath) + QStringLiteral("/libQt6Core.so.6");
    QTest::newRow("no such file") << missing << "desfire" << ErrorCode::FileNotFound << missing;
    QTest::newRow("not the module") << qtCore << "desfire" << ErrorCode::FileUnreadable << qtCore;
    // The module's own refusal comes through as it is.
    QTest::newRow("devices refuse") << kModule << "nonsense" << ErrorCode::BadValue << "profile";
}

void TstDevicesModule::loadFails() {
    QFETCH(QString, path);
    QFETCH(QString, profile);
    QFETCH(ErrorCode, code);
    QFETCH(QString, where);
    DevicesModule devices;
    LocalDevicesConfig config;
    config.chipProfile = profile;
    const Status loaded = devices.load(path, config);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, code);
    QCOMPARE(loaded.error().where, where);
    QVERIFY(!devices.isLoaded());
    // Afterwards every call gives that reason, not "still starting".
    checkEveryCallSays(devices, code, where);
}

void TstDevicesModule::loadedDevicesAnswer() {
    QTemporaryDir proofDir;
    QVERIFY(proofDir.isValid());
    const QString proof = QStringLiteral("proof:") + proofDir.path();
    DevicesModule devices;
    LocalDevicesConfig config;
    config.directPrinters = {proof};
    const Status loaded = devices.load(kModule, config);
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
    QVERIFY(devices.isLoaded());

    const QList<PrinterListing> printers = devices.printers();
    const auto listed = std::find_if(printers.cbegin(), printers.cend(),
                                     [&](const PrinterListing &p) { return p.name == proof; });
    QVERIFY(listed != printers.cend());
    QCOMPARE(listed->kind, QStringLiteral("proof"));
    QVERIFY(devices.openPrinter(proof).ok());
    // Without a key file the station's devices refuse to encode, and say so.
    const Result<std::unique_ptr<CardEncoder>> encoder = devices.openEncoder({});
    QVERIFY(!encoder);
    QCOMPARE(encoder.error().code, ErrorCode::FileNotFound);
    QCOMPARE(encoder.error().where, QStringLiteral("keys"));

    const Status again = devices.load(kModule, config);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
}

void TstDevicesModule::guiLoadsItsDevicesOnceShown() {
    const ManualClock clock;
    StoreFixture station(clock);
    QVERIFY2(station.ok(), qPrintable(station.error()));
    QProcess gui;
    gui.start(QStringLiteral(CITIZENCARD_GUI),
              {QStringLiteral("--db"), station.path(), QStringLiteral("--quit-when-shown")});
    QVERIFY(gui.waitForFinished(60000));
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
    // 3 would mean the login window came up but the devices did not load.
    QVERIFY2(gui.exitCode() == 0, gui.readAllStandardError().constData());
    QCOMPARE(gui.readAllStandardOutput(), QByteArray("shown\n"));
}

QTEST_GUILESS_MAIN(TstDevicesModule)
#include "tst_devicesmodule.moc"
