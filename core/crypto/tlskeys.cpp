#include "core/crypto/tlskeys.h"

#include "core/crypto/opensslpem.h"

#include <QCoreApplication>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace cc {
namespace {

using namespace cc::openssl;
using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using ReqPtr = std::unique_ptr<X509_REQ, decltype(&X509_REQ_free)>;

Error failed(const char *what) {
    return Error{ErrorCode::CryptoFailed, QCoreApplication::translate("TlsKeys", what),
                 QStringLiteral("tls")};
}

X509Ptr readCertificate(const QByteArray &pem) {
    BioPtr in = input(pem);
    return X509Ptr(in ? PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr) : nullptr,
                   X509_free);
}

} // namespace

Result<QByteArray> TlsKeys::newPrivateKey() {
    KeyPtr key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    const QByteArray pem = privateKeyPem(key.get());
    if (pem.isEmpty())
        return failed(QT_TRANSLATE_NOOP("TlsKeys", "A key pair could not be made."));
    return pem;
}

Result<QByteArray> TlsKeys::certificateRequest(const QByteArray &keyPem,
                                               const QString &commonName) {
    KeyPtr key = readPrivateKey(keyPem);
    ReqPtr req(X509_REQ_new(), X509_REQ_free);
    BioPtr out = output();
    if (!key || !req || !out)
        return failed(QT_TRANSLATE_NOOP("TlsKeys", "The certificate request could not be made."));
    const QByteArray cn = commonName.toUtf8();
    X509_NAME *name = X509_REQ_get_subject_name(req.get());
    if (X509_REQ_set_version(req.get(), 0) != 1 ||
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn.constData()),
                                   int(cn.size()), -1, 0) != 1 ||
        X509_REQ_set_pubkey(req.get(), key.get()) != 1 ||
        X509_REQ_sign(req.get(), key.get(), EVP_sha256()) <= 0 ||
        PEM_write_bio_X509_REQ(out.get(), req.get()) != 1)
        return failed(QT_TRANSLATE_NOOP("TlsKeys", "The certificate request could not be made."));
    return drain(out.get());
}

Result<CertificateFacts> TlsKeys::facts(const QByteArray &certificatePem) {
    X509Ptr cert = readCertificate(certificatePem);
    if (!cert)
        return failed(QT_TRANSLATE_NOOP("TlsKeys", "The certificate cannot be read."));
    CertificateFacts f;
    char cn[256] = {};
    const int length = X509_NAME_get_text_by_NID(X509_get_subject_name(cert.get()), NID_commonName,
                                                 cn, int(sizeof(cn)));
    if (length > 0)
        f.commonName = QString::fromUtf8(cn, length);
    std::unique_ptr<BIGNUM, decltype(&BN_free)> serial(
        ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert.get()), nullptr), BN_free);
    if (serial) {
        char *hex = BN_bn2hex(serial.get());
        f.serial = QString::fromLatin1(hex);
        OPENSSL_free(hex);
    }
    struct tm t = {};
    if (ASN1_TIME_to_tm(X509_get0_notAfter(cert.get()), &t) == 1)
        f.notAfter = QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday),
                               QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
    return f;
}

bool TlsKeys::matches(const QByteArray &certificatePem, const QByteArray &keyPem) {
    X509Ptr cert = readCertificate(certificatePem);
    KeyPtr key = readPrivateKey(keyPem);
    return cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
}

} // namespace cc
