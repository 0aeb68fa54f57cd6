#include "central/preapplications.h"

#include "central/citizenca.h"
#include "central/pg.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

namespace cc::central {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("PreApplications", text);
}

} // namespace

Result<PreApplication> PreApplications::check(const QByteArray &signedDer, const CitizenCa &ca) {
    Result<CitizenCa::Signed> verified = ca.verify(signedDer);
    if (!verified)
        return verified.error();
    Result<PreApplication> document = PreApplication::fromJson(verified->content, false);
    if (!document)
        return document.error();
    if (verified->holder != document->nationalId)
        return Error{ErrorCode::Refused,
                     tr("The certificate that signed the pre-application is not the "
                        "applicant's."),
                     QStringLiteral("$.nationalId")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (document->submittedAt > now.addSecs(5 * 60) ||
        document->submittedAt < now.addDays(-kMaxAgeDays))
        return Error{ErrorCode::BadValue,
                     tr("The pre-application was not signed within the last week."),
                     QStringLiteral("$.submittedAt")};
    return document;
}

Result<QString> PreApplications::keep(PreApplication document, const QByteArray &signedDer) {
    const QByteArray sha = QCryptographicHash::hash(signedDer, QCryptographicHash::Sha256).toHex();
    Result<PgResult> office =
        m_db.exec("SELECT 1 FROM stations WHERE station_id = $1 AND revoked_at IS NULL AND "
                  "certificate_serial IS NOT NULL",
                  {document.office.toUtf8()});
    if (!office)
        return office.error();
    if (office->rows() == 0)
        return Error{ErrorCode::NotFound, tr("There is no such district office."),
                     QStringLiteral("$.office")};
    // A new code until one is free (50 random bits: a collision is rare).
    for (int attempt = 0; attempt < 8; ++attempt) {
        document.code = PreApplication::newCode();
        QString kept;
        Status done = m_db.transaction([&]() -> Status {
            // Each statement sees what committed before it (a twin sent at
            // the same moment is found on the next attempt).
            if (Status rc = m_db.run("SET TRANSACTION ISOLATION LEVEL READ COMMITTED"); !rc)
                return rc;
            // The same signed bytes again (a resubmission): the code they got.
            Result<PgResult> inserted = m_db.exec(
                "WITH n AS (INSERT INTO preapplications (code, office, signed, signed_sha256, "
                "document) VALUES ($1, $2, decode($3, 'hex'), decode($4, 'hex'), decode($5, "
                "'hex')) ON CONFLICT DO NOTHING RETURNING code) SELECT code, true FROM n UNION "
                "ALL SELECT code, false FROM preapplications WHERE signed_sha256 = decode($4, "
                "'hex')",
                {document.code.toUtf8(), document.office.toUtf8(), signedDer.toHex(), sha,
                 document.toJson().toHex()});
            if (!inserted)
                return inserted.error();
            if (inserted->rows() == 0)
                return Done{}; // the code was taken, or a twin is committing: again
            kept = inserted->text(0, 0);
            if (inserted->bytes(0, 1) != "t")
                return Done{};
            return m_db.run(
                "INSERT INTO events (event_id, station_id, station_seq, at, topic, object, "
                "payload) VALUES (gen_random_uuid(), 'centre', nextval('centre_seq'), now(), "
                "'preapplication.received', 'preapplication:' || $1, jsonb_build_object('for', "
                "$2::text, 'code', $1::text, 'cardType', $3::text))",
                {document.code.toUtf8(), document.office.toUtf8(),
                 CardTypes::code(document.cardType).toUtf8()});
        });
        if (!done)
            return done.error();
        if (!kept.isEmpty())
            return kept;
    }
    return Error{ErrorCode::StoreFailed, tr("No free pre-application code was found."),
                 QStringLiteral("code")};
}

Result<QByteArray> PreApplications::fetch(const QString &station, const QString &code) {
    Result<PgResult> row =
        m_db.exec("SELECT encode(document, 'hex') FROM preapplications WHERE code = $1 AND "
                  "office = $2 AND document IS NOT NULL",
                  {code.toUtf8(), station.toUtf8()});
    if (!row)
        return row.error();
    if (row->rows() == 0)
        return Error{ErrorCode::NotFound, tr("No such pre-application for this office."), code};
    return QByteArray::fromHex(row->bytes(0, 0));
}

} // namespace cc::central
