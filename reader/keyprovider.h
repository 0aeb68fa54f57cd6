#pragma once

#include "core/crypto/crypto.h"
#include "core/domain/result.h"

#include <QByteArray>

namespace cc::reader {

// What each card key is for. Each purpose has its own city master key, so a
// leaked read key opens no write and forges no record.
enum class KeyPurpose {
    DesfireAppMaster, // key 0 of the city DESFire application
    DesfireRead,      // key 1: reads the record (enough for a checking station)
    RecordMac,        // the CMAC over the chip record
    ClassicKeyA,      // MIFARE Classic city sector, key A (read)
    ClassicKeyB,      // MIFARE Classic city sector, key B (write, trailer)
};

// The city's card settings that travel with its keys.
struct CardKeySettings {
    QByteArray aid;              // DESFire application id, 3 bytes
    QByteArray systemIdentifier; // AN10922 system identifier, 1 to 21 bytes
    int classicSector = 1;       // the MIFARE Classic sector the city owns (1–15)
};

// Where per-card keys come from. The first implementation holds the master
// keys in memory after unlocking a key file (KeyFile); a SAM or an HSM would
// implement the same calls and keep the masters inside the device.
class KeyProvider {
public:
    virtual ~KeyProvider() = default;
    virtual const CardKeySettings &settings() const = 0;
    // The key for `purpose` on the card with `uid`, diversified from the
    // purpose's master key as NXP AN10922 describes (AES-128):
    //   DESFire keys and the record key: input UID ‖ AID ‖ system identifier;
    //   Classic keys: input UID ‖ 'S' ‖ sector ‖ system identifier, and the key
    //   is the first 6 bytes of the result.
    virtual Result<SecretKey> cardKey(KeyPurpose purpose, QByteArrayView uid) const = 0;
};

} // namespace cc::reader
