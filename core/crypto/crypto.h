#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <cstdint>
#include <memory>
#include <vector>

struct evp_cipher_ctx_st;

namespace cc {

// Key material that lives only in memory and is wiped when it goes away:
// move-only, never implicitly shared, cleared on destruction and by clear().
class SecretKey {
public:
    SecretKey() = default;
    explicit SecretKey(QByteArrayView bytes);
    // Takes key material out of a temporary buffer, wiping the buffer.
    static SecretKey takeFrom(QByteArray &bytes);
    ~SecretKey();
    SecretKey(SecretKey &&other) noexcept;
    SecretKey &operator=(SecretKey &&other) noexcept;
    SecretKey(const SecretKey &) = delete;
    SecretKey &operator=(const SecretKey &) = delete;

    QByteArrayView view() const;
    qsizetype size() const { return qsizetype(m_bytes.size()); }
    bool isEmpty() const { return m_bytes.empty(); }
    void clear();

private:
    std::vector<std::uint8_t> m_bytes;
};

// scrypt cost parameters, stored beside every hash and wrapped key so they can be
// raised later without invalidating what exists.
struct ScryptParams {
    std::uint64_t n = 1u << 15; // CPU/memory cost (a power of two)
    std::uint32_t r = 8;        // block size
    std::uint32_t p = 1;        // parallelism
};

// Thin, checked wrappers over OpenSSL 3 for the primitives the store, the audit
// log and the card keys use. Nothing here logs or keeps its inputs.
class Crypto {
    Q_DECLARE_TR_FUNCTIONS(Crypto)

public:
    static constexpr int kGcmNonceSize = 12;
    static constexpr int kGcmTagSize = 16;

    static QByteArray randomBytes(int count);

    static Result<QByteArray> scrypt(QByteArrayView password, QByteArrayView salt,
                                     const ScryptParams &params, int length);
    static QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);
    static QByteArray hkdfSha256(QByteArrayView key, QByteArrayView salt, QByteArrayView info,
                                 int length);
    // AES-CMAC (NIST SP 800-38B) with a 16-byte AES-128 key.
    static QByteArray aesCmac(QByteArrayView key, QByteArrayView data);
    // AES-128-CBC over whole blocks, no padding (the caller pads): the cipher of
    // MIFARE DESFire secure messaging. ECB of one block is CBC with a zero IV.
    enum Direction { Encrypt, Decrypt };
    static QByteArray aes128Cbc(QByteArrayView key, QByteArrayView iv, QByteArrayView blocks,
                                Direction direction);
    // NXP AN10922 AES-128 key diversification: the CMAC of 0x01 ‖ `input`
    // (e.g. UID ‖ AID ‖ system identifier, 1 to 31 bytes), padded to 32 bytes
    // as the note says. Plain CMAC agrees only for inputs of 16–31 bytes.
    static Result<QByteArray> diversifyAes128(QByteArrayView masterKey, QByteArrayView input);

    // AES-256-GCM with a fresh random nonce: returns nonce ‖ ciphertext ‖ tag.
    // `aad` is authenticated, not stored: the same aad must be given to open().
    static Result<QByteArray> seal(QByteArrayView key, QByteArrayView plaintext,
                                   QByteArrayView aad);
    static Result<QByteArray> open(QByteArrayView key, QByteArrayView sealed, QByteArrayView aad);
    // The same with a caller-chosen nonce, returning ciphertext ‖ tag (for
    // published test vectors; production code uses seal()).
    static Result<QByteArray> sealWithNonce(QByteArrayView key, QByteArrayView nonce,
                                            QByteArrayView plaintext, QByteArrayView aad);

    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
};

// Crypto::seal for many values under one key, each with its own fresh random
// nonce exactly as seal() makes them, for the writers of many rows: the key
// schedule is made once and the nonces are drawn from the generator in
// blocks. Short-lived (one write transaction); the key schedule is wiped
// when it goes.
class Sealer {
public:
    explicit Sealer(QByteArrayView key);
    ~Sealer();
    Sealer(Sealer &&) noexcept;
    Sealer &operator=(Sealer &&) noexcept;

    Result<QByteArray> seal(QByteArrayView plaintext, QByteArrayView aad);

private:
    struct FreeCtx {
        void operator()(evp_cipher_ctx_st *ctx) const;
    };
    std::unique_ptr<evp_cipher_ctx_st, FreeCtx> m_ctx;
    QByteArray m_nonces; // drawn, not yet used: consumed from the front
    qsizetype m_next = 0;
};

} // namespace cc
