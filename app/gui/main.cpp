// citizencard: the counter GUI. Wiring only: opens the store, the registry,
// the devices, and hands them to the ui library's main window.
#include "app/gui/localdevices.h"
#include "core/accounts.h"
#include "core/auditlog.h"
#include "core/clock.h"
#include "core/registrygateway.h"
#include "core/store.h"
#include "translations/translations.h"
#include "ui/common/mainwindow.h"
#include "ui/common/uiservices.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QInputDialog>
#include <QMessageBox>
#include <QTimer>

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

int fail(const QString &message) {
    QMessageBox::critical(nullptr, QApplication::translate("Main", "Citizen card counter"),
                          message);
    return 3;
}

} // namespace

int main(int argc, char *argv[]) {
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
    const auto db = option("db", "The station store file.", "PATH");
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
    const auto receipt =
        option("receipt-printer", "The receipt printer: a queue or pdf:PATH.", "NAME");
    const auto idle = option("idle-lock", "Lock after this many idle seconds (300).", "SECONDS");
    const auto language = option("language", "zh_TW (default) or en.", "LANG");
    const auto screenshot =
        option("screenshot", "Save the window as FILE once shown, then quit.", "FILE");
    const auto quitWhenShown =
        option("quit-when-shown", "Quit once the login window is up (bench_coldstart).");
    parser.process(app);

    const QString languageCode = parser.value(language) == QLatin1String("en")
                                     ? QStringLiteral("en")
                                     : QStringLiteral("zh_TW");
    const QLocale locale(languageCode);
    cc::installTranslations(app, locale);

    if (!parser.isSet(db))
        return fail(QApplication::translate("Main", "Start the program with --db PATH: the "
                                                    "station store."));
    cc::Result<std::unique_ptr<cc::Store>> store = cc::Store::open(parser.value(db));
    if (!store)
        return fail(store.error().message);
    cc::SystemClock clock;
    cc::AuditLog audit(**store, clock);
    cc::Accounts accounts(**store, audit, clock);

    cc::Result<cc::EligibilityPolicy> rules =
        parser.isSet(policy) ? cc::EligibilityPolicy::loadFile(parser.value(policy))
                             : cc::EligibilityPolicy::defaults();
    if (!rules)
        return fail(rules.error().toString());

    std::unique_ptr<cc::RegistryGateway> gateway = std::make_unique<NoRegistry>();
    if (parser.isSet(registry)) {
        cc::Result<std::unique_ptr<cc::FixtureRegistry>> fixture =
            cc::FixtureRegistry::load(parser.value(registry));
        if (!fixture)
            return fail(fixture.error().toString());
        gateway = std::move(fixture).value();
    }

    cc::LocalDevicesConfig config;
    config.keyFile = parser.value(keys);
    config.defaultPrinter = parser.value(printer);
    config.directPrinters =
        qEnvironmentVariable("CITIZENCARD_PRINTERS").split(u',', Qt::SkipEmptyParts);
    if (!config.keyFile.isEmpty()) {
        QString passphrase = qEnvironmentVariable("CITIZENCARD_KEY_PASSPHRASE");
        if (passphrase.isEmpty())
            passphrase = QInputDialog::getText(
                nullptr, QApplication::translate("Main", "Key file"),
                QApplication::translate("Main", "Passphrase of the city's key file:"),
                QLineEdit::Password);
        config.keyPassphrase = passphrase.toUtf8();
    }
    cc::Result<std::unique_ptr<cc::LocalDevices>> devices = cc::LocalDevices::open(config);
    if (!devices)
        return fail(devices.error().toString());

    cc::UiServices services{**store,   audit,  accounts, clock, *gateway,
                            **devices, *rules, {},       {},    {}};
    services.language = languageCode;
    services.settings.reader = parser.value(reader);
    services.settings.receiptPrinter = parser.value(receipt);
    if (parser.isSet(idle))
        services.settings.idleLockSeconds = parser.value(idle).toInt();

    cc::MainWindow window(services);
    services.setLanguage = [&app, &window](const QLocale &chosen) {
        cc::installTranslations(app, chosen);
        window.retranslate();
    };
    window.show();
    if (parser.isSet(quitWhenShown))
        QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(1500, &window, [&window, path = parser.value(screenshot)] {
            const bool saved = window.grab().save(path);
            QApplication::exit(saved ? 0 : 3);
        });
    }
    return app.exec();
}
