// citizencard-devices.so: the station's devices (LocalDevices) behind the one
// entry point DevicesModule looks up.
#include "devices/devicesmodule.h"
#include "devices/localdevices.h"

extern "C" Q_DECL_EXPORT cc::StationDevices *
citizencard_open_devices(const cc::LocalDevicesConfig &config, cc::Error *error) {
    static_assert(std::is_same_v<decltype(&citizencard_open_devices), cc::OpenDevicesFunction>);
    cc::Result<std::unique_ptr<cc::LocalDevices>> devices = cc::LocalDevices::open(config);
    if (!devices) {
        *error = devices.error();
        return nullptr;
    }
    return std::move(devices).value().release();
}
