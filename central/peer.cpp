#include "central/peer.h"

#include <memory>
#include <openssl/bn.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace cc::central {

Peer Peer::of(const SSL *ssl) {
    Peer peer;
    if (!ssl)
        return peer;
    std::unique_ptr<X509, decltype(&X509_free)> cert(SSL_get1_peer_certificate(ssl), X509_free);
    if (!cert)
        return peer;
    // The handshake accepts any certificate so that a refusal can be an HTTP
    // answer; the chain's verdict is kept and read here.
    peer.standing =
        SSL_get_verify_result(ssl) == X509_V_OK ? Standing::Trusted : Standing::Untrusted;
    char name[256] = {};
    const int length = X509_NAME_get_text_by_NID(X509_get_subject_name(cert.get()), NID_commonName,
                                                 name, int(sizeof(name)));
    if (length > 0)
        peer.station = QString::fromUtf8(name, length);
    std::unique_ptr<BIGNUM, decltype(&BN_free)> serial(
        ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert.get()), nullptr), BN_free);
    if (serial) {
        char *hex = BN_bn2hex(serial.get());
        peer.serial = QString::fromLatin1(hex);
        OPENSSL_free(hex);
    }
    return peer;
}

} // namespace cc::central
