#pragma once

#include "core/domain/result.h"
#include "core/protocol/preapplication.h"

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
    static constexpr int kMaxAgeDays = 7;

    explicit PreApplications(PgConnection &db)
        : m_db(db) {}

    // Verifies `signedDer` with `ca` (no database needed: done before a
    // connection is taken), checks the document, that the certificate is the
    // applicant's (its subject serialNumber is the ID number) and that it was
    // signed within the last week, not in the future.
    static Result<PreApplication> check(const QByteArray &signedDer, const CitizenCa &ca);
    // Keeps a checked document for its office, which must be an enrolled
    // station. Returns its code; the same signed bytes sent again get the
    // code they got the first time, and nothing is kept twice.
    Result<QString> keep(PreApplication document, const QByteArray &signedDer);
    // The document (with its code) for a station of its office; NotFound for
    // another station, an unknown code or one already collected.
    Result<QByteArray> fetch(const QString &station, const QString &code);

private:
    PgConnection &m_db;
};

} // namespace cc::central
