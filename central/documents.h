#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QString>

namespace cc::central {

class PgConnection;

// What the city publishes for every station (kind "policy": the eligibility
// policy), versioned 1, 2, 3 …: the document is kept as given, and its
// publication is a change every station pulls (policy.published, with the
// version and the SHA-256 of the bytes), after which it fetches the bytes.
class Documents {
public:
    explicit Documents(PgConnection &db)
        : m_db(db) {}

    // The new version; the bytes are checked by the caller.
    Result<qint64> publish(const QString &kind, const QByteArray &bytes);
    Result<QByteArray> fetch(const QString &kind, qint64 version);

private:
    PgConnection &m_db;
};

} // namespace cc::central
