#pragma once

#include "core/domain/result.h"
#include "core/ports/synctransport.h"

#include <QDateTime>

#include <optional>

namespace cc {

class AuditLog;
class Clock;
class Session;
class Store;

// The station's one link to the central service (sync_link): the centre's
// address, the city CA, the station's certificate and its private key,
// sealed (Session::sealStationSecret). Made by enrolment, read by sync.
class SyncLinks {
public:
    SyncLinks(Store &store, AuditLog &audit, const Clock &clock);

    // Keeps `link` (replacing an earlier one), audited as station.enrol.
    Status save(const Session &session, const SyncLink &link);
    // The link with its key opened; none when the station is not enrolled.
    Result<std::optional<SyncLink>> load(const Session &session);
    // The centre answered at `at`: the offline limits count from here.
    Status noteContact(const QDateTime &at);
    Result<QDateTime> lastContact(); // invalid: never

private:
    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace cc
