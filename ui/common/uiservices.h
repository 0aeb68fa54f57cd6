#pragma once

#include "core/domain/eligibilitypolicy.h"

#include <QLocale>
#include <QString>

#include <functional>

namespace cc {

class Accounts;
class AuditLog;
class Clock;
class RegistryGateway;
class StationDevices;
class Store;

// The station settings the counter uses; the devices panel changes the
// reader, printer and receipt printer while the app runs.
struct CounterSettings {
    int idleLockSeconds = 300; // the station's idle-lock policy
    QString reader;            // the encoder's reader; empty: the only one
    QString printer;           // the card printer; empty: the configured default
    QString receiptPrinter;    // a system queue, or "pdf:PATH"; empty: the default queue
};

// What the GUI is given by the app: the store and its services, the
// registry, the devices. Owned by the app; the widgets keep references.
struct UiServices {
    Store &store;
    AuditLog &audit;
    Accounts &accounts;
    const Clock &clock;
    RegistryGateway &registry;
    StationDevices &devices;
    EligibilityPolicy policy;
    CounterSettings settings;
    QString language = QStringLiteral("zh_TW"); // the one in use: zh_TW or en
    // Switches the translations (zh_TW, English); the windows rebuild.
    std::function<void(const QLocale &)> setLanguage;
};

} // namespace cc
