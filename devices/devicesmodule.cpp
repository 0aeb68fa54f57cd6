#include "devices/devicesmodule.h"

#include <QDir>
#include <QFileInfo>

namespace cc {
namespace {

const QString kModuleFile = QStringLiteral("citizencard-devices.so");

} // namespace

DevicesModule::DevicesModule()
    : m_failure{ErrorCode::DeviceNotFound,
                tr("The devices are still starting; try again in a moment."),
                QStringLiteral("devices")} {}

DevicesModule::~DevicesModule() = default;

QString DevicesModule::defaultPath() {
    const QDir here(QCoreApplication::applicationDirPath());
    const QString beside = here.filePath(kModuleFile);
    if (QFileInfo::exists(beside))
        return beside;
    return QDir::cleanPath(here.filePath(QStringLiteral("../lib/citizencard/") + kModuleFile));
}

Status DevicesModule::load(const QString &path, const LocalDevicesConfig &config) {
    const auto failed = [this](Error error) -> Status {
        QMutexLocker lock(&m_mutex);
        m_failure = error;
        return error;
    };
    if (m_ready.load())
        return Error{ErrorCode::AlreadyExists, tr("The devices are already loaded."), path};
    m_library.setFileName(path);
    if (!m_library.load())
        return failed({ErrorCode::FileNotFound,
                       tr("The devices module could not be loaded (%1). Reinstall the "
                          "program or ask IT.")
                           .arg(m_library.errorString()),
                       path});
    const auto open = reinterpret_cast<OpenDevicesFunction>(m_library.resolve(kOpenDevicesSymbol));
    if (!open)
        return failed({ErrorCode::FileUnreadable,
                       tr("This is not the citizencard devices module (no %1).")
                           .arg(QLatin1String(kOpenDevicesSymbol)),
                       path});
    Error why;
    m_devices.reset(open(config, &why));
    if (!m_devices)
        return failed(why);
    QMutexLocker lock(&m_mutex);
    if (m_listener)
        m_devices->watchReaders(m_listener);
    m_ready = m_devices.get();
    return Done{};
}

StationDevices *DevicesModule::devices(Error *why) const {
    if (StationDevices *ready = m_ready.load())
        return ready;
    QMutexLocker lock(&m_mutex);
    *why = m_failure;
    return nullptr;
}

template<typename Call>
auto DevicesModule::call(Call call) -> decltype(call(std::declval<StationDevices &>())) {
    Error why;
    if (StationDevices *d = devices(&why))
        return call(*d);
    return why;
}

QList<ReaderListing> DevicesModule::readers() {
    Error why;
    StationDevices *d = devices(&why);
    return d ? d->readers() : QList<ReaderListing>{};
}

void DevicesModule::watchReaders(ReadersListener listener) {
    QMutexLocker lock(&m_mutex);
    m_listener = std::move(listener);
    if (StationDevices *ready = m_ready.load())
        ready->watchReaders(m_listener);
}

QList<PrinterListing> DevicesModule::printers() {
    Error why;
    StationDevices *d = devices(&why);
    return d ? d->printers() : QList<PrinterListing>{};
}

Result<std::unique_ptr<CardEncoder>> DevicesModule::openEncoder(const QString &reader) {
    return call([&](StationDevices &d) { return d.openEncoder(reader); });
}

Result<std::unique_ptr<CardPrinter>> DevicesModule::openPrinter(const QString &name) {
    return call([&](StationDevices &d) { return d.openPrinter(name); });
}

Result<FacePreview> DevicesModule::preview(const CardFaceRequest &face, double dpi) {
    return call([&](StationDevices &d) { return d.preview(face, dpi); });
}

Status DevicesModule::printReceipt(const Receipt &receipt, const QString &printer) {
    return call([&](StationDevices &d) { return d.printReceipt(receipt, printer); });
}

Status DevicesModule::printHandOver(const HandOverList &list, const QString &printer) {
    return call([&](StationDevices &d) { return d.printHandOver(list, printer); });
}

} // namespace cc
