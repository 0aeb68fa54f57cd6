#pragma once

#include "core/crypto/crypto.h"
#include "core/domain/result.h"
#include "core/domain/roles.h"
#include "core/station/session.h"
#include "core/station/station.h"

#include <QCoreApplication>

#include <chrono>

namespace cc {

class AuditLog;
class Clock;
class Store;

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
    Status unlockOperator(const Session &by, const QString &username);
    Status setLockoutPolicy(const Session &by, const LockoutPolicy &policy);

    // scrypt parameters for which one password check costs about `target` here.
    static ScryptParams calibrate(std::chrono::milliseconds target);
    static Status checkUsername(const QString &username);
    static Status checkPassword(const QString &password);

private:
    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace cc
