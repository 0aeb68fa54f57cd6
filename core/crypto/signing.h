#pragma once

#include "core/domain/result.h"

#include <QByteArray>

namespace cc {

// Ed25519 signatures (RFC 8032) over OpenSSL 3, with keys in PEM: what the
// centre signs the hotlist with, and what a station or a partner checks it
// with. A signature is the 64 raw bytes `openssl pkeyutl -sign -rawin` makes.
class Signing {
public:
    static constexpr int kSignatureSize = 64;

    // A new private key (PKCS#8 PEM). Its bytes are secret.
    static Result<QByteArray> newKey();
    static Result<QByteArray> publicKey(const QByteArray &privatePem); // SubjectPublicKeyInfo PEM
    static Result<QByteArray> sign(const QByteArray &privatePem, const QByteArray &message);
    // CryptoFailed when the key cannot be read; BadSignature-like answers are
    // plain false.
    static Result<bool> verify(const QByteArray &publicPem, const QByteArray &message,
                               const QByteArray &signature);
};

} // namespace cc
