#pragma once

#include "core/crypto/crypto.h"
#include "core/domain/result.h"
#include "core/domain/roles.h"
#include "core/station/session.h"
#include "core/station/station.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <chrono>
#include <functional>

namespace cc {

class AuditLog;
class Clock;
class Store;
namespace operators {
struct OperatorRow;
}

// An operator as the supervisor's and admin's desks list them: no password,
// no key, nothing personal.
struct OperatorInfo {
    QString username;
    Role role = Role::Clerk;
    bool dataAccess = false; // holds the key to personal data
    bool disabled = false;
    QDateTime lockedUntil; // after now: locked out
    int failedLogins = 0;
    QDateTime createdAt;
    QString createdBy;   // who added it; empty for the first admin and supervisor
    QString displayName; // how they sign receipts (empty: the username)
};

struct StationSetup {
    QString stationId;  // the city's code for this station, e.g. "0301" or "TY-ZL-01"
    QString cardPrefix; // four digits the city assigned to it (CardNumber)
    QString adminUser;
    QString adminPassword;
    // The first operator who holds the key to personal data: admins never do.
    QString supervisorUser;
    QString supervisorPassword;
    ScryptParams scrypt; // cost for every operator's password; see calibrate()
    LockoutPolicy lockout;
};

// Operators, passwords and the station's keys. A password gives, through one
// scrypt call, both the login verifier and the key that opens this operator's
// integrity key and private key; the data key reaches an operator only sealed
// to that key pair, by a supervisor's grant (docs/store.md, "Who holds which
// key"). So no password, no key; and an admin's password opens no personal data.
// Every method here is a use case: it checks the role and writes the audit log.
class Accounts {
    Q_DECLARE_TR_FUNCTIONS(Accounts)

public:
    static constexpr int kMinPasswordLength = 8;

    Accounts(Store &store, AuditLog &audit, const Clock &clock);

    // Sets up an empty store: station record, first card number sequence,
    // fresh keys, the first admin (returned logged in, without the data key)
    // and the first supervisor (who holds it).
    Result<Session> initialiseStation(const StationSetup &setup);

    Result<Session> login(const QString &username, const QString &password);
    void logout(Session &session);

    // Adds an operator. Supervisors may add clerks and mobile-team operators;
    // admins anyone. The new operator gets the data key at once when
    // grantsOnAdd(), else only through grantDataAccess().
    Status addOperator(const Session &by, const QString &username, Role role,
                       const QString &password);
    static bool grantsOnAdd(const Session &by, Role role);
    // A supervisor gives an operator an admin added the key to personal data
    // (four eyes: the admin who made the account cannot give it).
    Status grantDataAccess(const Session &by, const QString &username);
    Status changePassword(const Session &self, const QString &oldPassword,
                          const QString &newPassword);
    // Operator management (core/station/operatormanagement.cpp). Supervisors
    // manage clerks and mobile-team operators, admins everyone; nobody
    // changes their own account here, and the last enabled admin stays one.
    Result<QList<OperatorInfo>> listOperators(const Session &by);
    // "active", or "disabled" and / or "locked until HH:mm" (Taipei time) at `now`.
    static QString describeState(const OperatorInfo &op, const QDateTime &now);
    Status unlockOperator(const Session &by, const QString &username);
    // A disabled operator cannot log in; nothing of theirs is deleted.
    Status setDisabled(const Session &by, const QString &username, bool disabled);
    // A new password for an operator who forgot theirs: a new key pair, so
    // the old password opens nothing. Their access to personal data stays
    // when a supervisor resets it, and waits for a supervisor's grant when
    // an admin does (four eyes, as for a new operator).
    Status resetPassword(const Session &by, const QString &username, const QString &newPassword);
    // Admins only. Becoming an admin drops the key to personal data; an
    // admin who becomes a counter role waits for a supervisor's grant.
    Status setRole(const Session &by, const QString &username, Role role);
    // The name an operator signs receipts with ("王美玲"), managed like the
    // rest of the account; empty: the username. At most 40 characters.
    Status setDisplayName(const Session &by, const QString &username, const QString &name);
    Status setLockoutPolicy(const Session &by, const LockoutPolicy &policy);

    // scrypt parameters for which one password check costs about `target` here.
    static ScryptParams calibrate(std::chrono::milliseconds target);
    static Status checkUsername(const QString &username);
    static Status checkPassword(const QString &password);

private:
    using Change = std::function<Result<QString>(QSqlDatabase &, const operators::OperatorRow &)>;
    // Finds `username`, checks that `by` may manage an operator of its role
    // (and, with `adminsOnly`, is an admin) and is not `by`, then runs
    // `change` in one write: the row's seal checked before and made again
    // after, and the audit entry `action` with the detail `change` returns.
    Status manageOperator(const Session &by, const QString &username, const QString &action,
                          bool adminsOnly, const Change &change);

    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace cc
