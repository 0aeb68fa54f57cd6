#include "core/crypto/keybox.h"

#include <memory>
#include <openssl/evp.h>

namespace cc {
namespace {

using PkeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;

constexpr char kBoxKeyInfo[] = "citizencard/v1 key box";

const unsigned char *bytes(QByteArrayView a) {
    return reinterpret_cast<const unsigned char *>(a.data());
}

Error boxError(const QString &what) {
    return Error{ErrorCode::CryptoFailed, what, {}};
}

PkeyPtr privateKey(QByteArrayView raw) {
    return PkeyPtr(
        raw.size() == KeyBox::kKeySize
            ? EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, bytes(raw), size_t(raw.size()))
            : nullptr,
        &EVP_PKEY_free);
}

Result<QByteArray> boxKey(QByteArrayView shared, QByteArrayView ephemeralPublic,
                          QByteArrayView recipientPublic) {
    const QByteArray salt = ephemeralPublic.toByteArray() + recipientPublic.toByteArray();
    QByteArray key = Crypto::hkdfSha256(shared, salt, kBoxKeyInfo, KeyBox::kKeySize);
    if (key.size() != KeyBox::kKeySize)
        return boxError(KeyBox::tr("the key box derivation failed"));
    return key;
}

} // namespace

BoxKeyPair KeyBox::generate() {
    QByteArray raw = Crypto::randomBytes(kKeySize);
    BoxKeyPair pair;
    const Result<QByteArray> publicKey = publicKeyOf(raw);
    pair.publicKey = publicKey ? *publicKey : QByteArray();
    pair.privateKey = SecretKey::takeFrom(raw);
    return pair;
}

Result<QByteArray> KeyBox::publicKeyOf(QByteArrayView rawPrivate) {
    PkeyPtr key = privateKey(rawPrivate);
    QByteArray out(kKeySize, Qt::Uninitialized);
    size_t length = size_t(out.size());
    if (!key ||
        EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(out.data()),
                                    &length) != 1 ||
        length != size_t(kKeySize))
        return boxError(tr("not an X25519 private key"));
    return out;
}

Result<QByteArray> KeyBox::x25519(QByteArrayView rawPrivate, QByteArrayView peerPublic) {
    PkeyPtr key = privateKey(rawPrivate);
    PkeyPtr peer(peerPublic.size() == kKeySize
                     ? EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, bytes(peerPublic),
                                                   size_t(peerPublic.size()))
                     : nullptr,
                 &EVP_PKEY_free);
    if (!key || !peer)
        return boxError(tr("an X25519 key is 32 bytes"));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new(key.get(), nullptr), &EVP_PKEY_CTX_free);
    QByteArray shared(kKeySize, Qt::Uninitialized);
    size_t length = size_t(shared.size());
    // OpenSSL refuses a peer key of small order (an all-zero result) here.
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 ||
        EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) != 1 ||
        EVP_PKEY_derive(ctx.get(), reinterpret_cast<unsigned char *>(shared.data()), &length) !=
            1 ||
        length != size_t(kKeySize) || shared == QByteArray(kKeySize, '\0'))
        return boxError(tr("the X25519 key agreement failed"));
    return shared;
}

Result<QByteArray> KeyBox::seal(QByteArrayView recipientPublic, QByteArrayView plaintext,
                                QByteArrayView aad) {
    const BoxKeyPair ephemeral = generate();
    Result<QByteArray> shared = x25519(ephemeral.privateKey.view(), recipientPublic);
    if (!shared)
        return shared;
    QByteArray sharedBytes = std::move(shared).value();
    const SecretKey sharedKey = SecretKey::takeFrom(sharedBytes);
    Result<QByteArray> key = boxKey(sharedKey.view(), ephemeral.publicKey, recipientPublic);
    if (!key)
        return key;
    QByteArray keyBytes = std::move(key).value();
    const SecretKey aesKey = SecretKey::takeFrom(keyBytes);
    Result<QByteArray> sealed = Crypto::seal(aesKey.view(), plaintext, aad);
    if (!sealed)
        return sealed;
    return QByteArray(ephemeral.publicKey + *sealed);
}

Result<QByteArray> KeyBox::open(QByteArrayView recipientPrivate, QByteArrayView box,
                                QByteArrayView aad) {
    if (box.size() < kKeySize + Crypto::kGcmNonceSize + Crypto::kGcmTagSize)
        return Error{ErrorCode::AuthenticationFailed, tr("the key box is truncated"), {}};
    const QByteArrayView ephemeralPublic = box.first(kKeySize);
    Result<QByteArray> recipientPublic = publicKeyOf(recipientPrivate);
    if (!recipientPublic)
        return recipientPublic;
    Result<QByteArray> shared = x25519(recipientPrivate, ephemeralPublic);
    if (!shared)
        return Error{ErrorCode::AuthenticationFailed, tr("the key box does not open"), {}};
    QByteArray sharedBytes = std::move(shared).value();
    const SecretKey sharedKey = SecretKey::takeFrom(sharedBytes);
    Result<QByteArray> key = boxKey(sharedKey.view(), ephemeralPublic, *recipientPublic);
    if (!key)
        return key;
    QByteArray keyBytes = std::move(key).value();
    const SecretKey aesKey = SecretKey::takeFrom(keyBytes);
    return Crypto::open(aesKey.view(), box.sliced(kKeySize), aad);
}

} // namespace cc
