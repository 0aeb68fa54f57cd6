#pragma once

#include "reader/keyprovider.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <memory>

namespace cc::reader {

// The city master keys in a file sealed under a passphrase:
//   {"format": "citizencard-keyfile", "version": 1,
//    "kdf": {"name": "scrypt", "n": …, "r": …, "p": …, "salt": base64},
//    "sealed": base64(nonce ‖ AES-256-GCM(settings and master keys) ‖ tag)}
// The key-encryption key is scrypt(passphrase, salt). Unlock once per session;
// the keys then live only in memory (SecretKey, wiped on lock()) and are never
// written or logged in clear. See docs/encoder.md.
class KeyFile final : public KeyProvider {
    Q_DECLARE_TR_FUNCTIONS(KeyFile)

public:
    // Writes a new key file with fresh random master keys; refuses to replace
    // an existing file.
    static Status create(const QString &path, QByteArrayView passphrase,
                         const CardKeySettings &settings, const ScryptParams &params = {});
    static Result<std::unique_ptr<KeyFile>> unlock(const QString &path, QByteArrayView passphrase);

    const CardKeySettings &settings() const override { return m_settings; }
    Result<SecretKey> cardKey(KeyPurpose purpose, QByteArrayView uid) const override;
    void lock();
    bool isLocked() const { return m_masters[0].isEmpty(); }

    static Status checkSettings(const CardKeySettings &settings);
    // The scrypt cost a key file may name: N a power of two from 2 to 2^20,
    // r 1–32, p 1–16, memory 128·r·N at most 256 MiB and work N·r·p at most
    // 2^22 (16 times the default). The file is outside input: without a bound
    // one file could hold unlock() for minutes. create() refuses what unlock()
    // would refuse.
    static Status checkScryptParams(const ScryptParams &params);

private:
    KeyFile() = default;
    CardKeySettings m_settings;
    std::array<SecretKey, 5> m_masters;
};

} // namespace cc::reader
