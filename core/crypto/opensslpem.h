#pragma once

// Private to core/crypto's sources: owning pointers for the OpenSSL objects
// they use, and PEM in and out of memory.
#include <QByteArray>

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace cc::openssl {

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;

// A read-only memory BIO over `pem` (which must outlive it).
inline BioPtr input(const QByteArray &pem) {
    return BioPtr(BIO_new_mem_buf(pem.constData(), int(pem.size())), BIO_free);
}

inline BioPtr output() {
    return BioPtr(BIO_new(BIO_s_mem()), BIO_free);
}

// What was written to a memory BIO.
inline QByteArray drain(BIO *bio) {
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(length));
}

inline KeyPtr readPrivateKey(const QByteArray &pem) {
    BioPtr in = input(pem);
    return KeyPtr(in ? PEM_read_bio_PrivateKey(in.get(), nullptr, nullptr, nullptr) : nullptr,
                  EVP_PKEY_free);
}

inline KeyPtr readPublicKey(const QByteArray &pem) {
    BioPtr in = input(pem);
    return KeyPtr(in ? PEM_read_bio_PUBKEY(in.get(), nullptr, nullptr, nullptr) : nullptr,
                  EVP_PKEY_free);
}

// The private key as PKCS#8 PEM; empty on failure.
inline QByteArray privateKeyPem(EVP_PKEY *key) {
    BioPtr out = output();
    if (!key || !out ||
        PEM_write_bio_PrivateKey(out.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return drain(out.get());
}

} // namespace cc::openssl
