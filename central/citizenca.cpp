#include "central/citizenca.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace cc::central {
namespace {

template<typename T, void (*Free)(T *)> struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Cms = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo, CMS_ContentInfo_free>>;

QString tr(const char *text) {
    return QCoreApplication::translate("CitizenCa", text);
}

} // namespace

struct CitizenCa::Impl {
    std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>> store{X509_STORE_new()};
};

CitizenCa::CitizenCa(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}

CitizenCa::~CitizenCa() = default;

Result<std::unique_ptr<CitizenCa>> CitizenCa::load(const QString &certificatesPath) {
    auto impl = std::make_unique<Impl>();
    const QByteArray path = certificatesPath.toLocal8Bit();
    if (!impl->store || X509_STORE_load_file(impl->store.get(), path.constData()) != 1)
        return Error{ErrorCode::FileUnreadable,
                     tr("The citizen certificates' CA cannot be read (PEM certificates)."),
                     certificatesPath};
    return std::unique_ptr<CitizenCa>(new CitizenCa(std::move(impl)));
}

Result<CitizenCa::Signed> CitizenCa::verify(const QByteArray &der) const {
    const Error refused{ErrorCode::Refused,
                        tr("The pre-application is not signed with a citizen digital "
                           "certificate this city accepts."),
                        QStringLiteral("signature")};
    Bio in(BIO_new_mem_buf(der.constData(), int(der.size())));
    Cms cms(in ? d2i_CMS_bio(in.get(), nullptr) : nullptr);
    if (!cms) {
        ERR_clear_error();
        return Error{ErrorCode::BadValue, tr("Not a CMS signed document (DER)."),
                     QStringLiteral("body")};
    }
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed ||
        OBJ_obj2nid(CMS_get0_eContentType(cms.get())) != NID_pkcs7_data ||
        sk_CMS_SignerInfo_num(CMS_get0_SignerInfos(cms.get())) != 1)
        return refused;
    Bio out(BIO_new(BIO_s_mem()));
    // CMS_BINARY: the bytes as signed, no MIME canonical form. The signer's
    // certificate is verified for S/MIME signing against the CA, now.
    if (!out ||
        CMS_verify(cms.get(), nullptr, m_impl->store.get(), nullptr, out.get(), CMS_BINARY) != 1) {
        ERR_clear_error(); // this worker thread's next TLS call reads the queue
        return refused;
    }
    STACK_OF(X509) *signers = CMS_get0_signers(cms.get());
    if (!signers || sk_X509_num(signers) != 1) {
        sk_X509_free(signers);
        return refused;
    }
    // The subject's one serialNumber, as UTF-8 whatever its string type.
    const X509_NAME *subject = X509_get_subject_name(sk_X509_value(signers, 0));
    QString holder;
    const int at = X509_NAME_get_index_by_NID(subject, NID_serialNumber, -1);
    if (at >= 0 && X509_NAME_get_index_by_NID(subject, NID_serialNumber, at) < 0) {
        unsigned char *utf8 = nullptr;
        const int length =
            ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, at)));
        if (length > 0)
            holder = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
        OPENSSL_free(utf8);
    }
    sk_X509_free(signers);
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return Signed{QByteArray(data, int(size)), holder};
}

} // namespace cc::central
