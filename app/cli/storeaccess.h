#pragma once

#include "app/cli/cli.h"
#include "core/station/accounts.h"
#include "core/station/auditlog.h"
#include "core/station/store.h"

#include <QCommandLineOption>

#include <memory>
#include <optional>

namespace cc::cli {

// Where a command's secrets come from: the environment variable when it is
// set (scripts, tests), else a prompt on the terminal without echo.
QString readSecret(Context &ctx, const char *environmentVariable, const QString &prompt);

// A password for a new account: from the environment variable, or prompted
// for twice. On failure prints the problem and returns the exit code.
std::optional<int> readNewPassword(Context &ctx, const char *environmentVariable,
                                   const QString &username, QString &password);

// Exit code for an error: 2 for what the operator can fix (input, password,
// role, state), 3 for the store or the machine failing.
int exitCodeFor(const Error &error);

// Options the store commands share.
QCommandLineOption dbOption();
// `description` says who may run the command; the default: "Your operator name."
QCommandLineOption userOption(const QString &description = {});
QCommandLineOption jsonOption();

// An opened station store with the services commands use on it.
class OpenStore {
public:
    enum class Mode { Write, Create, ReadOnly };
    // Opens the store at `path` (or creates it, or opens it for reading
    // only); on failure prints the error and returns the exit code.
    static std::optional<int> open(Context &ctx, const QString &path,
                                   std::unique_ptr<OpenStore> &out, Mode mode = Mode::Write);

    // Logs `user` in with the password from CITIZENCARD_PASSWORD or the prompt.
    std::optional<int> login(Context &ctx, const QString &user, Session &session);
    // Both, for the commands that act as an operator.
    static std::optional<int> openAndLogin(Context &ctx, const QString &path, const QString &user,
                                           std::unique_ptr<OpenStore> &out, Session &session);

    Store &store() { return *m_store; }
    AuditLog &audit() { return m_audit; }
    Accounts &accounts() { return m_accounts; }

private:
    OpenStore(std::unique_ptr<Store> store, const Clock &clock);

    std::unique_ptr<Store> m_store;
    AuditLog m_audit;
    Accounts m_accounts;
};

// A store opened and an operator logged in, for one command; logged out
// however the command ends. `auto &[opened, session] = login;` names both.
struct StoreLogin {
    std::unique_ptr<OpenStore> opened;
    Session session;

    ~StoreLogin();
    // Opens the store at `path` and logs `user` in; on failure the exit code.
    std::optional<int> open(Context &ctx, const QString &path, const QString &user);
};

} // namespace cc::cli
