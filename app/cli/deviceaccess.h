#pragma once

#include "app/cli/cli.h"

#include <QString>

#include <memory>
#include <optional>

namespace cc {
class LocalDevices;
} // namespace cc

namespace cc::cli {

// Where the key file's passphrase comes from in scripts and tests.
inline constexpr char kPassphraseVariable[] = "CITIZENCARD_KEY_PASSPHRASE";

// The station's devices as the commands use them: the key file unlocked
// (when given; its passphrase from CITIZENCARD_KEY_PASSPHRASE or a prompt),
// the reader thread running and the smart card service answering. On failure
// prints the problem and returns the exit code.
struct DeviceRequest {
    QString keyFile; // empty: no keys (reader list, card uid)
    QString chipProfile = QStringLiteral("desfire");
    QString printer;           // empty: none
    int cardArrivalWaitMs = 0; // a card printer feeds the card to the reader
};
std::optional<int> openDevices(Context &ctx, const DeviceRequest &request,
                               std::unique_ptr<LocalDevices> &out);

} // namespace cc::cli
