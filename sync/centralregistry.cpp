#include "sync/centralregistry.h"
#include "sync/httpstransport.h"
#include "sync/logging.h"

namespace cc {

CentralRegistry::CentralRegistry(RegistryGateway *beforeEnrolment, int timeoutSeconds)
    : m_before(beforeEnrolment)
    , m_timeoutSeconds(timeoutSeconds) {}

void CentralRegistry::connect(const SyncLink &link) {
    std::lock_guard lock(m_lock);
    m_link = link;
}

void CentralRegistry::disconnect() {
    std::lock_guard lock(m_lock);
    m_link.reset();
}

bool CentralRegistry::connected() const {
    std::lock_guard lock(m_lock);
    return m_link.has_value();
}

Result<std::optional<RegistryEntry>> CentralRegistry::lookup(const QString &nationalId) {
    std::optional<SyncLink> link;
    {
        std::lock_guard lock(m_lock);
        link = m_link;
    }
    if (!link) {
        if (m_before)
            return m_before->lookup(nationalId);
        return Error{ErrorCode::NetworkFailed,
                     tr("No household registry is connected: record the documents you saw."),
                     QStringLiteral("registry")};
    }
    Result<std::unique_ptr<HttpsTransport>> transport =
        HttpsTransport::open(*link, m_timeoutSeconds);
    Result<std::optional<RegistryEntry>> entry =
        transport ? (*transport)->lookup(nationalId)
                  : Result<std::optional<RegistryEntry>>(transport.error());
    if (entry || entry.error().code == ErrorCode::BadValue)
        return entry;
    qCInfo(lcSyncHttp) << "registry lookup through the centre failed:"
                       << errorCodeName(entry.error().code);
    return Error{ErrorCode::NetworkFailed,
                 tr("The registry cannot be asked through the central service (%1). Record the "
                    "documents you saw: the application is re-checked when the centre is back.")
                     .arg(entry.error().message),
                 QStringLiteral("registry")};
}

} // namespace cc
