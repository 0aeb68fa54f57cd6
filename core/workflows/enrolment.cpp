#include "core/workflows/enrolment.h"

#include "core/crypto/tlskeys.h"
#include "core/station/auditlog.h"
#include "core/station/session.h"
#include "core/station/synclinks.h"

namespace cc {

Enrolment::Enrolment(Store &store, AuditLog &audit, const Clock &clock)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock) {}

Status Enrolment::run(const Session &session, const QString &centralUrl, const QByteArray &caPem,
                      const QString &code, const Send &send) {
    if (Status ok = session.require(Permission::ConfigureStation); !ok)
        return ok;
    Result<QByteArray> key = TlsKeys::newPrivateKey();
    if (!key)
        return key.error();
    Result<QByteArray> csr = TlsKeys::certificateRequest(*key, session.stationId());
    if (!csr)
        return csr.error();
    Result<EnrolAnswer> answer = send({session.stationId(), code.trimmed(), *csr});
    if (!answer)
        return answer.error();
    Result<CertificateFacts> facts = TlsKeys::facts(answer->certificate);
    if (!facts)
        return facts.error();
    if (facts->commonName != session.stationId() || !TlsKeys::matches(answer->certificate, *key))
        return Error{ErrorCode::AuthenticationFailed,
                     tr("The central service returned a certificate that is not this station's "
                        "(%1).")
                         .arg(facts->commonName),
                     QStringLiteral("central")};
    return SyncLinks(m_store, m_audit, m_clock)
        .save(session, {centralUrl, caPem, answer->certificate, *key, answer->holderKey});
}

} // namespace cc
