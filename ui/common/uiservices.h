#pragma once

#include "core/workflows/counterdesk.h"

#include <QLocale>
#include <QString>

#include <functional>
#include <memory>

namespace cc {

class Accounts;
class AuditLog;
class Clock;
class Store;
class SyncTransport;
struct SyncLink;
class RegistryGateway;
class StationDevices;

// The station settings the counter uses; the devices panel changes the
// device choice while the app runs (on the GUI thread: a worker gets a copy).
struct CounterSettings {
    int idleLockSeconds = 300; // the station's idle-lock policy
    DeviceChoice devices;
    QString photoFolder; // where the photo dialog opens: the last photo's folder
};

// The link to the central service, when this build syncs: the store the
// outbox is in, and how to open a transport for the station's link.
struct SyncServices {
    Store *store = nullptr;
    AuditLog *audit = nullptr;
    std::function<Result<std::unique_ptr<SyncTransport>>(const SyncLink &)> openTransport;
    int intervalMs = 30000; // between pushes while online
    // Told the link once an operator opened it (the registry goes through
    // the centre from then on); may be empty.
    std::function<void(const SyncLink &)> linked = {};
    // What offline applications are re-checked against; null: no re-check.
    RegistryGateway *recheckRegistry = nullptr;
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
    SyncServices sync = {};
    // The station's store, for the desks beyond the counter (batches).
    Store *store = nullptr;
    AuditLog *audit = nullptr;
};

} // namespace cc
