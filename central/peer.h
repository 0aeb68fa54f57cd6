#pragma once

#include <QString>

#include <openssl/types.h>

namespace cc::central {

// Who is at the other end of a TLS connection, from its certificate.
struct Peer {
    enum class Standing {
        NoCertificate, // the client sent none
        Untrusted,     // the certificate does not chain to the city's station CA
        Trusted,
    };
    Standing standing = Standing::NoCertificate;
    QString station; // the certificate's common name (the station ID)
    QString serial;  // the certificate's serial number, upper-case hex

    static Peer of(const SSL *ssl);
};

} // namespace cc::central
