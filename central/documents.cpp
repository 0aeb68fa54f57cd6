#include "central/documents.h"

#include "central/pg.h"

#include <QCryptographicHash>

namespace cc::central {

Result<qint64> Documents::publish(const QString &kind, const QByteArray &bytes) {
    qint64 version = 0;
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    Status done = m_db.transaction([&]() -> Status {
        // One publication of a kind at a time: versions without gaps.
        if (Status locked = m_db.run("SELECT pg_advisory_xact_lock(7201304)"); !locked)
            return locked;
        Result<PgResult> next = m_db.exec(
            "INSERT INTO documents (kind, version, body, sha256) SELECT $1, coalesce(max(version), "
            "0) + 1, decode($2, 'hex'), $3 FROM documents WHERE kind = $1 RETURNING version",
            {kind.toUtf8(), bytes.toHex(), sha});
        if (!next)
            return next.error();
        version = next->integer(0, 0);
        return m_db.run(
            "INSERT INTO events (event_id, station_id, station_seq, at, topic, object, payload) "
            "VALUES (gen_random_uuid(), 'centre', nextval('centre_seq'), now(), "
            "'policy.published', $1 || ':' || $2, jsonb_build_object('kind', $1::text, "
            "'version', $2::bigint, 'sha256', $3::text))",
            {kind.toUtf8(), QByteArray::number(version), sha});
    });
    if (!done)
        return done.error();
    return version;
}

Result<QByteArray> Documents::fetch(const QString &kind, qint64 version) {
    Result<PgResult> row =
        m_db.exec("SELECT encode(body, 'hex') FROM documents WHERE kind = $1 AND version = $2",
                  {kind.toUtf8(), QByteArray::number(version)});
    if (!row)
        return row.error();
    if (row->rows() == 0)
        return Error{ErrorCode::NotFound, QStringLiteral("No such document."),
                     kind + u':' + QString::number(version)};
    return QByteArray::fromHex(row->bytes(0, 0));
}

} // namespace cc::central
