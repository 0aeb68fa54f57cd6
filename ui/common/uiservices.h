#pragma once

#include "core/workflows/counterdesk.h"

#include <QLocale>
#include <QString>

#include <functional>

namespace cc {

class Accounts;
class Clock;
class RegistryGateway;
class StationDevices;

// The station settings the counter uses; the devices panel changes the
// device choice while the app runs (on the GUI thread: a worker gets a copy).
struct CounterSettings {
    int idleLockSeconds = 300; // the station's idle-lock policy
    DeviceChoice devices;
};

// What the GUI is given by the app: the accounts, the counter's use cases,
// the registry, the devices (for the devices panel and the card preview).
// Owned by the app; the widgets keep references.
struct UiServices {
    Accounts &accounts;
    const Clock &clock;
    RegistryGateway &registry;
    CounterDesk &desk;
    StationDevices &devices;
    CounterSettings settings;
    QString language = QStringLiteral("zh_TW"); // the one in use: zh_TW or en
    // Switches the translations (zh_TW, English); the windows rebuild.
    std::function<void(const QLocale &)> setLanguage;
};

} // namespace cc
