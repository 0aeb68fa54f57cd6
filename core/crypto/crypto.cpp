#include "core/crypto/crypto.h"

#include <algorithm>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

namespace cc {
namespace {

constexpr int kAes256KeySize = 32;
// scrypt may use up to this much memory (128·r·N bytes plus overhead).
constexpr std::uint64_t kScryptMaxMemory = 512ull * 1024 * 1024;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
using KdfCtx = std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)>;

unsigned char *bytes(QByteArray &a) {
    return reinterpret_cast<unsigned char *>(a.data());
}
const unsigned char *bytes(QByteArrayView a) {
    return reinterpret_cast<const unsigned char *>(a.data());
}
// OSSL_PARAM wants non-const pointers even for inputs it only reads.
void *mutableBytes(QByteArrayView a) {
    return const_cast<char *>(a.data());
}

Error cryptoError(const QString &what) {
    return Error{ErrorCode::CryptoFailed, what, {}};
}

Result<QByteArray> deriveKdf(const char *name, OSSL_PARAM *params, int length) {
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, name, nullptr);
    if (!kdf)
        return cryptoError(
            Crypto::tr("the %1 key derivation is not available").arg(QString::fromLatin1(name)));
    KdfCtx ctx(EVP_KDF_CTX_new(kdf), &EVP_KDF_CTX_free);
    EVP_KDF_free(kdf);
    QByteArray out(length, Qt::Uninitialized);
    if (!ctx || EVP_KDF_derive(ctx.get(), bytes(out), size_t(length), params) <= 0)
        return cryptoError(
            Crypto::tr("the %1 key derivation failed").arg(QString::fromLatin1(name)));
    return out;
}

// The algorithms, fetched from the default provider once per process: an
// implicit fetch (EVP_aes_256_gcm(), EVP_Q_mac) looks them up on every call,
// which costs more than the work itself for the short values the store seals.
const EVP_CIPHER *aes256Gcm() {
    static EVP_CIPHER *const cipher = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
    if (!cipher)
        qFatal("AES-256-GCM is not available"); // only a broken OpenSSL gets here
    return cipher;
}

EVP_MAC *hmacAlgorithm() {
    static EVP_MAC *const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (!mac)
        qFatal("HMAC is not available");
    return mac;
}

QByteArray hmacSha256Fetched(QByteArrayView key, QByteArrayView data) {
    using MacCtx = std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)>;
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    MacCtx ctx(EVP_MAC_CTX_new(hmacAlgorithm()), &EVP_MAC_CTX_free);
    QByteArray out(32, Qt::Uninitialized);
    size_t outLength = 0;
    if (!ctx || !EVP_MAC_init(ctx.get(), bytes(key), size_t(key.size()), params) ||
        !EVP_MAC_update(ctx.get(), bytes(data), size_t(data.size())) ||
        !EVP_MAC_final(ctx.get(), bytes(out), &outLength, size_t(out.size())))
        qFatal("HMAC-SHA256 failed");
    return out;
}

// A MAC in one call; `algorithm` is the digest (HMAC) or cipher (CMAC) under it.
QByteArray oneShotMac(const char *mac, const char *algorithm, QByteArrayView key,
                      QByteArrayView data, int size) {
    QByteArray out(size, Qt::Uninitialized);
    size_t outLength = 0;
    if (!EVP_Q_mac(nullptr, mac, nullptr, algorithm, nullptr, key.data(), size_t(key.size()),
                   bytes(data), size_t(data.size()), bytes(out), size_t(out.size()), &outLength))
        qFatal("%s-%s failed", mac, algorithm); // only a broken OpenSSL gets here
    return out;
}

} // namespace

SecretKey::SecretKey(QByteArrayView bytes)
    : m_bytes(bytes.begin(), bytes.end()) {}

SecretKey SecretKey::takeFrom(QByteArray &bytes) {
    SecretKey key(bytes);
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
    return key;
}

SecretKey::~SecretKey() {
    clear();
}

SecretKey::SecretKey(SecretKey &&other) noexcept
    : m_bytes(std::move(other.m_bytes)) {
    other.m_bytes.clear();
}

SecretKey &SecretKey::operator=(SecretKey &&other) noexcept {
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

QByteArrayView SecretKey::view() const {
    return QByteArrayView(reinterpret_cast<const char *>(m_bytes.data()),
                          qsizetype(m_bytes.size()));
}

void SecretKey::clear() {
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

QByteArray Crypto::randomBytes(int count) {
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(bytes(out), count) != 1)
        qFatal("the system random number generator failed"); // nothing is safe without it
    return out;
}

Result<QByteArray> Crypto::scrypt(QByteArrayView password, QByteArrayView salt,
                                  const ScryptParams &params, int length) {
    std::uint64_t n = params.n;
    std::uint32_t r = params.r;
    std::uint32_t p = params.p;
    std::uint64_t maxMemory = kScryptMaxMemory;
    OSSL_PARAM list[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, mutableBytes(password),
                                          size_t(password.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, mutableBytes(salt),
                                          size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    return deriveKdf("SCRYPT", list, length);
}

QByteArray Crypto::hmacSha256(QByteArrayView key, QByteArrayView data) {
    return hmacSha256Fetched(key, data);
}

QByteArray Crypto::hkdfSha256(QByteArrayView key, QByteArrayView salt, QByteArrayView info,
                              int length) {
    char digest[] = "SHA256";
    OSSL_PARAM list[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, mutableBytes(key),
                                          size_t(key.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, mutableBytes(salt),
                                          size_t(salt.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, mutableBytes(info),
                                          size_t(info.size())),
        OSSL_PARAM_construct_end(),
    };
    Result<QByteArray> out = deriveKdf("HKDF", list, length);
    if (!out)
        qFatal("HKDF-SHA-256 failed");
    return std::move(out).value();
}

QByteArray Crypto::aesCmac(QByteArrayView key, QByteArrayView data) {
    Q_ASSERT(key.size() == 16);
    return oneShotMac("CMAC", "AES-128-CBC", key, data, 16);
}

namespace {

QByteArray aes128Ecb(QByteArrayView key, QByteArrayView blocks) {
    return Crypto::aes128Cbc(key, QByteArray(16, '\0'), blocks, Crypto::Encrypt);
}

// CMAC subkey: the block shifted left by one bit, xor 0x87 if a bit fell off.
QByteArray cmacSubkey(const QByteArray &block) {
    QByteArray k(16, '\0');
    for (int i = 0; i < 16; ++i)
        k[i] = char((quint8(block[i]) << 1) | (i < 15 ? quint8(block[i + 1]) >> 7 : 0));
    if (quint8(block[0]) & 0x80)
        k[15] = char(quint8(k[15]) ^ 0x87);
    return k;
}

} // namespace

QByteArray Crypto::aes128Cbc(QByteArrayView key, QByteArrayView iv, QByteArrayView blocks,
                             Direction direction) {
    Q_ASSERT(key.size() == 16 && iv.size() == 16 && blocks.size() % 16 == 0);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(blocks.size() + 16, Qt::Uninitialized);
    int length = 0;
    if (!ctx ||
        !EVP_CipherInit_ex(ctx.get(), EVP_aes_128_cbc(), nullptr, bytes(key), bytes(iv),
                           direction == Encrypt ? 1 : 0) ||
        !EVP_CIPHER_CTX_set_padding(ctx.get(), 0) ||
        !EVP_CipherUpdate(ctx.get(), bytes(out), &length, bytes(blocks), int(blocks.size())))
        qFatal("AES-128-CBC failed"); // only a broken OpenSSL gets here
    out.truncate(length);
    return out;
}

Result<QByteArray> Crypto::diversifyAes128(QByteArrayView masterKey, QByteArrayView input) {
    if (masterKey.size() != 16)
        return cryptoError(tr("AN10922 AES-128 diversification needs a 16-byte key"));
    if (input.isEmpty() || input.size() > 31)
        return cryptoError(tr("the diversification input must be 1 to 31 bytes"));
    const QByteArray k1 = cmacSubkey(aes128Ecb(masterKey, QByteArray(16, '\0')));
    QByteArray message = QByteArray(1, '\x01') + input.toByteArray();
    QByteArray last = k1;
    if (message.size() < 32) {
        message += '\x80';
        message.append(32 - message.size(), '\0');
        last = cmacSubkey(k1); // K2 when padding was added
    }
    for (int i = 0; i < 16; ++i)
        message[16 + i] = char(message[16 + i] ^ last[i]);
    // CBC-MAC with a zero IV over the two blocks.
    QByteArray state = aes128Ecb(masterKey, QByteArrayView(message).first(16));
    for (int i = 0; i < 16; ++i)
        state[i] = char(state[i] ^ message[16 + i]);
    return aes128Ecb(masterKey, state);
}

Result<QByteArray> Crypto::seal(QByteArrayView key, QByteArrayView plaintext, QByteArrayView aad) {
    const QByteArray nonce = randomBytes(kGcmNonceSize);
    Result<QByteArray> body = sealWithNonce(key, nonce, plaintext, aad);
    if (!body)
        return body;
    return QByteArray(nonce + *body);
}

Result<QByteArray> Crypto::sealWithNonce(QByteArrayView key, QByteArrayView nonce,
                                         QByteArrayView plaintext, QByteArrayView aad) {
    if (key.size() != kAes256KeySize || nonce.size() != kGcmNonceSize)
        return cryptoError(tr("AES-256-GCM needs a 32-byte key and a 12-byte nonce"));
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(plaintext.size() + kGcmTagSize, Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    const bool ok =
        ctx && EVP_EncryptInit_ex2(ctx.get(), aes256Gcm(), bytes(key), bytes(nonce), nullptr) &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) &&
        EVP_EncryptUpdate(ctx.get(), bytes(out), &length, bytes(plaintext),
                          int(plaintext.size())) &&
        EVP_EncryptFinal_ex(ctx.get(), bytes(out) + length, &finalLength) &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kGcmTagSize,
                            bytes(out) + plaintext.size());
    if (!ok)
        return cryptoError(tr("AES-256-GCM encryption failed"));
    return out;
}

Result<QByteArray> Crypto::open(QByteArrayView key, QByteArrayView sealed, QByteArrayView aad) {
    if (key.size() != kAes256KeySize)
        return cryptoError(tr("AES-256-GCM needs a 32-byte key"));
    if (sealed.size() < kGcmNonceSize + kGcmTagSize)
        return Error{ErrorCode::AuthenticationFailed, tr("the encrypted value is truncated"), {}};
    const QByteArrayView nonce = sealed.first(kGcmNonceSize);
    const QByteArrayView body =
        sealed.sliced(kGcmNonceSize, sealed.size() - kGcmNonceSize - kGcmTagSize);
    QByteArray tag = sealed.last(kGcmTagSize).toByteArray();

    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(body.size(), Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    const bool ready =
        ctx && EVP_DecryptInit_ex2(ctx.get(), aes256Gcm(), bytes(key), bytes(nonce), nullptr) &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) &&
        EVP_DecryptUpdate(ctx.get(), bytes(out), &length, bytes(body), int(body.size())) &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kGcmTagSize, bytes(tag));
    if (!ready)
        return cryptoError(tr("AES-256-GCM decryption failed"));
    if (EVP_DecryptFinal_ex(ctx.get(), bytes(out) + length, &finalLength) <= 0) {
        OPENSSL_cleanse(out.data(), size_t(out.size()));
        return Error{ErrorCode::AuthenticationFailed,
                     tr("the value does not decrypt: wrong key, or the data was altered or moved"),
                     {}};
    }
    return out;
}

namespace {
constexpr int kNoncesPerDraw = 256;
}

void Sealer::FreeCtx::operator()(evp_cipher_ctx_st *ctx) const {
    EVP_CIPHER_CTX_free(ctx); // wipes the key schedule
}

Sealer::Sealer(QByteArrayView key)
    : m_ctx(EVP_CIPHER_CTX_new()) {
    if (key.size() != kAes256KeySize || !m_ctx ||
        !EVP_EncryptInit_ex2(m_ctx.get(), aes256Gcm(), bytes(key), nullptr, nullptr))
        m_ctx.reset(); // seal() reports it
}

Sealer::~Sealer() = default;
Sealer::Sealer(Sealer &&) noexcept = default;
Sealer &Sealer::operator=(Sealer &&) noexcept = default;

Result<QByteArray> Sealer::seal(QByteArrayView plaintext, QByteArrayView aad) {
    if (!m_ctx)
        return cryptoError(Crypto::tr("AES-256-GCM needs a 32-byte key and a 12-byte nonce"));
    if (m_next == m_nonces.size()) {
        m_nonces = Crypto::randomBytes(kNoncesPerDraw * Crypto::kGcmNonceSize);
        m_next = 0;
    }
    const QByteArrayView nonce = QByteArrayView(m_nonces).sliced(m_next, Crypto::kGcmNonceSize);
    m_next += Crypto::kGcmNonceSize; // never used twice
    QByteArray out(Crypto::kGcmNonceSize + plaintext.size() + Crypto::kGcmTagSize,
                   Qt::Uninitialized);
    std::copy(nonce.begin(), nonce.end(), out.begin());
    unsigned char *body = bytes(out) + Crypto::kGcmNonceSize;
    int length = 0;
    int finalLength = 0;
    EVP_CIPHER_CTX *ctx = m_ctx.get();
    const bool ok =
        EVP_EncryptInit_ex2(ctx, nullptr, nullptr, bytes(nonce), nullptr) &&
        EVP_EncryptUpdate(ctx, nullptr, &length, bytes(aad), int(aad.size())) &&
        EVP_EncryptUpdate(ctx, body, &length, bytes(plaintext), int(plaintext.size())) &&
        EVP_EncryptFinal_ex(ctx, body + length, &finalLength) &&
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, Crypto::kGcmTagSize,
                            body + plaintext.size());
    if (!ok)
        return cryptoError(Crypto::tr("AES-256-GCM encryption failed"));
    return out;
}

bool Crypto::constantTimeEquals(QByteArrayView a, QByteArrayView b) {
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace cc
