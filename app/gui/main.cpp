// citizencard: the counter GUI. Wiring only: opens the store, the registry,
// the devices, and hands them to the ui library's main window.
#include "devices/devicesmodule.h"
#include "registry/fixtureregistry.h"
#include "sync/centralregistry.h"
#include "sync/httpstransport.h"

#include "app/gui/walkthrough.h"
#include "core/ports/clock.h"
#include "core/station/accounts.h"
#include "core/station/auditlog.h"
#include "core/station/centralpolicies.h"
#include "core/station/store.h"
#include "translations/translations.h"
#include "ui/common/mainwindow.h"
#include "ui/common/stationfont.h"
#include "ui/common/uiservices.h"
#include "ui/workspaces.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <optional>
#include <sys/stat.h>

namespace {

// Without a registry the counter works offline: every lookup says so.
class NoRegistry final : public cc::RegistryGateway {
public:
    cc::Result<std::optional<cc::RegistryEntry>> lookup(const QString &) override {
        return cc::Error{cc::ErrorCode::ServiceUnavailable,
                         QApplication::translate("Main", "No household registry is connected."),
                         {}};
    }
};

// What the counter reads from disk before its window opens.
struct StationData {
    std::unique_ptr<cc::Store> store;
    cc::EligibilityPolicy rules;
    std::unique_ptr<cc::RegistryGateway> registry;

    // policyFile empty: the city's published policy (or the shipped one);
    // registryPath empty: no registry.
    static cc::Result<StationData> open(const QString &db, const QString &policyFile,
                                        const QString &registryPath) {
        StationData data;
        cc::Result<std::unique_ptr<cc::Store>> store = cc::Store::open(db);
        if (!store)
            return store.error();
        data.store = std::move(store).value();
        // Without a file of its own, the newest policy the city published.
        cc::Result<cc::EligibilityPolicy> rules = policyFile.isEmpty()
                                                      ? cc::CentralPolicies(*data.store).current()
                                                      : cc::EligibilityPolicy::loadFile(policyFile);
        if (!rules)
            return rules.error();
        data.rules = std::move(rules).value();
        data.registry = std::make_unique<NoRegistry>();
        if (!registryPath.isEmpty()) {
            cc::Result<std::unique_ptr<cc::FixtureRegistry>> fixture =
                cc::FixtureRegistry::load(registryPath);
            if (!fixture)
                return fixture.error();
            data.registry = std::move(fixture).value();
        }
        return data;
    }
};

// Runs `then` once `window`'s first frame is painted and flushed.
class FirstPaint final : public QObject {
public:
    FirstPaint(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_then(std::move(then)) {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued: the rest of the frame is painted and flushed first.
            QMetaObject::invokeMethod(this, m_then, Qt::QueuedConnection);
        }
        return false;
    }

private:
    std::function<void()> m_then;
};

// Why the counter cannot start: in a box for the clerk, or on standard error
// when nobody is there to close one (--quit-when-shown, --screenshot,
// --walk-through: scripts, tests, the package check).
int fail(const QString &message, bool unattended) {
    if (unattended)
        std::fprintf(stderr, "citizencard: %s\n", qPrintable(message));
    else
        QMessageBox::critical(nullptr, QApplication::translate("Main", "Citizen card counter"),
                              message);
    return 3;
}

} // namespace

int main(int argc, char *argv[]) {
    // Everything this program writes may hold personal data (the store and its
    // -wal/-shm, receipts, photos): owner-only, whatever the session's umask.
    ::umask(077);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("citizencard"));
    QApplication::setApplicationVersion(QStringLiteral(CITIZENCARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Citizen card counter"));
    parser.addHelpOption();
    parser.addVersionOption();
    auto option = [&parser](const char *name, const char *help, const char *value = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help),
                             value ? QString::fromLatin1(value) : QString());
        parser.addOption(o);
        return o;
    };
    const auto db = option("db",
                           "The station store file (default: station.db in the user's data "
                           "folder, ~/.local/share/citizencard/).",
                           "PATH");
    const auto registry = option("registry", "A registry fixture file or folder.", "PATH");
    const auto policy = option("policy", "The eligibility policy file (default: shipped).", "FILE");
    const auto keys = option("keys",
                             "The city's key file (passphrase: "
                             "CITIZENCARD_KEY_PASSPHRASE, else asked).",
                             "FILE");
    const auto reader =
        option("reader", "The encoder's reader (a unique part of its name).", "NAME");
    const auto printer = option("printer",
                                "The card printer: a queue, evolis://HOST:PORT, "
                                "proof:DIR.",
                                "NAME");
    const auto receipt = option(
        "receipt-printer",
        "The receipt printer: a queue, pdf:FILE, or pdf:FOLDER/ (a file per receipt).", "NAME");
    const auto idle = option("idle-lock", "Lock after this many idle seconds (300).", "SECONDS");
    const auto language = option("language", "zh_TW (default) or en.", "LANG");
    const auto screenshot =
        option("screenshot", "Save the window as FILE once shown, then quit.", "FILE");
    const auto walkThrough =
        option("walk-through",
               "Walk a scripted applicant through the counter as --walk-through-user (password in "
               "CITIZENCARD_PASSWORD), saving each stage's screenshot in DIR, then quit.",
               "DIR");
    const auto walkUser =
        option("walk-through-user", "The clerk of --walk-through (clerk).", "USER");
    const auto walkId = option("walk-through-id",
                               "The applicant's ID number of --walk-through (H101234562).", "ID");
    const auto walkPhoto = option("walk-through-photo", "The photo of --walk-through.", "FILE");
    const auto quitWhenShown =
        option("quit-when-shown", "Say \"shown\" once the login window is painted, then quit "
                                  "once the devices are loaded (exit code 3 if they failed).");
    parser.process(app);

    const QString languageCode = parser.value(language) == QLatin1String("en")
                                     ? QStringLiteral("en")
                                     : QStringLiteral("zh_TW");
    const QLocale locale(languageCode);
    cc::installTranslations(app, locale);

    const bool unattended =
        parser.isSet(quitWhenShown) || parser.isSet(screenshot) || parser.isSet(walkThrough);
    // An installed station opens its own store (docs/install.md).
    const QString dbPath =
        parser.isSet(db) ? parser.value(db)
                         : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(QStringLiteral("station.db"));
    if (!parser.isSet(db) && !QFileInfo::exists(dbPath))
        return fail(QApplication::translate("Main",
                                            "This station has no store yet at %1. The city's IT "
                                            "sets it up with: citizencard-cli store init --db %1 "
                                            "--station ID --admin USER --supervisor USER "
                                            "(docs/install.md), or start the program with --db "
                                            "PATH.")
                        .arg(QDir::toNativeSeparators(dbPath)),
                    unattended);
    cc::useStationFont();
    // The store, the policy and the registry are read on the second core
    // while this thread loads the fonts the login page is drawn with.
    std::optional<cc::Result<StationData>> opened;
    const std::unique_ptr<QThread> opening(QThread::create([&] {
        opened.emplace(StationData::open(dbPath, parser.value(policy), parser.value(registry)));
    }));
    opening->start();
    cc::loadStationFont();
    opening->wait();
    if (!*opened)
        return fail(opened->error().toString(), unattended);
    StationData station = std::move(*opened).value();
    cc::SystemClock clock;
    cc::AuditLog audit(*station.store, clock);
    cc::Accounts accounts(*station.store, audit, clock);

    cc::DevicesModule devices;
    cc::CounterDesk desk(*station.store, audit, clock, station.rules, devices);
    // The registry through the centre once the station's link is open; the
    // one given on the command line (or none) before.
    cc::CentralRegistry centralRegistry(station.registry.get());
    cc::UiServices services{accounts, clock, centralRegistry, desk, devices, {}, {}, {}};
    services.language = languageCode;
    services.store = station.store.get();
    services.audit = &audit;
    services.settings.devices.reader = parser.value(reader);
    services.settings.devices.receiptPrinter = parser.value(receipt);
    if (parser.isSet(idle))
        services.settings.idleLockSeconds = parser.value(idle).toInt();
    // Sync runs once the station is enrolled (citizencard-cli station enrol).
    services.sync = {
        station.store.get(),
        &audit,
        [](const cc::SyncLink &link) -> cc::Result<std::unique_ptr<cc::SyncTransport>> {
            cc::Result<std::unique_ptr<cc::HttpsTransport>> t = cc::HttpsTransport::open(link);
            if (!t)
                return t.error();
            return std::unique_ptr<cc::SyncTransport>(std::move(t).value());
        },
        30000,
        [&centralRegistry](const cc::SyncLink &link) { centralRegistry.connect(link); },
        &centralRegistry};

    cc::MainWindow window(services, cc::stationWorkspaces());
    services.setLanguage = [&app, &window](const QLocale &chosen) {
        cc::installTranslations(app, chosen);
        window.retranslate();
    };
    // Filters run last-installed first: "shown" is said before the devices load.
    new FirstPaint(&window, [&] {
        cc::LocalDevicesConfig config;
        config.keyFile = parser.value(keys);
        config.defaultPrinter = parser.value(printer);
        config.directPrinters =
            qEnvironmentVariable("CITIZENCARD_PRINTERS").split(u',', Qt::SkipEmptyParts);
        if (!config.keyFile.isEmpty()) {
            QString passphrase = qEnvironmentVariable("CITIZENCARD_KEY_PASSPHRASE");
            if (passphrase.isEmpty())
                passphrase = QInputDialog::getText(
                    &window, QApplication::translate("Main", "Key file"),
                    QApplication::translate("Main", "Passphrase of the city's key file:"),
                    QLineEdit::Password);
            config.keyPassphrase = passphrase.toUtf8();
        }
        // The counter works without them: producing a card says why it cannot.
        if (cc::Status loaded = devices.load(cc::DevicesModule::defaultPath(), config); !loaded)
            QMessageBox::warning(&window, QApplication::translate("Main", "Citizen card counter"),
                                 QApplication::translate("Main", "The devices could not be "
                                                                 "opened:\n%1")
                                     .arg(loaded.error().toString()));
    });
    if (parser.isSet(quitWhenShown)) {
        new FirstPaint(&window, [&devices] {
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            // Queued: the devices load first; exit code 3 if they did not.
            QMetaObject::invokeMethod(
                qApp, [&devices] { QCoreApplication::exit(devices.isLoaded() ? 0 : 3); },
                Qt::QueuedConnection);
        });
    }
    window.show();
    if (parser.isSet(walkThrough)) {
        auto *walk = new cc::WalkThrough(
            window,
            {parser.value(walkThrough),
             parser.isSet(walkUser) ? parser.value(walkUser) : QStringLiteral("clerk"),
             qEnvironmentVariable("CITIZENCARD_PASSWORD"),
             parser.isSet(walkId) ? parser.value(walkId) : QStringLiteral("H101234562"),
             parser.value(walkPhoto)},
            &window);
        walk->start();
    }
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(1500, &window, [&window, path = parser.value(screenshot)] {
            const bool saved = window.grab().save(path);
            QApplication::exit(saved ? 0 : 3);
        });
    }
    return app.exec();
}
