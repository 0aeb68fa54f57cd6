// The supervisor's and admin's operator management: list, unlock, disable,
// reset a password, change a role. Each is a use case of Accounts: it checks
// the role, re-checks the row's seal, writes, seals again and audits.
#include "core/crypto/keybox.h"
#include "core/ports/clock.h"
#include "core/station/accounts.h"
#include "core/station/auditlog.h"
#include "core/station/operatorkeys.h"
#include "core/station/rows.h"
#include "core/station/seals.h"
#include "core/station/station.h"
#include "core/station/store.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace cc {

using namespace operators;

namespace {

// Another admin who can still log in, besides operator `exceptId`.
Result<bool> anotherAdmin(Store &store, QSqlDatabase &db, qint64 exceptId) {
    Result<QSqlQuery *> q =
        store.exec(db,
                   QStringLiteral("SELECT count(*) FROM operators WHERE role = 'admin' AND "
                                  "disabled_at IS NULL AND id <> ?"),
                   {exceptId});
    if (!q)
        return q.error();
    (*q)->next();
    return (*q)->value(0).toLongLong() > 0;
}

Error lastAdmin(const QString &username) {
    return Error{ErrorCode::PermissionDenied,
                 Accounts::tr("This is the station's last enabled administrator: add another "
                              "one first."),
                 username};
}

} // namespace

Result<QList<OperatorInfo>> Accounts::listOperators(const Session &by) {
    if (Status ok = m_audit.authorize(by, Permission::ManageClerks, QStringLiteral("operator.list"),
                                      QStringLiteral("operators"));
        !ok)
        return ok.error();
    QList<OperatorInfo> list;
    if (Status read = m_store.read([&](QSqlDatabase &db) -> Status {
            Result<QSqlQuery *> q = m_store.exec(
                db, QStringLiteral(
                        "SELECT o.username, o.role, o.data_grant IS NOT NULL AS data_access, "
                        "o.disabled_at IS NOT NULL AS disabled, coalesce(o.locked_until, '') AS "
                        "locked_until, o.failed_logins, o.created_at, coalesce(c.username, '') "
                        "AS created_by, o.display_name FROM operators o LEFT JOIN operators c ON "
                        "c.id = "
                        "o.created_by ORDER BY o.username"));
            if (!q)
                return q.error();
            RowReader row(**q, QStringLiteral("operators"));
            while (row.next()) {
                const Result<Role> role = row.role("role");
                if (!role)
                    return role.error();
                list.append({row.text("username"), *role, row.integer("data_access") != 0,
                             row.integer("disabled") != 0,
                             QDateTime::fromString(row.text("locked_until"), Qt::ISODateWithMs),
                             int(row.integer("failed_logins")),
                             QDateTime::fromString(row.text("created_at"), Qt::ISODateWithMs),
                             row.text("created_by"), row.text("display_name")});
            }
            return Done{};
        });
        !read)
        return read.error();
    return list;
}

QString Accounts::describeState(const OperatorInfo &op, const QDateTime &now) {
    QStringList state;
    if (op.disabled)
        state << tr("disabled");
    if (op.lockedUntil.isValid() && op.lockedUntil > now)
        state << tr("locked until %1")
                     .arg(op.lockedUntil.toTimeZone(QTimeZone("Asia/Taipei"))
                              .toString(QStringLiteral("HH:mm")));
    return state.isEmpty() ? tr("active") : state.join(tr(", "));
}

Status Accounts::manageOperator(const Session &by, const QString &username, const QString &action,
                                bool adminsOnly, const Change &change) {
    const QString object = operatorObject(username);
    Result<std::optional<OperatorRow>> found = Error{};
    if (Status read = m_store.read([&](QSqlDatabase &db) -> Status {
            found = findOperator(m_store, db, username.toLower());
            return Done{};
        });
        !read)
        return read.error();
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{ErrorCode::NotFound, tr("There is no operator of this name."), username};
    const Permission needed =
        adminsOnly ? Permission::ManageOperators : Roles::toManage((*found)->role);
    if (Status ok = m_audit.authorize(by, needed, action, object); !ok)
        return ok;
    if ((*found)->id == by.operatorId())
        return Error{ErrorCode::PermissionDenied,
                     tr("Your own account is changed by another supervisor or administrator."),
                     username};
    return m_store.write([&](QSqlDatabase &db) -> Status {
        Result<std::optional<OperatorRow>> current = findOperator(m_store, db, username.toLower());
        if (!current)
            return current.error();
        if (!current->has_value())
            return Error{ErrorCode::NotFound, tr("There is no operator of this name."), username};
        const OperatorRow &op = **current;
        // The role that decided the permission must be the one the program wrote.
        if (Status ok = Seals::checkOperator(m_store, db, by, op.id); !ok)
            return ok;
        Result<QString> detail = change(db, op);
        if (!detail)
            return detail.error();
        if (Status ok = Seals::sealOperator(m_store, db, by, op.id); !ok)
            return ok;
        return m_audit.append(db, {by.username(), action, object, QStringLiteral("ok"), *detail},
                              &by);
    });
}

Status Accounts::unlockOperator(const Session &by, const QString &username) {
    return manageOperator(by, username, QStringLiteral("operator.unlock"), false,
                          [&](QSqlDatabase &db, const OperatorRow &op) -> Result<QString> {
                              if (Status ok = clearLockout(m_store, db, op.id); !ok)
                                  return ok.error();
                              return QString();
                          });
}

Status Accounts::setDisabled(const Session &by, const QString &username, bool disabled) {
    const QString action =
        disabled ? QStringLiteral("operator.disable") : QStringLiteral("operator.enable");
    return manageOperator(
        by, username, action, false,
        [&](QSqlDatabase &db, const OperatorRow &op) -> Result<QString> {
            if (op.disabled == disabled)
                return Error{ErrorCode::AlreadyExists,
                             disabled ? tr("This operator is already disabled.")
                                      : tr("This operator is not disabled."),
                             username};
            if (disabled && op.role == Role::Admin) {
                Result<bool> other = anotherAdmin(m_store, db, op.id);
                if (!other)
                    return other.error();
                if (!*other)
                    return lastAdmin(username);
            }
            const QVariant at = disabled ? QVariant(m_clock.nowUtc().toString(Qt::ISODateWithMs))
                                         : QVariant(QMetaType::fromType<QString>());
            if (Status ok = m_store.run(
                    db, QStringLiteral("UPDATE operators SET disabled_at = ? WHERE id = ?"),
                    {at, op.id});
                !ok)
                return ok.error();
            return QString(QStringLiteral("role=") + Roles::code(op.role));
        });
}

Status Accounts::resetPassword(const Session &by, const QString &username,
                               const QString &newPassword) {
    if (Status ok = checkPassword(newPassword); !ok)
        return ok;
    return manageOperator(
        by, username, QStringLiteral("operator.reset-password"), false,
        [&](QSqlDatabase &db, const OperatorRow &op) -> Result<QString> {
            Result<StationRecord> station = StationRecord::load(m_store, db);
            if (!station)
                return station.error();
            // A new key pair: what the old password sealed is not opened
            // (nobody here knows it), and the old grant is sealed to the old key.
            const BoxKeyPair pair = KeyBox::generate();
            Result<Credentials> c = makeCredentials(op.id, newPassword, station->scrypt,
                                                    by.integrityKey(), pair.privateKey);
            if (!c)
                return c.error();
            const bool keep = !op.dataGrant.isEmpty() && by.holdsPersonalData();
            QVariant grant(QMetaType::fromType<QByteArray>());
            if (keep) {
                Result<QByteArray> sealed = grantFor(op.id, pair.publicKey, by);
                if (!sealed)
                    return sealed.error();
                grant = *sealed;
            }
            if (Status ok = m_store.run(
                    db,
                    QStringLiteral(
                        "UPDATE operators SET scrypt_n = ?, scrypt_r = ?, scrypt_p = ?, salt = ?, "
                        "verifier = ?, integrity_key = ?, box_public = ?, box_private = ?, "
                        "data_grant = ?, granted_by = ?, failed_logins = 0, locked_until = NULL "
                        "WHERE id = ?"),
                    {qint64(station->scrypt.n), station->scrypt.r, station->scrypt.p, c->salt,
                     c->verifier, c->integrityKey, pair.publicKey, c->boxPrivate, grant,
                     keep ? QVariant(by.operatorId()) : QVariant(QMetaType::fromType<qint64>()),
                     op.id});
                !ok)
                return ok.error();
            return QStringLiteral("data-access=%1")
                .arg(keep                     ? QStringLiteral("kept")
                     : op.role == Role::Admin ? QStringLiteral("never")
                     : op.dataGrant.isEmpty() ? QStringLiteral("none")
                                              : QStringLiteral("pending"));
        });
}

Status Accounts::setRole(const Session &by, const QString &username, Role role) {
    return manageOperator(
        by, username, QStringLiteral("operator.set-role"), true,
        [&](QSqlDatabase &db, const OperatorRow &op) -> Result<QString> {
            if (op.role == role)
                return Error{
                    ErrorCode::AlreadyExists,
                    tr("This operator already has the role %1.").arg(Roles::displayName(role)),
                    username};
            if (op.role == Role::Admin && !op.disabled) {
                Result<bool> other = anotherAdmin(m_store, db, op.id);
                if (!other)
                    return other.error();
                if (!*other)
                    return lastAdmin(username);
            }
            // Admins never hold the data key; a former admin has none.
            const bool dropGrant = role == Role::Admin;
            if (Status ok = m_store.run(
                    db,
                    dropGrant ? QStringLiteral("UPDATE operators SET role = ?, data_grant = NULL, "
                                               "granted_by = NULL WHERE id = ?")
                              : QStringLiteral("UPDATE operators SET role = ? WHERE id = ?"),
                    {Roles::code(role), op.id});
                !ok)
                return ok.error();
            return QStringLiteral("from=%1 to=%2").arg(Roles::code(op.role), Roles::code(role));
        });
}

Status Accounts::setDisplayName(const Session &by, const QString &username, const QString &name) {
    const QString shown = name.simplified();
    if (shown.size() > 40)
        return Error{ErrorCode::BadValue, tr("Keep the display name to 40 characters."),
                     QStringLiteral("displayName")};
    for (const QChar c : shown)
        if (c.category() == QChar::Other_Control)
            return Error{ErrorCode::BadValue, tr("Use letters, not control characters."),
                         QStringLiteral("displayName")};
    return manageOperator(
        by, username, QStringLiteral("operator.display-name"), false,
        [&](QSqlDatabase &db, const OperatorRow &op) -> Result<QString> {
            if (Status ok = m_store.run(
                    db, QStringLiteral("UPDATE operators SET display_name = ? WHERE id = ?"),
                    {shown, op.id});
                !ok)
                return ok.error();
            return QString();
        });
}

} // namespace cc
