#pragma once

#include "core/crypto/crypto.h"
#include "core/domain/roles.h"

#include <QString>

namespace cc {

// A logged-in operator and the keys their login unlocked. The keys live only
// here, in memory; lock() wipes them (logout, idle lock) and so does the
// destructor. Made by Accounts; move-only, like the keys: share() makes an
// independent copy for another thread.
//
// Every operator holds the integrity key (the seals of the store's own rows
// and the audit anchor). Only operators given access to personal data hold
// the data key: never an admin, and an operator an admin added only once a
// supervisor has granted it (Accounts::grantDataAccess).
class Session {
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    Session() = default;
    // `dataKey` is empty for an operator without access to personal data.
    Session(qint64 operatorId, QString username, Role role, QString stationId,
            SecretKey integrityKey, SecretKey dataKey, QByteArrayView keySalt);
    Session(Session &&) noexcept = default;
    Session &operator=(Session &&) noexcept = default;

    qint64 operatorId() const { return m_operatorId; }
    const QString &username() const { return m_username; }
    Role role() const { return m_role; }
    const QString &stationId() const { return m_stationId; }

    // A copy with keys of its own, for a background call: lock() on this
    // session (an idle lock on the GUI thread) does not wipe the keys a worker
    // is using, and the copy's keys are wiped when it goes.
    Session share() const;

    bool isUnlocked() const { return !m_integrityKey.isEmpty(); }
    bool holdsPersonalData() const { return !m_dataKey.isEmpty(); }
    void lock();

    // NotLoggedIn when locked, PermissionDenied when the role does not allow
    // it or the permission reads personal data and this operator holds no
    // data key (yet).
    Status require(Permission permission) const;

    // Personal fields: sealed with the field key, bound to their row and column.
    Result<QByteArray> seal(QByteArrayView plaintext, QByteArrayView aad) const;
    Result<QByteArray> open(QByteArrayView sealed, QByteArrayView aad) const;
    // seal() for many fields in one write (the same checks, the same seals).
    Result<Sealer> fieldSealer() const;
    // The station's own secrets (its TLS key for the centre): sealed with a
    // key every operator holds (derived from the integrity key), so sync
    // runs for whoever is logged in, and never stored in clear.
    Result<QByteArray> sealStationSecret(QByteArrayView plaintext, QByteArrayView aad) const;
    Result<QByteArray> openStationSecret(QByteArrayView sealed, QByteArrayView aad) const;
    // HMAC-SHA-256 of a normalised national ID under the lookup key.
    QByteArray lookupTag(const QString &normalizedId) const;
    // The same for a name (PersonNames::searchKey), kept apart from ID tags;
    // empty for an empty name.
    QByteArray nameTag(const QString &name) const;
    // HMAC-SHA-256 under the integrity key: the seals of the store's
    // security-relevant rows (core/seals.h). Empty when locked.
    QByteArray integrityTag(QByteArrayView message) const;
    // The keys themselves, for sealing them to another operator.
    const SecretKey &dataKey() const { return m_dataKey; }
    const SecretKey &integrityKey() const { return m_integrityKey; }

    // "persons/42/name": the associated data of one sealed column.
    static QByteArray fieldAad(const char *table, qint64 row, const char *column);

private:
    SecretKey stationSecretKey() const;

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
