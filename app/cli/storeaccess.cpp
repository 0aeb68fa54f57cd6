#include "app/cli/storeaccess.h"

#include <QFile>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace cc::cli {
namespace {

QString readLineWithoutEcho() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
#ifdef Q_OS_UNIX
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    const QByteArray line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
#else
    const QByteArray line = in.readLine();
#endif
    return QString::fromUtf8(line).remove(u'\n').remove(u'\r');
}

} // namespace

QCommandLineOption dbOption() {
    return {QStringLiteral("db"), Cli::tr("The station store file."), QStringLiteral("PATH")};
}

QCommandLineOption userOption(const QString &description) {
    return {QStringLiteral("user"),
            description.isEmpty() ? Cli::tr("Your operator name.") : description,
            QStringLiteral("USER")};
}

QCommandLineOption jsonOption() {
    return {QStringLiteral("json"), Cli::tr("Print JSON instead of text.")};
}

QString readSecret(Context &ctx, const char *environmentVariable, const QString &prompt) {
    if (qEnvironmentVariableIsSet(environmentVariable))
        return qEnvironmentVariable(environmentVariable);
    ctx.err << prompt << ' ' << Qt::flush;
    return readLineWithoutEcho();
}

std::optional<int> readNewPassword(Context &ctx, const char *environmentVariable,
                                   const QString &username, QString &password) {
    const bool prompted = !qEnvironmentVariableIsSet(environmentVariable);
    password = readSecret(ctx, environmentVariable, Cli::tr("New password for %1:").arg(username));
    if (prompted && readSecret(ctx, environmentVariable, Cli::tr("The same again:")) != password)
        return Cli::usageError(ctx, Cli::tr("The two passwords differ."));
    if (Status ok = Accounts::checkPassword(password); !ok)
        return Cli::fail(ctx, ExitUsage, ok.error());
    return std::nullopt;
}

int exitCodeFor(const Error &error) {
    switch (error.code) {
    case ErrorCode::StoreFailed:
    case ErrorCode::IntegrityFailed:
    case ErrorCode::CryptoFailed:
    case ErrorCode::FileUnreadable:
    case ErrorCode::FileUnwritable:
    case ErrorCode::ServiceUnavailable:
    case ErrorCode::DeviceNotFound:
    case ErrorCode::DeviceBusy:
    case ErrorCode::DeviceTimeout:
    case ErrorCode::DeviceFailed:
    case ErrorCode::NoCard:
    case ErrorCode::CardRemoved:
    case ErrorCode::CardRefused:
    case ErrorCode::VerifyFailed:
    case ErrorCode::RibbonOut:
    case ErrorCode::FeederEmpty:
    case ErrorCode::CardJam:
    case ErrorCode::CoverOpen:
    case ErrorCode::NetworkFailed:
        return ExitFailure;
    default:
        return ExitUsage;
    }
}

OpenStore::OpenStore(std::unique_ptr<Store> store, const Clock &clock)
    : m_store(std::move(store))
    , m_audit(*m_store, clock)
    , m_accounts(*m_store, m_audit, clock) {}

std::optional<int> OpenStore::open(Context &ctx, const QString &path,
                                   std::unique_ptr<OpenStore> &out, Mode mode) {
    if (path.isEmpty())
        return Cli::usageError(ctx, Cli::tr("--db PATH is required."));
    Result<std::unique_ptr<Store>> store = mode == Mode::Create     ? Store::create(path)
                                           : mode == Mode::ReadOnly ? Store::openReadOnly(path)
                                                                    : Store::open(path);
    if (!store)
        return Cli::fail(ctx, exitCodeFor(store.error()), store.error());
    out.reset(new OpenStore(std::move(store).value(), ctx.clock));
    return std::nullopt;
}

std::optional<int> OpenStore::openAndLogin(Context &ctx, const QString &path, const QString &user,
                                           std::unique_ptr<OpenStore> &out, Session &session) {
    if (auto code = open(ctx, path, out))
        return code;
    return out->login(ctx, user, session);
}

std::optional<int> OpenStore::login(Context &ctx, const QString &user, Session &session) {
    if (user.isEmpty())
        return Cli::usageError(ctx, Cli::tr("--user USER is required: this reads personal data."));
    const QString password =
        readSecret(ctx, "CITIZENCARD_PASSWORD", Cli::tr("Password for %1:").arg(user));
    Result<Session> s = m_accounts.login(user, password);
    if (!s)
        return Cli::fail(ctx, exitCodeFor(s.error()), s.error());
    session = std::move(s).value();
    return std::nullopt;
}

StoreLogin::~StoreLogin() {
    if (opened)
        opened->accounts().logout(session);
}

std::optional<int> StoreLogin::open(Context &ctx, const QString &path, const QString &user) {
    return OpenStore::openAndLogin(ctx, path, user, opened, session);
}

} // namespace cc::cli
