#pragma once

#include "devices/devicesconfig.h"

#include "core/ports/stationdevices.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QMutex>

#include <atomic>
#include <memory>
#include <utility>

namespace cc {

// The counter's devices from the module citizencard-devices.so, which holds
// the reader and printing libraries (and with them pcsclite, Qt Network and
// PrintSupport, ZXing). The GUI loads it once its window is up, so none of
// that is loaded, linked or started before the clerk sees the login page.
// Until load() has succeeded every call says why there are no devices.
// Thread-safe: the GUI thread loads, any thread may call.
class DevicesModule final : public StationDevices {
    Q_DECLARE_TR_FUNCTIONS(DevicesModule)

public:
    DevicesModule();
    ~DevicesModule() override;

    // The module beside the executable, else in ../lib/citizencard (installed).
    static QString defaultPath();

    // Loads the module at `path` and opens the devices with `config`.
    Status load(const QString &path, const LocalDevicesConfig &config);
    bool isLoaded() const { return m_ready.load() != nullptr; }

    QList<ReaderListing> readers() override;
    // Kept until the devices are loaded, then handed to them.
    void watchReaders(ReadersListener listener) override;
    QList<PrinterListing> printers() override;
    Result<std::unique_ptr<CardEncoder>> openEncoder(const QString &reader) override;
    Result<std::unique_ptr<CardPrinter>> openPrinter(const QString &name) override;
    Result<FacePreview> preview(const CardFaceRequest &face, double dpi) override;
    Status printReceipt(const Receipt &receipt, const QString &printer) override;
    Status printHandOver(const HandOverList &list, const QString &printer) override;

private:
    // The devices, or null with the reason in *why.
    StationDevices *devices(Error *why) const;
    // `call` on the devices, or the reason there are none.
    template<typename Call>
    auto call(Call call) -> decltype(call(std::declval<StationDevices &>()));

    QLibrary m_library; // never unloaded: the devices' code outlives them
    std::unique_ptr<StationDevices> m_devices;
    std::atomic<StationDevices *> m_ready{nullptr};
    mutable QMutex m_mutex; // guards m_failure and m_listener
    Error m_failure;
    ReadersListener m_listener;
};

// The module's one entry point, looked up by this name: opens the devices,
// or returns null and says why in *error. The caller owns the result.
using OpenDevicesFunction = StationDevices *(*)(const LocalDevicesConfig &config, Error *error);
inline constexpr char kOpenDevicesSymbol[] = "citizencard_open_devices";

} // namespace cc
