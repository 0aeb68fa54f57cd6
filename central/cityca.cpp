#include "central/cityca.h"

#include "core/crypto/signing.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace cc::central {
namespace {

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;
using ReqPtr = std::unique_ptr<X509_REQ, decltype(&X509_REQ_free)>;

Error failed(const QString &what, const QString &where = QStringLiteral("ca")) {
    return Error{ErrorCode::CryptoFailed, what, where};
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A 128-bit random serial, positive.
bool randomSerial(X509 *cert, QString &hex) {
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f;
    std::unique_ptr<BIGNUM, decltype(&BN_free)> bn(BN_bin2bn(bytes, sizeof bytes, nullptr),
                                                   BN_free);
    if (!bn || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)))
        return false;
    char *text = BN_bn2hex(bn.get());
    hex = QString::fromLatin1(text);
    OPENSSL_free(text);
    return true;
}

// A certificate for `key`'s public half named `cn`, issued by `issuer`
// (null: itself), to be signed by the issuer's key.
X509Ptr issue(EVP_PKEY *key, const QString &cn, X509 *issuer, int days, QString &serial) {
    X509Ptr cert(X509_new(), X509_free);
    if (!cert || X509_set_version(cert.get(), 2) != 1 || !randomSerial(cert.get(), serial))
        return X509Ptr(nullptr, X509_free);
    const QByteArray name = cn.toUtf8();
    X509_NAME *subject = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(name.constData()),
                               int(name.size()), -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : subject);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -300);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    return cert;
}

bool sign(X509 *cert, EVP_PKEY *key) {
    return X509_sign(cert, key, EVP_sha256()) > 0;
}

bool writePem(const QString &path, const QByteArray &pem, bool secret) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.write(pem) == pem.size() && f.flush();
}

QByteArray certPem(X509 *cert) {
    BioPtr out(BIO_new(BIO_s_mem()), BIO_free);
    PEM_write_bio_X509(out.get(), cert);
    char *data = nullptr;
    const long n = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, int(n));
}

QByteArray keyPem(EVP_PKEY *key) {
    BioPtr out(BIO_new(BIO_s_mem()), BIO_free);
    PEM_write_bio_PrivateKey(out.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long n = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, int(n));
}

} // namespace

struct CityCa::Impl {
    X509Ptr cert{nullptr, X509_free};
    KeyPtr key{nullptr, EVP_PKEY_free};
};

CityCa::CityCa(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}

CityCa::~CityCa() = default;

Status CityCa::create(const QString &dir, const QStringList &serverNames, int years) {
    if (!QDir().mkpath(dir))
        return Error{ErrorCode::FileUnwritable, QStringLiteral("Cannot make the folder."), dir};
    KeyPtr caKey(EVP_EC_gen("P-256"), EVP_PKEY_free);
    KeyPtr serverKey(EVP_EC_gen("P-256"), EVP_PKEY_free);
    if (!caKey || !serverKey)
        return failed(QStringLiteral("The keys could not be made."));
    QString serial;
    X509Ptr ca =
        issue(caKey.get(), QStringLiteral("citizencard station CA"), nullptr, years * 365, serial);
    if (!ca || !addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE") ||
        !addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash") ||
        !sign(ca.get(), caKey.get()))
        return failed(QStringLiteral("The CA certificate could not be made."));
    QStringList alt;
    for (const QString &n : serverNames)
        alt << (QHostAddress(n).isNull() ? QStringLiteral("DNS:") : QStringLiteral("IP:")) + n;
    X509Ptr server = issue(serverKey.get(), serverNames.value(0, QStringLiteral("localhost")),
                           ca.get(), 825, serial);
    if (!server || alt.isEmpty() ||
        !addExtension(server.get(), ca.get(), NID_subject_alt_name,
                      alt.join(QLatin1Char(',')).toLatin1().constData()) ||
        !addExtension(server.get(), ca.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(server.get(), ca.get(), NID_key_usage, "critical,digitalSignature") ||
        !sign(server.get(), caKey.get()))
        return failed(QStringLiteral("The service's certificate could not be made."));
    // The hotlist's signing key, beside: partners get its public half.
    Result<QByteArray> hotlistKey = Signing::newKey();
    Result<QByteArray> hotlistPublic =
        hotlistKey ? Signing::publicKey(*hotlistKey) : Result<QByteArray>(hotlistKey.error());
    if (!hotlistPublic)
        return hotlistPublic.error();
    const QDir d(dir);
    if (!writePem(d.filePath(QStringLiteral("station-ca.key")), keyPem(caKey.get()), true) ||
        !writePem(d.filePath(QStringLiteral("station-ca.crt")), certPem(ca.get()), false) ||
        !writePem(d.filePath(QStringLiteral("server.key")), keyPem(serverKey.get()), true) ||
        !writePem(d.filePath(QStringLiteral("server.crt")), certPem(server.get()), false) ||
        !writePem(d.filePath(QStringLiteral("hotlist-signing.key")), *hotlistKey, true) ||
        !writePem(d.filePath(QStringLiteral("hotlist-signing.pub.pem")), *hotlistPublic, false))
        return Error{ErrorCode::FileUnwritable,
                     QStringLiteral("Cannot write the CA files (they must not exist yet)."), dir};
    return Done{};
}

Result<std::unique_ptr<CityCa>> CityCa::load(const QString &certificatePath,
                                             const QString &keyPath) {
    QFile c(certificatePath), k(keyPath);
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, QStringLiteral("Cannot read the CA files."),
                     certificatePath};
    const QByteArray certBytes = c.readAll(), keyBytes = k.readAll();
    BioPtr cin(BIO_new_mem_buf(certBytes.constData(), int(certBytes.size())), BIO_free);
    BioPtr kin(BIO_new_mem_buf(keyBytes.constData(), int(keyBytes.size())), BIO_free);
    auto impl = std::make_unique<Impl>();
    impl->cert.reset(PEM_read_bio_X509(cin.get(), nullptr, nullptr, nullptr));
    impl->key.reset(PEM_read_bio_PrivateKey(kin.get(), nullptr, nullptr, nullptr));
    if (!impl->cert || !impl->key || X509_check_private_key(impl->cert.get(), impl->key.get()) != 1)
        return failed(QStringLiteral("The CA certificate and key do not belong together."),
                      keyPath);
    return std::unique_ptr<CityCa>(new CityCa(std::move(impl)));
}

QByteArray CityCa::certificatePem() const {
    return certPem(m_impl->cert.get());
}

Result<QByteArray> CityCa::signStation(const QByteArray &requestPem, const QString &station,
                                       QString &serial, int days) const {
    BioPtr in(BIO_new_mem_buf(requestPem.constData(), int(requestPem.size())), BIO_free);
    ReqPtr req(in ? PEM_read_bio_X509_REQ(in.get(), nullptr, nullptr, nullptr) : nullptr,
               X509_REQ_free);
    if (!req)
        return Error{ErrorCode::ParseFailed, QStringLiteral("Not a certificate request."),
                     QStringLiteral("$.csr")};
    EVP_PKEY *key = X509_REQ_get0_pubkey(req.get());
    if (!key || X509_REQ_verify(req.get(), key) != 1)
        return Error{ErrorCode::AuthenticationFailed,
                     QStringLiteral("The request's signature does not verify."),
                     QStringLiteral("$.csr")};
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_EC || EVP_PKEY_get_bits(key) < 256)
        return Error{ErrorCode::BadValue, QStringLiteral("A station key is ECDSA P-256."),
                     QStringLiteral("$.csr")};
    X509Ptr cert = issue(key, station, m_impl->cert.get(), days, serial);
    if (!cert ||
        !addExtension(cert.get(), m_impl->cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), m_impl->cert.get(), NID_key_usage, "critical,digitalSignature") ||
        !addExtension(cert.get(), m_impl->cert.get(), NID_ext_key_usage, "clientAuth") ||
        !sign(cert.get(), m_impl->key.get()))
        return failed(QStringLiteral("The station's certificate could not be made."));
    return certPem(cert.get());
}

} // namespace cc::central
