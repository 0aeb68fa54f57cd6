#pragma once

#include "core/ports/synctransport.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace cc {

// Where and as whom the station talks to the centre: the centre's URL, the
// city CA that signs it (the only one trusted), and the station's own
// certificate and private key, in memory (the key is kept sealed in the
// store and opened for the session).
struct SyncLink {
    QString url; // https://host:port
    QByteArray caCertificate;
    QByteArray certificate;
    QByteArray privateKey; // PEM, in clear only in memory
};

// SyncTransport over HTTPS with mutual TLS (cpp-httplib). One kept-alive
// connection; a broken one is made again on the next call.
class HttpsTransport : public SyncTransport {
public:
    static Result<std::unique_ptr<HttpsTransport>> open(const SyncLink &link,
                                                        int timeoutSeconds = 15);
    ~HttpsTransport() override;

    Result<PushAnswer> push(const PushBatch &batch) override;

private:
    struct Impl;
    explicit HttpsTransport(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace cc
