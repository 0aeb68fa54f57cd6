#include "app/cli/deviceaccess.h"
#include "devices/localdevices.h"

#include "app/cli/storeaccess.h"

namespace cc::cli {
namespace {

// How long a command waits for the reader service to be looked at.
constexpr int kScanTimeoutMs = 5000;

} // namespace

std::optional<int> openDevices(Context &ctx, const DeviceRequest &request,
                               std::unique_ptr<LocalDevices> &out) {
    LocalDevicesConfig config;
    config.keyFile = request.keyFile;
    if (!request.keyFile.isEmpty())
        config.keyPassphrase =
            readSecret(ctx, kPassphraseVariable, Cli::tr("Passphrase for %1:").arg(request.keyFile))
                .toUtf8();
    config.chipProfile = request.chipProfile;
    config.defaultPrinter = request.printer;
    config.cardArrivalWaitMs = request.cardArrivalWaitMs;
    Result<std::unique_ptr<LocalDevices>> devices = LocalDevices::open(config);
    if (!devices)
        return Cli::fail(ctx, exitCodeFor(devices.error()), devices.error());
    if (!devices.value()->waitForReaders(kScanTimeoutMs))
        return Cli::fail(ctx, ExitFailure,
                         Error{ErrorCode::DeviceTimeout,
                               Cli::tr("The smart card service did not answer in time."),
                               {}});
    if (Status service = devices.value()->readerService(); !service)
        return Cli::fail(ctx, ExitFailure, service.error());
    out = std::move(devices).value();
    return std::nullopt;
}

} // namespace cc::cli
