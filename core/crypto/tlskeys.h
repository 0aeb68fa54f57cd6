#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cc {

// What a certificate says, as far as the station and the centre check it.
struct CertificateFacts {
    QString commonName;
    QString serial; // upper-case hex
    QDateTime notAfter;
};

// The keys and certificates of the link between stations and the centre
// (ECDSA P-256, PEM), over OpenSSL 3.
class TlsKeys {
public:
    // A new private key (PKCS#8 PEM). Its bytes are secret: seal them.
    static Result<QByteArray> newPrivateKey();
    // A certificate signing request for `commonName`, signed with `keyPem`.
    static Result<QByteArray> certificateRequest(const QByteArray &keyPem,
                                                 const QString &commonName);
    static Result<CertificateFacts> facts(const QByteArray &certificatePem);
    // Whether `certificatePem` carries the public half of `keyPem`.
    static bool matches(const QByteArray &certificatePem, const QByteArray &keyPem);
};

} // namespace cc
