#pragma once

#include "core/ports/registrygateway.h"
#include "core/ports/synctransport.h"

#include <QCoreApplication>

#include <mutex>
#include <optional>

namespace cc {

// The household registry, asked through the central service once the
// station is enrolled and an operator has opened its link; before that,
// the registry the station was started with (a fixture, or none). A lookup
// that cannot reach the centre within the timeout is an error the counter
// answers with the offline documents path; it never waits longer.
// Thread-safe: the counter's worker looks up while the sync worker connects.
class CentralRegistry : public RegistryGateway {
    Q_DECLARE_TR_FUNCTIONS(CentralRegistry)

public:
    explicit CentralRegistry(RegistryGateway *beforeEnrolment, int timeoutSeconds = 4);

    void connect(const SyncLink &link);
    void disconnect();
    bool connected() const;

    Result<std::optional<RegistryEntry>> lookup(const QString &nationalId) override;

private:
    RegistryGateway *m_before;
    int m_timeoutSeconds;
    mutable std::mutex m_lock;
    std::optional<SyncLink> m_link;
};

} // namespace cc
