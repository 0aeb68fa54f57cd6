#pragma once

#include "core/ports/registrygateway.h"
#include "core/ports/synctransport.h"
#include "core/protocol/enrol.h"
#include "core/protocol/hotlist.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <string>

namespace cc {

// SyncTransport over HTTPS with mutual TLS (cpp-httplib). One kept-alive
// connection; a broken one is made again on the next call.
class HttpsTransport : public SyncTransport {
public:
    static Result<std::unique_ptr<HttpsTransport>> open(const SyncLink &link,
                                                        int timeoutSeconds = 15);
    ~HttpsTransport() override;

    Result<PushAnswer> push(const QByteArray &batchJson) override;
    Result<ChangesPage> changes(const QString &since, int limit) override;
    Result<QByteArray> document(const QString &kind, qint64 version) override;
    Result<QByteArray> preApplication(const QString &code) override;
    // GET /v1/hotlist?since=V: the signed list, as the centre sent it.
    Result<SignedHotlist> hotlist(qint64 since);
    // POST /v1/registry/lookup: the registry's entry for the person, asked
    // through the centre; none when the registry has no such person.
    Result<std::optional<RegistryEntry>> lookup(const QString &nationalId);

    // The station's first call, with no certificate yet: the centre at `url`
    // must show a certificate of the CA `caPem`.
    static Result<EnrolAnswer> enrol(const QString &url, const QByteArray &caPem,
                                     const EnrolRequest &request, int timeoutSeconds = 15);

private:
    Result<QByteArray> get(const std::string &path);

    struct Impl;
    explicit HttpsTransport(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace cc
