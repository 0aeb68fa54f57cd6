#include "tests/support/storefixture.h"

#include <QTest>

StoreFixture::StoreFixture(const cc::Clock &clock, const cc::LockoutPolicy &lockout,
                           const QString &stationId)
    : m_clock(clock)
    , m_path(m_dir.filePath(QStringLiteral("station.db"))) {
    cc::Result<std::unique_ptr<cc::Store>> store = cc::Store::create(m_path);
    if (!store) {
        m_error = store.error().toString();
        return;
    }
    m_store = std::move(store).value();
    m_audit = std::make_unique<cc::AuditLog>(*m_store, m_clock);
    m_accounts = std::make_unique<cc::Accounts>(*m_store, *m_audit, m_clock);
    cc::StationSetup setup{stationId,
                           stationId,
                           QStringLiteral("admin"),
                           passwordOf(QStringLiteral("admin")),
                           QStringLiteral("supervisor"),
                           passwordOf(QStringLiteral("supervisor")),
                           kCheapScrypt,
                           lockout};
    cc::Result<cc::Session> admin = m_accounts->initialiseStation(setup);
    if (!admin)
        m_error = admin.error().toString();
    else
        m_admin = std::move(admin).value();
}

cc::Session StoreFixture::loginAs(cc::Role role) {
    const QString name = cc::Roles::code(role);
    if (role == cc::Role::Clerk || role == cc::Role::Mobile) {
        // Added by the supervisor, who gives them the data key at once.
        const cc::Session supervisor = loginAs(cc::Role::Supervisor);
        const cc::Status added = m_accounts->addOperator(supervisor, name, role, passwordOf(name));
        if (!added && added.error().code != cc::ErrorCode::AlreadyExists)
            qFatal("cannot add %s: %s", qPrintable(name), qPrintable(added.error().toString()));
    }
    cc::Result<cc::Session> s = m_accounts->login(name, passwordOf(name));
    if (!s)
        qFatal("cannot log in %s: %s", qPrintable(name), qPrintable(s.error().toString()));
    return std::move(s).value();
}

void StoreFixture::close() {
    m_accounts.reset();
    m_audit.reset();
    m_store.reset();
}

void StoreFixture::reopen() {
    close();
    cc::Result<std::unique_ptr<cc::Store>> store = cc::Store::open(m_path);
    if (!store)
        qFatal("cannot reopen: %s", qPrintable(store.error().toString()));
    m_store = std::move(store).value();
    m_audit = std::make_unique<cc::AuditLog>(*m_store, m_clock);
    m_accounts = std::make_unique<cc::Accounts>(*m_store, *m_audit, m_clock);
}
