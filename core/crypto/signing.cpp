#include "core/crypto/signing.h"

#include "core/crypto/opensslpem.h"

#include <QCoreApplication>

namespace cc {
namespace {

using namespace cc::openssl;
using MdPtr = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

Error failed(const char *what) {
    return Error{ErrorCode::CryptoFailed, QCoreApplication::translate("Signing", what),
                 QStringLiteral("signing")};
}

bool isEd25519(const KeyPtr &key) {
    return key && EVP_PKEY_is_a(key.get(), "ED25519") == 1;
}

} // namespace

Result<QByteArray> Signing::newKey() {
    KeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"), EVP_PKEY_free);
    const QByteArray pem = privateKeyPem(key.get());
    if (pem.isEmpty())
        return failed(QT_TRANSLATE_NOOP("Signing", "A signing key could not be made."));
    return pem;
}

Result<QByteArray> Signing::publicKey(const QByteArray &privatePem) {
    KeyPtr key = readPrivateKey(privatePem);
    BioPtr out = output();
    if (!isEd25519(key) || !out || PEM_write_bio_PUBKEY(out.get(), key.get()) != 1)
        return failed(QT_TRANSLATE_NOOP("Signing", "Not an Ed25519 private key."));
    return drain(out.get());
}

Result<QByteArray> Signing::sign(const QByteArray &privatePem, const QByteArray &message) {
    KeyPtr key = readPrivateKey(privatePem);
    MdPtr ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    QByteArray signature(kSignatureSize, '\0');
    size_t length = size_t(signature.size());
    if (!isEd25519(key) || !ctx ||
        EVP_DigestSignInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, key.get(), nullptr) !=
            1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size())) != 1 ||
        length != size_t(kSignatureSize))
        return failed(QT_TRANSLATE_NOOP("Signing", "The list could not be signed."));
    return signature;
}

Result<bool> Signing::verify(const QByteArray &publicPem, const QByteArray &message,
                             const QByteArray &signature) {
    KeyPtr key = readPublicKey(publicPem);
    MdPtr ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!isEd25519(key) || !ctx ||
        EVP_DigestVerifyInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, key.get(),
                                nullptr) != 1)
        return failed(QT_TRANSLATE_NOOP("Signing", "Not an Ed25519 public key."));
    if (signature.size() != kSignatureSize)
        return false;
    return EVP_DigestVerify(ctx.get(),
                            reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size())) == 1;
}

} // namespace cc
