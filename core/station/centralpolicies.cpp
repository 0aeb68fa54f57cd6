#include "core/station/centralpolicies.h"

#include "core/station/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>

namespace cc {

Status CentralPolicies::keepIn(QSqlDatabase &db, qint64 version, const QByteArray &body,
                               const QByteArray &sha256Hex, const QString &now) {
    return m_store.run(db,
                       QStringLiteral("INSERT OR IGNORE INTO central_policies (version, body, "
                                      "sha256, received_at) VALUES (?, ?, ?, ?)"),
                       {version, body, QString::fromLatin1(sha256Hex), now});
}

Result<EligibilityPolicy> CentralPolicies::current(qint64 *version) {
    qint64 found = 0;
    QByteArray body, sha;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db, QStringLiteral("SELECT version, body, sha256 FROM central_policies ORDER BY "
                               "version DESC LIMIT 1"));
        if (!q)
            return q.error();
        if ((*q)->next()) {
            found = (*q)->value(0).toLongLong();
            body = (*q)->value(1).toByteArray();
            sha = (*q)->value(2).toByteArray();
        }
        (*q)->finish();
        return Done{};
    });
    if (!read)
        return read.error();
    if (version)
        *version = found;
    if (!found)
        return EligibilityPolicy::defaults();
    const QString where = QStringLiteral("central_policies:%1").arg(found);
    // A policy edited in the file with sqlite3 is not the city's.
    if (QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex() != sha)
        return Error{ErrorCode::IntegrityFailed,
                     QCoreApplication::translate("CentralPolicies",
                                                 "The city's policy kept in the store was "
                                                 "changed outside the program."),
                     where};
    return EligibilityPolicy::fromBytes(body, where);
}

} // namespace cc
