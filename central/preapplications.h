#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QString>

namespace cc::central {

class CitizenCa;
class PgConnection;

// Applications citizens make online (docs/sync-protocol.md,
// "Pre-applications"). One comes signed with the citizen's certificate
// (CMS), for the district office they chose; the centre gives it a code (the
// QR code the citizen shows at the counter) and tells that office's
// stations, and only them, with a preapplication.received change. The
// document is personal data: it is kept until a station reports it
// collected (preapplication.collected), then only the fact remains.
class PreApplications {
public:
    static constexpr qsizetype kMaxSignedBytes = 64 * 1024;

    explicit PreApplications(PgConnection &db)
        : m_db(db) {}

    // Verifies `signedDer` with `ca`, checks the document and that the
    // certificate is the applicant's (its subject serialNumber is the ID
    // number), and keeps it for its office. Returns the code.
    Result<QString> receive(const QByteArray &signedDer, const CitizenCa &ca);
    // The document (with its code) for a station of its office; NotFound for
    // another station, an unknown code or one already collected.
    Result<QByteArray> fetch(const QString &station, const QString &code);

private:
    PgConnection &m_db;
};

} // namespace cc::central
