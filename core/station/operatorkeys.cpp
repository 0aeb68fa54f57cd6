// What an operator's password and key pair hold, and the operators table's
// rows as the account use cases read and write them (core/accounts.cpp).
#include "core/station/operatorkeys.h"

#include "core/crypto/keybox.h"
#include "core/station/accounts.h"
#include "core/station/rows.h"
#include "core/station/seals.h"
#include "core/station/station.h"
#include "core/station/store.h"

#include <QSqlQuery>

namespace cc::operators {

Result<PasswordKeys> derivePasswordKeys(const QString &password, QByteArrayView salt,
                                        const ScryptParams &params) {
    Result<QByteArray> derived = Crypto::scrypt(password.toUtf8(), salt, params, 2 * kKeySize);
    if (!derived)
        return derived.error();
    QByteArray bytes = std::move(derived).value();
    QByteArray kek = bytes.mid(kKeySize);
    PasswordKeys keys{bytes.left(kKeySize), SecretKey::takeFrom(kek)};
    SecretKey wipe = SecretKey::takeFrom(bytes);
    return keys;
}

QByteArray keyAad(qint64 operatorId, const char *column) {
    return Session::fieldAad("operators", operatorId, column);
}

namespace {

const QString kOperatorColumns = QStringLiteral(
    "id, username, role, scrypt_n, scrypt_r, scrypt_p, salt, verifier, failed_logins, "
    "locked_until, integrity_key, box_public, box_private, data_grant, disabled_at");

} // namespace

Result<std::optional<OperatorRow>> findOperator(Store &store, QSqlDatabase &db,
                                                const QString &username) {
    Result<QSqlQuery *> q = store.exec(
        db, QStringLiteral("SELECT %1 FROM operators WHERE username = ?").arg(kOperatorColumns),
        {username});
    if (!q)
        return q.error();
    RowReader row(**q, QStringLiteral("operators"));
    if (!row.next())
        return std::optional<OperatorRow>();
    const Result<Role> role = row.role("role");
    if (!role)
        return role.error();
    OperatorRow r;
    r.id = row.integer("id");
    r.username = row.text("username");
    r.role = *role;
    r.scrypt = row.scrypt();
    r.salt = row.blob("salt");
    r.verifier = row.blob("verifier");
    r.failedLogins = int(row.integer("failed_logins"));
    r.lockedUntil = QDateTime::fromString(row.text("locked_until"), Qt::ISODateWithMs);
    r.integrityKey = row.blob("integrity_key");
    r.boxPublic = row.blob("box_public");
    r.boxPrivate = row.blob("box_private");
    r.dataGrant = row.blob("data_grant");
    r.disabled = !row.text("disabled_at").isEmpty();
    (*q)->finish();
    return std::optional<OperatorRow>(r);
}

Result<Credentials> makeCredentials(qint64 operatorId, const QString &password,
                                    const ScryptParams &params, const SecretKey &integrityKey,
                                    const SecretKey &boxPrivate) {
    Credentials c{Crypto::randomBytes(kSaltSize), {}, {}, {}};
    Result<PasswordKeys> keys = derivePasswordKeys(password, c.salt, params);
    if (!keys)
        return keys.error();
    Result<QByteArray> integrity =
        Crypto::seal(keys->kek.view(), integrityKey.view(), keyAad(operatorId, "integrity_key"));
    if (!integrity)
        return integrity.error();
    Result<QByteArray> box =
        Crypto::seal(keys->kek.view(), boxPrivate.view(), keyAad(operatorId, "box_private"));
    if (!box)
        return box.error();
    c.verifier = keys->verifier;
    c.integrityKey = *integrity;
    c.boxPrivate = *box;
    return c;
}

Result<QByteArray> grantFor(qint64 operatorId, QByteArrayView boxPublic, const Session &by) {
    if (!by.holdsPersonalData())
        return Error{ErrorCode::PermissionDenied,
                     Accounts::tr("Only an operator who holds the key to personal data can "
                                  "give it."),
                     by.username()};
    return KeyBox::seal(boxPublic, by.dataKey().view(), keyAad(operatorId, "data_grant"));
}

Result<SecretKey> openSealed(const SecretKey &kek, QByteArrayView sealed, qint64 operatorId,
                             const char *column) {
    Result<QByteArray> opened = Crypto::open(kek.view(), sealed, keyAad(operatorId, column));
    if (!opened)
        return opened.error();
    QByteArray bytes = std::move(opened).value();
    return SecretKey::takeFrom(bytes);
}

Status insertOperator(Store &store, QSqlDatabase &db, const QString &username, Role role,
                      const QString &password, const ScryptParams &params, const Session &by,
                      bool grant, const QVariant &createdBy, const QString &now) {
    Result<QSqlQuery *> next =
        store.exec(db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM operators"));
    if (!next)
        return next.error();
    QSqlQuery &nextQuery = *next.value();
    nextQuery.next();
    const qint64 id = nextQuery.value(0).toLongLong();
    const BoxKeyPair pair = KeyBox::generate();
    Result<Credentials> c =
        makeCredentials(id, password, params, by.integrityKey(), pair.privateKey);
    if (!c)
        return c.error();
    QVariant dataGrant(QMetaType::fromType<QByteArray>());
    if (grant) {
        Result<QByteArray> sealed = grantFor(id, pair.publicKey, by);
        if (!sealed)
            return sealed.error();
        dataGrant = *sealed;
    }
    Result<QSqlQuery *> inserted = store.exec(
        db,
        QStringLiteral("INSERT INTO operators (id, username, role, scrypt_n, scrypt_r, scrypt_p, "
                       "salt, verifier, wrapped_key, created_at, created_by, integrity_key, "
                       "box_public, box_private, data_grant, granted_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, x'', ?, ?, ?, ?, ?, ?, ?)"),
        {id, username.toLower(), Roles::code(role), qint64(params.n), params.r, params.p, c->salt,
         c->verifier, now, createdBy, c->integrityKey, pair.publicKey, c->boxPrivate, dataGrant,
         grant ? createdBy : QVariant()});
    if (!inserted)
        return inserted.error();
    return Seals::sealOperator(store, db, by, id);
}

Status clearLockout(Store &store, QSqlDatabase &db, qint64 operatorId) {
    return store.run(
        db,
        QStringLiteral("UPDATE operators SET failed_logins = 0, locked_until = NULL WHERE id = ?"),
        {operatorId});
}

QString operatorObject(const QString &username) {
    return QStringLiteral("operator:") + username.toLower();
}

Error damagedKeys(const QString &username) {
    return Error{ErrorCode::IntegrityFailed,
                 Accounts::tr("The operator's keys do not open: the record was changed outside "
                              "the program, or the store was made by a development version "
                              "before schema 4 (make a new store with store init)."),
                 username};
}

Result<Session> unlockKeys(const OperatorRow &op, const SecretKey &kek,
                           const StationRecord &station) {
    Result<SecretKey> integrity = openSealed(kek, op.integrityKey, op.id, "integrity_key");
    Result<SecretKey> boxPrivate = openSealed(kek, op.boxPrivate, op.id, "box_private");
    if (!integrity || !boxPrivate)
        return damagedKeys(op.username);
    // The public key grants are sealed to must be this operator's own: one
    // swapped in the file shows here, at the operator's next login.
    const Result<QByteArray> ownPublic = KeyBox::publicKeyOf(boxPrivate->view());
    if (!ownPublic || !Crypto::constantTimeEquals(*ownPublic, op.boxPublic))
        return damagedKeys(op.username);
    SecretKey dataKey;
    if (!op.dataGrant.isEmpty()) {
        Result<QByteArray> granted =
            KeyBox::open(boxPrivate->view(), op.dataGrant, keyAad(op.id, "data_grant"));
        if (!granted)
            return damagedKeys(op.username);
        QByteArray bytes = std::move(granted).value();
        dataKey = SecretKey::takeFrom(bytes);
    }
    return Session(op.id, op.username, op.role, station.stationId, std::move(integrity).value(),
                   std::move(dataKey), station.keySalt);
}

} // namespace cc::operators
