#pragma once

#include "core/crypto/crypto.h"

namespace cc {

// An X25519 key pair: the public half is stored in clear, the private half
// only sealed (see Accounts).
struct BoxKeyPair {
    QByteArray publicKey; // 32 bytes
    SecretKey privateKey; // 32 bytes
};

// Sealing a secret to someone's public key, so that an operator who holds the
// data key can give it to another operator without knowing that operator's
// password (docs/store.md, "Who holds which key"). A box is
// ephemeral public key (32) ‖ AES-256-GCM nonce ‖ ciphertext ‖ tag, the AES key
// being HKDF-SHA-256 of the X25519 shared secret with salt
// ephemeral public ‖ recipient public.
class KeyBox {
    Q_DECLARE_TR_FUNCTIONS(KeyBox)

public:
    static constexpr int kKeySize = 32;

    static BoxKeyPair generate();
    // RFC 7748 X25519; refuses a peer key that gives the all-zero secret.
    static Result<QByteArray> x25519(QByteArrayView privateKey, QByteArrayView peerPublic);
    static Result<QByteArray> publicKeyOf(QByteArrayView privateKey);

    static Result<QByteArray> seal(QByteArrayView recipientPublic, QByteArrayView plaintext,
                                   QByteArrayView aad);
    static Result<QByteArray> open(QByteArrayView recipientPrivate, QByteArrayView box,
                                   QByteArrayView aad);
};

} // namespace cc
