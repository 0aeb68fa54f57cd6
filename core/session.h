#pragma once

#include "core/crypto.h"
#include "core/roles.h"

#include <QString>

namespace cc {

// A logged-in operator and the keys their login unlocked. The keys live only
// here, in memory; lock() wipes them (logout, idle lock) and so does the
// destructor. Made by Accounts; move-only, like the keys.
class Session {
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    Session() = default;
    Session(qint64 operatorId, QString username, Role role, QString stationId, SecretKey dataKey,
            QByteArrayView keySalt);
    Session(Session &&) noexcept = default;
    Session &operator=(Session &&) noexcept = default;

    qint64 operatorId() const { return m_operatorId; }
    const QString &username() const { return m_username; }
    Role role() const { return m_role; }
    const QString &stationId() const { return m_stationId; }

    bool isUnlocked() const { return !m_dataKey.isEmpty(); }
    void lock();

    // NotLoggedIn when locked, PermissionDenied when the role does not allow it.
    Status require(Permission permission) const;

    // Personal fields: sealed with the field key, bound to their row and column.
    Result<QByteArray> seal(QByteArrayView plaintext, QByteArrayView aad) const;
    Result<QByteArray> open(QByteArrayView sealed, QByteArrayView aad) const;
    // HMAC-SHA-256 of a normalised national ID under the lookup key.
    QByteArray lookupTag(const QString &normalizedId) const;
    // HMAC-SHA-256 under the integrity key: the seals of the store's
    // security-relevant rows (core/seals.h). Empty when locked.
    QByteArray integrityTag(QByteArrayView message) const;
    // The station data key itself, for wrapping it for another operator.
    const SecretKey &dataKey() const { return m_dataKey; }

    // "persons/42/name": the associated data of one sealed column.
    static QByteArray fieldAad(const char *table, qint64 row, const char *column);

private:
    qint64 m_operatorId = 0;
    QString m_username;
    Role m_role = Role::Clerk;
    QString m_stationId;
    SecretKey m_dataKey;
    SecretKey m_fieldKey;
    SecretKey m_lookupKey;
    SecretKey m_integrityKey;
};

} // namespace cc
