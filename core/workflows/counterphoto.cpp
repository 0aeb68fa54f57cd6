// The photo a recorded application's card carries, kept or taken again.
#include "core/station/applicants.h"
#include "core/workflows/counter.h"

namespace cc {

Result<QByteArray> Counter::photoFor(const Session &session, qint64 applicationId) {
    Result<ApplicantRecord> holder =
        Applicants(m_store, m_audit, m_clock).forApplication(session, applicationId);
    if (!holder)
        return holder.error();
    return holder->person.photo;
}

Status Counter::retakePhoto(const Session &session, qint64 applicationId, const QByteArray &photo) {
    return Applicants(m_store, m_audit, m_clock).replacePhoto(session, applicationId, photo);
}

} // namespace cc
