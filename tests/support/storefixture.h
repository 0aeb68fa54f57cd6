#pragma once

#include "core/station/accounts.h"
#include "core/station/auditlog.h"
#include "core/station/store.h"

#include <QTemporaryDir>

#include <memory>

// A real station store in a temporary folder, set up with an admin and a
// supervisor ("supervisor", who holds the data key), and
// operators of any role on demand. Password checks use cheap scrypt
// parameters so tests stay fast; the code paths are the production ones.
class StoreFixture {
public:
    static constexpr cc::ScryptParams kCheapScrypt{1u << 10, 8, 1};
    static constexpr char kStationId[] = "0301";

    explicit StoreFixture(const cc::Clock &clock, const cc::LockoutPolicy &lockout = {},
                          const QString &stationId = QString::fromLatin1(kStationId));

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    cc::Store &store() { return *m_store; }
    cc::AuditLog &audit() { return *m_audit; }
    cc::Accounts &accounts() { return *m_accounts; }
    cc::Session &admin() { return m_admin; }

    static QString passwordOf(const QString &username) { return QStringLiteral("pw-") + username; }
    // Adds (once) and logs in an operator called after the role, e.g. "clerk".
    cc::Session loginAs(cc::Role role);
    // Closes every connection and opens the file again.
    void reopen();
    void close();

private:
    const cc::Clock &m_clock;
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    std::unique_ptr<cc::Store> m_store;
    std::unique_ptr<cc::AuditLog> m_audit;
    std::unique_ptr<cc::Accounts> m_accounts;
    cc::Session m_admin;
};
