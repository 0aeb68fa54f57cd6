#pragma once

#include "core/domain/result.h"
#include "core/protocol/enrol.h"

#include <QCoreApplication>

#include <functional>

namespace cc {

class AuditLog;
class Clock;
class Session;
class Store;

// Enrols this station with the central service once (an admin, with the
// one-time code the centre's administrator gave): a new key pair made here,
// a certificate request for the station ID, the certificate the centre
// returns checked (this station's name, this key), then the link kept in the
// store with the key sealed. The key never leaves the station.
class Enrolment {
    Q_DECLARE_TR_FUNCTIONS(Enrolment)

public:
    // Sends the request to the centre (HttpsTransport::enrol in production).
    using Send = std::function<Result<EnrolAnswer>(const EnrolRequest &)>;

    Enrolment(Store &store, AuditLog &audit, const Clock &clock);

    Status run(const Session &session, const QString &centralUrl, const QByteArray &caPem,
               const QString &code, const Send &send);

private:
    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace cc
