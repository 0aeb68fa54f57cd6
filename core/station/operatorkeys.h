#pragma once

// Private to the account use cases (core/accounts.cpp): what an operator's
// password and key pair hold, and the operators table's rows. docs/store.md,
// "Who holds which key", says what each column is.

#include "core/crypto/crypto.h"
#include "core/domain/result.h"
#include "core/domain/roles.h"
#include "core/station/session.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace cc {

class Store;
struct StationRecord;

namespace operators {

constexpr int kSaltSize = 16;
constexpr int kKeySize = 32;

struct PasswordKeys {
    QByteArray verifier; // stored: proves the password
    SecretKey kek;       // never stored: opens what the operator's password seals
};

// One scrypt call gives 64 bytes: the first half is the verifier, the second
// the key-encryption key. Both halves are independent outputs of the KDF.
Result<PasswordKeys> derivePasswordKeys(const QString &password, QByteArrayView salt,
                                        const ScryptParams &params);
// "operators/<id>/<column>": the associated data of a sealed operator column.
QByteArray keyAad(qint64 operatorId, const char *column);

struct OperatorRow {
    qint64 id = 0;
    QString username;
    Role role = Role::Clerk;
    ScryptParams scrypt;
    QByteArray salt, verifier;
    int failedLogins = 0;
    QDateTime lockedUntil;
    QByteArray integrityKey, boxPublic, boxPrivate, dataGrant; // as stored (sealed)
    bool disabled = false;
};

Result<std::optional<OperatorRow>> findOperator(Store &store, QSqlDatabase &db,
                                                const QString &username);

// What an operator's password seals: the integrity key and the private half
// of their key pair, under a fresh salt.
struct Credentials {
    QByteArray salt, verifier, integrityKey, boxPrivate;
};

Result<Credentials> makeCredentials(qint64 operatorId, const QString &password,
                                    const ScryptParams &params, const SecretKey &integrityKey,
                                    const SecretKey &boxPrivate);
// The data key of `by`'s session, sealed to an operator's public key.
Result<QByteArray> grantFor(qint64 operatorId, QByteArrayView boxPublic, const Session &by);
Result<SecretKey> openSealed(const SecretKey &kek, QByteArrayView sealed, qint64 operatorId,
                             const char *column);

// Inserts the operator, with the integrity key of `by`'s session, a new key
// pair, and the data key sealed to it when `grant`; then seals the row.
Status insertOperator(Store &store, QSqlDatabase &db, const QString &username, Role role,
                      const QString &password, const ScryptParams &params, const Session &by,
                      bool grant, const QVariant &createdBy, const QString &now);

Error damagedKeys(const QString &username);
QString operatorObject(const QString &username); // "operator:<name>", the audit object
// A login that succeeded, or an unlock: the count of failures starts again.
Status clearLockout(Store &store, QSqlDatabase &db, qint64 operatorId);
// What the password opens: the integrity key, the key pair's private half,
// and through it the data key when the operator was granted it.
Result<Session> unlockKeys(const OperatorRow &op, const SecretKey &kek,
                           const StationRecord &station);

} // namespace operators
} // namespace cc
