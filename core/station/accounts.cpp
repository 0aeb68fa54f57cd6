#include "core/station/accounts.h"

#include "core/domain/cardnumber.h"
#include "core/domain/stationid.h"
#include "core/ports/clock.h"
#include "core/station/auditlog.h"
#include "core/station/logging.h"
#include "core/station/operatorkeys.h"
#include "core/station/seals.h"
#include "core/station/station.h"
#include "core/station/store.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace cc {

using namespace operators;

Accounts::Accounts(Store &store, AuditLog &audit, const Clock &clock)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock) {}

Status Accounts::checkUsername(const QString &username) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!pattern.match(username.toLower()).hasMatch())
        return Error{ErrorCode::BadValue,
                     tr("An operator name is 2 to 32 letters, digits, dots, dashes or "
                        "underscores."),
                     username};
    return Done{};
}

Status Accounts::checkPassword(const QString &password) {
    if (password.size() < kMinPasswordLength)
        return Error{ErrorCode::BadValue,
                     tr("A password needs at least %1 characters.").arg(kMinPasswordLength),
                     {}};
    return Done{};
}

ScryptParams Accounts::calibrate(std::chrono::milliseconds target) {
    ScryptParams params; // N = 2^15, r = 8: about 32 MiB per check
    QElapsedTimer timer;
    timer.start();
    const Result<QByteArray> probe =
        Crypto::scrypt("calibration", "calibration salt", params, 2 * kKeySize);
    const double elapsed = std::max<qint64>(1, timer.elapsed());
    // The cost grows linearly with r; keep N (and so the memory floor) fixed.
    const double scaled = std::round(params.r * double(target.count()) / elapsed);
    params.r = std::uint32_t(std::clamp(scaled, 8.0, 64.0));
    return params;
}

Result<Session> Accounts::initialiseStation(const StationSetup &setup) {
    if (!isValidStationId(setup.stationId))
        return Error{ErrorCode::BadValue, tr("A station ID is 1 to 32 letters, digits or dashes."),
                     setup.stationId};
    if (!CardNumber::isValidPrefix(setup.cardPrefix))
        return Error{ErrorCode::BadValue, tr("A card number prefix is four digits."),
                     setup.cardPrefix};
    if (!CardNumber::isStationPrefix(setup.cardPrefix))
        return Error{ErrorCode::BadValue,
                     tr("Prefixes 9000 to 9999 are kept for number blocks leased from the "
                        "central service; give the station one below 9000."),
                     setup.cardPrefix};
    for (const QString *name : {&setup.adminUser, &setup.supervisorUser})
        if (Status ok = checkUsername(*name); !ok)
            return ok.error();
    if (setup.adminUser.compare(setup.supervisorUser, Qt::CaseInsensitive) == 0)
        return Error{ErrorCode::BadValue,
                     tr("The first admin and the first supervisor are two people: give them "
                        "two names."),
                     setup.supervisorUser};
    for (const QString *password : {&setup.adminPassword, &setup.supervisorPassword})
        if (Status ok = checkPassword(*password); !ok)
            return ok.error();

    QByteArray dataKeyBytes = Crypto::randomBytes(kKeySize);
    QByteArray integrityBytes = Crypto::randomBytes(kKeySize);
    const SecretKey integrityKey = SecretKey::takeFrom(integrityBytes);
    const QByteArray keySalt = Crypto::randomBytes(kKeySize);
    const QString admin = setup.adminUser.toLower();
    const QString supervisor = setup.supervisorUser.toLower();
    // The founding session exists before the rows it writes and seals; it is
    // the only one that ever holds the data key without a grant, and gives it
    // to the first supervisor. The admin leaves with the integrity key only.
    const Session founding(1, admin, Role::Admin, setup.stationId, SecretKey(integrityKey.view()),
                           SecretKey::takeFrom(dataKeyBytes), keySalt);
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    Status written = m_store.write([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> existing =
            m_store.exec(db, QStringLiteral("SELECT count(*) FROM station"));
        if (!existing)
            return existing.error();
        QSqlQuery &count = *existing.value();
        if (count.next() && count.value(0).toInt() > 0)
            return Error{ErrorCode::AlreadyExists, tr("This store is already set up."),
                         m_store.path()};
        const QList<std::pair<QString, QVariantList>> statements = {
            {QStringLiteral("INSERT INTO station (id, station_id, card_prefix, created_at, "
                            "key_salt, scrypt_n, scrypt_r, scrypt_p, lockout_failures, "
                            "lockout_seconds, audit_key) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {setup.stationId, setup.cardPrefix, now, keySalt, qint64(setup.scrypt.n),
              setup.scrypt.r, setup.scrypt.p, setup.lockout.failures, setup.lockout.seconds,
              AuditLog::newKey()}},
            {QStringLiteral(
                 "INSERT INTO card_number_sequences (prefix, next_sequence) VALUES (?, 1)"),
             {setup.cardPrefix}},
        };
        for (const auto &[sql, args] : statements)
            if (Result<QSqlQuery *> q = m_store.exec(db, sql, args); !q)
                return q.error();
        if (Status ok = Seals::sealStation(m_store, db, founding); !ok)
            return ok;
        if (Status ok = insertOperator(m_store, db, admin, Role::Admin, setup.adminPassword,
                                       setup.scrypt, founding, false, QVariant(), now);
            !ok)
            return ok;
        if (Status ok =
                insertOperator(m_store, db, supervisor, Role::Supervisor, setup.supervisorPassword,
                               setup.scrypt, founding, true, QVariant(), now);
            !ok)
            return ok;
        const QList<AuditEvent> entries = {
            {admin, QStringLiteral("station.init"), QStringLiteral("station:") + setup.stationId,
             QStringLiteral("ok"), QStringLiteral("prefix=") + setup.cardPrefix},
            {admin, QStringLiteral("operator.add"), operatorObject(admin), QStringLiteral("ok"),
             QStringLiteral("role=admin")},
            {admin, QStringLiteral("operator.add"), operatorObject(supervisor),
             QStringLiteral("ok"), QStringLiteral("role=supervisor data-access=granted")},
        };
        for (const AuditEvent &entry : entries)
            if (Status ok = m_audit.append(db, entry, &founding); !ok)
                return ok;
        return Done{};
    });
    if (!written)
        return written.error();
    qCInfo(lcAuth) << "station set up";
    return Session(1, admin, Role::Admin, setup.stationId, SecretKey(integrityKey.view()),
                   SecretKey(), keySalt);
}

Result<Session> Accounts::login(const QString &username, const QString &password) {
    Result<StationRecord> station = Error{};
    Result<std::optional<OperatorRow>> found = Error{};
    if (Status read = m_store.read([&](QSqlDatabase &db) -> Status {
            station = StationRecord::load(m_store, db);
            found = findOperator(m_store, db, username.toLower());
            return Done{};
        });
        !read)
        return read.error();
    if (!station)
        return station.error();
    if (!found)
        return found.error();
    const Error wrong{
        ErrorCode::AuthenticationFailed, tr("The operator name or the password is wrong."), {}};
    const QString action = QStringLiteral("auth.login");
    if (!found->has_value()) {
        // Spend the same time as a real check, so timing does not tell which
        // names exist; and do not log the name, which may be a mistyped password.
        const Result<PasswordKeys> ignored =
            derivePasswordKeys(password, QByteArray(kSaltSize, '\0'), station->scrypt);
        if (Status ok =
                m_audit.record({QString(), action, QStringLiteral("operator:?"),
                                QStringLiteral("failed"), QStringLiteral("unknown-operator")},
                               nullptr);
            !ok)
            return ok.error();
        return wrong;
    }
    const OperatorRow op = **found;
    const QDateTime now = m_clock.nowUtc();
    // Reserve the attempt before the password is checked, in one write
    // transaction: concurrent tries (other processes too) each count, and no
    // more than the policy's number of checks run before the lock.
    int failures = 0;
    bool lockedNow = false;
    std::optional<QDateTime> lockedUntil;
    Status reserved = m_store.write([&](QSqlDatabase &wdb) -> Status {
        Result<std::optional<OperatorRow>> current = findOperator(m_store, wdb, op.username);
        if (!current)
            return current.error();
        const OperatorRow row = current->value_or(op);
        if (row.lockedUntil.isValid() && now < row.lockedUntil) {
            lockedUntil = row.lockedUntil;
            return m_audit.append(
                wdb,
                {op.username, action, operatorObject(op.username), QStringLiteral("locked-out")},
                nullptr);
        }
        failures = (row.lockedUntil.isValid() ? 0 : row.failedLogins) + 1;
        lockedNow = failures >= station->lockout.failures;
        const QVariant until =
            lockedNow ? QVariant(now.addSecs(station->lockout.seconds).toString(Qt::ISODateWithMs))
                      : QVariant();
        Result<QSqlQuery *> q = m_store.exec(
            wdb,
            QStringLiteral("UPDATE operators SET failed_logins = ?, locked_until = ? WHERE id = ?"),
            {failures, until, op.id});
        return q ? Status(Done{}) : Status(q.error());
    });
    if (!reserved)
        return reserved.error();
    if (lockedUntil)
        return Error{ErrorCode::LockedOut,
                     tr("Too many wrong passwords: this operator is locked until %1. A "
                        "supervisor can unlock it sooner.")
                         .arg(lockedUntil->toTimeZone(QTimeZone("Asia/Taipei"))
                                  .toString(QStringLiteral("HH:mm"))),
                     op.username};
    Result<PasswordKeys> keys = derivePasswordKeys(password, op.salt, op.scrypt);
    if (!keys)
        return keys.error();
    if (!Crypto::constantTimeEquals(keys->verifier, op.verifier)) {
        if (Status ok = m_audit.record({op.username, action, operatorObject(op.username),
                                        QStringLiteral("failed"),
                                        lockedNow ? QStringLiteral("locked")
                                                  : QStringLiteral("failures=%1").arg(failures)},
                                       nullptr);
            !ok)
            return ok.error();
        qCInfo(lcAuth) << "failed login for operator" << op.id << (lockedNow ? "(locked)" : "");
        return wrong;
    }
    if (op.disabled) {
        // Told only to whoever knows the password. Clearing the column in
        // the file breaks the row's seal, which the login below checks.
        if (Status ok = m_audit.record({op.username, action, operatorObject(op.username),
                                        QStringLiteral("failed"), QStringLiteral("disabled")},
                                       nullptr);
            !ok)
            return ok.error();
        return Error{ErrorCode::PermissionDenied,
                     tr("This operator is disabled. A supervisor (for clerks and mobile teams) "
                        "or an administrator can enable it again."),
                     op.username};
    }
    Result<Session> unlocked = unlockKeys(op, keys->kek, *station);
    if (!unlocked) {
        // The right password, keys that do not open: the record was altered.
        (void)m_audit.record({op.username, action, operatorObject(op.username),
                              QStringLiteral("tampered"), QStringLiteral("operator-keys")},
                             nullptr);
        return unlocked.error();
    }
    Session session = std::move(unlocked).value();
    Status recorded = m_store.write([&](QSqlDatabase &wdb) -> Status {
        // What the password unlocked proves who logged in; the seals prove
        // the role and the station are what the program wrote, and the
        // anchor that the log was not emptied, shortened or rolled back.
        if (Status ok = Seals::checkStation(m_store, wdb, session); !ok)
            return ok;
        if (Status ok = Seals::checkOperator(m_store, wdb, session, op.id); !ok)
            return ok;
        if (Status ok = m_audit.verifyAnchor(wdb, session); !ok)
            return ok;
        if (Status ok = clearLockout(m_store, wdb, op.id); !ok)
            return ok;
        return m_audit.append(
            wdb, {op.username, action, operatorObject(op.username), QStringLiteral("ok")},
            &session);
    });
    if (!recorded) {
        session.lock();
        if (recorded.error().code == ErrorCode::IntegrityFailed) {
            qCWarning(lcAuth).noquote()
                << "login refused: the store was altered at" << recorded.error().where;
            (void)m_audit.record({op.username, action, operatorObject(op.username),
                                  QStringLiteral("tampered"), recorded.error().where},
                                 nullptr);
            return Error{ErrorCode::IntegrityFailed,
                         tr("The store was changed outside the program (%1), so nobody can log "
                            "in until city IT has looked at it: %2")
                             .arg(recorded.error().where, recorded.error().message),
                         recorded.error().where};
        }
        return recorded.error();
    }
    qCInfo(lcAuth) << "operator" << op.id << "logged in";
    return session;
}

void Accounts::logout(Session &session) {
    if (!session.isUnlocked())
        return;
    if (Status ok = m_audit.record({session.username(), QStringLiteral("auth.logout"),
                                    operatorObject(session.username()), QStringLiteral("ok")},
                                   &session);
        !ok)
        qCWarning(lcAuth).noquote() << ok.error().toString();
    session.lock();
}

Status Accounts::addOperator(const Session &by, const QString &username, Role role,
                             const QString &password) {
    const QString action = QStringLiteral("operator.add");
    if (Status ok = m_audit.authorize(by, Roles::toManage(role), action, operatorObject(username));
        !ok)
        return ok;
    if (Status ok = checkUsername(username); !ok)
        return ok;
    if (Status ok = checkPassword(password); !ok)
        return ok;
    return m_store.write([&](QSqlDatabase &db) -> Status {
        Result<StationRecord> station = StationRecord::load(m_store, db);
        if (!station)
            return station.error();
        Result<std::optional<OperatorRow>> existing = findOperator(m_store, db, username.toLower());
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return Error{ErrorCode::AlreadyExists, tr("There is already an operator of this name."),
                         username};
        const bool grant = grantsOnAdd(by, role);
        if (Status ok =
                insertOperator(m_store, db, username, role, password, station->scrypt, by, grant,
                               by.operatorId(), m_clock.nowUtc().toString(Qt::ISODateWithMs));
            !ok)
            return ok;
        return m_audit.append(
            db,
            {by.username(), action, operatorObject(username), QStringLiteral("ok"),
             QStringLiteral("role=%1 data-access=%2")
                 .arg(Roles::code(role), grant                 ? QStringLiteral("granted")
                                         : role == Role::Admin ? QStringLiteral("never")
                                                               : QStringLiteral("pending"))},
            &by);
    });
}

Status Accounts::changePassword(const Session &self, const QString &oldPassword,
                                const QString &newPassword) {
    const QString action = QStringLiteral("operator.change-password");
    if (!self.isUnlocked())
        return Error{ErrorCode::NotLoggedIn, tr("Log in first; the station is locked."), {}};
    if (Status ok = checkPassword(newPassword); !ok)
        return ok;
    return m_store.write([&](QSqlDatabase &db) -> Status {
        Result<std::optional<OperatorRow>> found = findOperator(m_store, db, self.username());
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error{ErrorCode::NotFound, tr("The operator no longer exists."),
                         self.username()};
        const OperatorRow &op = **found;
        // What is sealed again must be what the program wrote.
        if (Status ok = Seals::checkOperator(m_store, db, self, op.id); !ok)
            return ok;
        Result<PasswordKeys> keys = derivePasswordKeys(oldPassword, op.salt, op.scrypt);
        if (!keys)
            return keys.error();
        if (!Crypto::constantTimeEquals(keys->verifier, op.verifier))
            return Error{ErrorCode::AuthenticationFailed, tr("The current password is wrong."),
                         self.username()};
        Result<StationRecord> station = StationRecord::load(m_store, db);
        if (!station)
            return station.error();
        // The key pair stays (grants are sealed to its public half); only
        // what the password seals is sealed again.
        Result<SecretKey> boxPrivate = openSealed(keys->kek, op.boxPrivate, op.id, "box_private");
        if (!boxPrivate)
            return damagedKeys(op.username);
        Result<Credentials> c = makeCredentials(op.id, newPassword, station->scrypt,
                                                self.integrityKey(), boxPrivate.value());
        if (!c)
            return c.error();
        if (Result<QSqlQuery *> q = m_store.exec(
                db,
                QStringLiteral("UPDATE operators SET scrypt_n = ?, scrypt_r = ?, scrypt_p = ?, "
                               "salt = ?, verifier = ?, integrity_key = ?, box_private = ? "
                               "WHERE id = ?"),
                {qint64(station->scrypt.n), station->scrypt.r, station->scrypt.p, c->salt,
                 c->verifier, c->integrityKey, c->boxPrivate, op.id});
            !q)
            return q.error();
        if (Status ok = Seals::sealOperator(m_store, db, self, op.id); !ok)
            return ok;
        return m_audit.append(
            db, {self.username(), action, operatorObject(self.username()), QStringLiteral("ok")},
            &self);
    });
}

bool Accounts::grantsOnAdd(const Session &by, Role role) {
    return role != Role::Admin && by.holdsPersonalData();
}

Status Accounts::grantDataAccess(const Session &by, const QString &username) {
    const QString action = QStringLiteral("operator.grant-data");
    const QString object = operatorObject(username);
    if (Status ok = m_audit.authorize(by, Permission::GrantDataAccess, action, object); !ok)
        return ok;
    return m_store.write([&](QSqlDatabase &db) -> Status {
        Result<std::optional<OperatorRow>> found = findOperator(m_store, db, username.toLower());
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error{ErrorCode::NotFound, tr("There is no operator of this name."), username};
        const OperatorRow &op = **found;
        if (op.role == Role::Admin)
            return Error{ErrorCode::PermissionDenied,
                         tr("Admins never hold the key to personal data."), username};
        if (!op.dataGrant.isEmpty())
            return Error{ErrorCode::AlreadyExists,
                         tr("This operator already has access to personal data."), username};
        // The public key the grant is sealed to must be the one the program wrote.
        if (Status ok = Seals::checkOperator(m_store, db, by, op.id); !ok)
            return ok;
        Result<QByteArray> grant = grantFor(op.id, op.boxPublic, by);
        if (!grant)
            return grant.error();
        if (Result<QSqlQuery *> q = m_store.exec(
                db,
                QStringLiteral("UPDATE operators SET data_grant = ?, granted_by = ? WHERE id = ?"),
                {*grant, by.operatorId(), op.id});
            !q)
            return q.error();
        if (Status ok = Seals::sealOperator(m_store, db, by, op.id); !ok)
            return ok;
        return m_audit.append(db,
                              {by.username(), action, object, QStringLiteral("ok"),
                               QStringLiteral("role=") + Roles::code(op.role)},
                              &by);
    });
}

Status Accounts::setLockoutPolicy(const Session &by, const LockoutPolicy &policy) {
    const QString action = QStringLiteral("station.set-lockout");
    if (Status ok =
            m_audit.authorize(by, Permission::ConfigureStation, action, QStringLiteral("station"));
        !ok)
        return ok;
    if (policy.failures < 1 || policy.failures > 100)
        return Error{ErrorCode::BadValue, tr("Allow between 1 and 100 failed logins."),
                     QString::number(policy.failures)};
    if (policy.seconds < 0 || policy.seconds > 7 * 24 * 3600)
        return Error{ErrorCode::BadValue, tr("A lockout lasts between 0 seconds and 7 days."),
                     QString::number(policy.seconds)};
    return m_store.write([&](QSqlDatabase &db) -> Status {
        if (Result<QSqlQuery *> q = m_store.exec(
                db, QStringLiteral("UPDATE station SET lockout_failures = ?, lockout_seconds = ?"),
                {policy.failures, policy.seconds});
            !q)
            return q.error();
        if (Status ok = Seals::sealStation(m_store, db, by); !ok)
            return ok;
        return m_audit.append(
            db,
            {by.username(), action, QStringLiteral("station"), QStringLiteral("ok"),
             QStringLiteral("failures=%1 seconds=%2").arg(policy.failures).arg(policy.seconds)},
            &by);
    });
}

} // namespace cc
