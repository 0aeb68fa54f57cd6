// The operator commands: add, grant, list, unlock, disable, enable,
// reset-password, set-role. Each logs its operator in and calls one account
// use case, which checks the role and writes the audit log.
#include "app/cli/storeaccess.h"
#include "core/ports/clock.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace cc::cli {
namespace {

QCommandLineOption nameOption(const QString &description) {
    return QCommandLineOption(QStringLiteral("name"), description, QStringLiteral("NAME"));
}

using OnOperator = std::function<Status(OpenStore &, const Session &, const QString &,
                                        const QCommandLineParser &)>;

// A command on one operator, --name: parses, runs `prepare` (which may end
// the command with an exit code), logs in, runs `use` and prints `done` (%1:
// the operator) when it succeeds.
int runOnOperator(Context &ctx, const QString &usage, const QString &who, const OnOperator &use,
                  const QString &done, const QList<QCommandLineOption> &extra = {},
                  const std::function<std::optional<int>(const QCommandLineParser &,
                                                         const QString &)> &prepare = {}) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption user = userOption(who);
    const QCommandLineOption name = nameOption(Cli::tr("The operator to change."));
    parser.addOptions({db, user, name});
    parser.addOptions(extra);
    if (auto code = Cli::parse(parser, usage, ctx))
        return *code;
    if (!parser.isSet(name))
        return Cli::usageError(ctx, Cli::tr("--name is required."));
    if (prepare)
        if (auto code = prepare(parser, parser.value(name)))
            return *code;
    StoreLogin login;
    if (auto code = login.open(ctx, parser.value(db), parser.value(user)))
        return *code;
    auto &[opened, session] = login;
    Status ok = use(*opened, session, parser.value(name), parser);
    if (!ok)
        return Cli::fail(ctx, exitCodeFor(ok.error()), ok.error());
    ctx.out << done.arg(parser.value(name).toLower()) << '\n';
    return ExitOk;
}

QString managerOfClerks() {
    return Cli::tr("Your operator name (a supervisor for clerks and mobile teams, else an admin).");
}

} // namespace

int runOperatorAdd(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption user =
        userOption(Cli::tr("Your operator name (an admin or supervisor)."));
    const QCommandLineOption name(QStringLiteral("name"), Cli::tr("The new operator's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  Cli::tr("clerk, mobile, supervisor or admin."),
                                  QStringLiteral("ROLE"));
    parser.addOptions({db, user, name, role});
    if (auto code = Cli::parse(
            parser, QStringLiteral("operator add --db PATH --user USER --name NAME --role ROLE"),
            ctx))
        return *code;
    const std::optional<Role> newRole = Roles::fromCode(parser.value(role));
    if (!newRole)
        return Cli::usageError(ctx, Cli::tr("--role must be clerk, mobile, supervisor or admin."));
    if (Status valid = Accounts::checkUsername(parser.value(name)); !valid)
        return Cli::fail(ctx, ExitUsage, valid.error());
    StoreLogin login;
    if (auto code = login.open(ctx, parser.value(db), parser.value(user)))
        return *code;
    auto &[opened, session] = login;
    QString password;
    if (auto code =
            readNewPassword(ctx, "CITIZENCARD_NEW_PASSWORD", parser.value(name), password)) {
        opened->accounts().logout(session);
        return *code;
    }
    Status added = opened->accounts().addOperator(session, parser.value(name), *newRole, password);
    const bool granted = Accounts::grantsOnAdd(session, *newRole);
    opened->accounts().logout(session);
    if (!added)
        return Cli::fail(ctx, exitCodeFor(added.error()), added.error());
    const QString addedName = parser.value(name).toLower();
    ctx.out << Cli::tr("Added operator %1 (%2).").arg(addedName, Roles::displayName(*newRole))
            << '\n';
    if (*newRole != Role::Admin && !granted)
        ctx.out << Cli::tr("%1 has no access to personal data until a supervisor grants it: "
                           "citizencard-cli operator grant --db %2 --user SUPERVISOR --name %1")
                       .arg(addedName, parser.value(db))
                << '\n';
    return ExitOk;
}

int runOperatorGrant(Context &ctx) {
    return runOnOperator(
        ctx, QStringLiteral("operator grant --db PATH --user USER --name NAME"),
        Cli::tr("Your operator name (a supervisor)."),
        [](OpenStore &s, const Session &by, const QString &name, const QCommandLineParser &) {
            return s.accounts().grantDataAccess(by, name);
        },
        Cli::tr("%1 now has access to personal data."));
}

int runOperatorList(Context &ctx) {
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption user =
        userOption(Cli::tr("Your operator name (a supervisor or admin)."));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({db, user, json});
    if (auto code =
            Cli::parse(parser, QStringLiteral("operator list --db PATH --user USER [--json]"), ctx))
        return *code;
    StoreLogin login;
    if (auto code = login.open(ctx, parser.value(db), parser.value(user)))
        return *code;
    auto &[opened, session] = login;
    Result<QList<OperatorInfo>> list = opened->accounts().listOperators(session);
    if (!list)
        return Cli::fail(ctx, exitCodeFor(list.error()), list.error());
    const QDateTime now = ctx.clock.nowUtc();
    QJsonArray rows;
    for (const OperatorInfo &o : *list) {
        const bool locked = o.lockedUntil.isValid() && o.lockedUntil > now;
        if (parser.isSet(json)) {
            rows.append(QJsonObject{
                {QStringLiteral("username"), o.username},
                {QStringLiteral("role"), Roles::code(o.role)},
                {QStringLiteral("dataAccess"), o.dataAccess},
                {QStringLiteral("disabled"), o.disabled},
                {QStringLiteral("lockedUntil"),
                 locked ? o.lockedUntil.toString(Qt::ISODateWithMs) : QString()},
                {QStringLiteral("failedLogins"), o.failedLogins},
                {QStringLiteral("createdAt"), o.createdAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("createdBy"), o.createdBy},
                {QStringLiteral("displayName"), o.displayName},
            });
            continue;
        }
        QString state = Accounts::describeState(o, now);
        if (o.role != Role::Admin && !o.dataAccess)
            state += QStringLiteral(", ") + Cli::tr("waits for access to personal data");
        ctx.out << o.username << '\t' << Roles::displayName(o.role) << '\t' << state << '\n';
    }
    if (parser.isSet(json))
        ctx.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    return ExitOk;
}

int runOperatorUnlock(Context &ctx) {
    return runOnOperator(
        ctx, QStringLiteral("operator unlock --db PATH --user USER --name NAME"), managerOfClerks(),
        [](OpenStore &s, const Session &by, const QString &name, const QCommandLineParser &) {
            return s.accounts().unlockOperator(by, name);
        },
        Cli::tr("%1 can log in again."));
}

int runOperatorDisable(Context &ctx) {
    return runOnOperator(
        ctx, QStringLiteral("operator disable --db PATH --user USER --name NAME"),
        managerOfClerks(),
        [](OpenStore &s, const Session &by, const QString &name, const QCommandLineParser &) {
            return s.accounts().setDisabled(by, name, true);
        },
        Cli::tr("%1 is disabled and cannot log in."));
}

int runOperatorEnable(Context &ctx) {
    return runOnOperator(
        ctx, QStringLiteral("operator enable --db PATH --user USER --name NAME"), managerOfClerks(),
        [](OpenStore &s, const Session &by, const QString &name, const QCommandLineParser &) {
            return s.accounts().setDisabled(by, name, false);
        },
        Cli::tr("%1 is enabled again."));
}

int runOperatorResetPassword(Context &ctx) {
    QString password;
    return runOnOperator(
        ctx, QStringLiteral("operator reset-password --db PATH --user USER --name NAME"),
        managerOfClerks(),
        [&password](OpenStore &s, const Session &by, const QString &name,
                    const QCommandLineParser &) {
            return s.accounts().resetPassword(by, name, password);
        },
        Cli::tr("%1 has a new password; give it to them in person."), {},
        [&](const QCommandLineParser &, const QString &name) {
            return readNewPassword(ctx, "CITIZENCARD_NEW_PASSWORD", name, password);
        });
}

int runOperatorSetRole(Context &ctx) {
    const QCommandLineOption role(QStringLiteral("role"),
                                  Cli::tr("clerk, mobile, supervisor or admin."),
                                  QStringLiteral("ROLE"));
    return runOnOperator(
        ctx, QStringLiteral("operator set-role --db PATH --user USER --name NAME --role ROLE"),
        Cli::tr("Your operator name (an admin)."),
        [&role](OpenStore &s, const Session &by, const QString &name,
                const QCommandLineParser &parser) {
            return s.accounts().setRole(by, name, *Roles::fromCode(parser.value(role)));
        },
        Cli::tr("%1 has the new role."), {role},
        [&](const QCommandLineParser &parser, const QString &) -> std::optional<int> {
            if (!Roles::fromCode(parser.value(role)))
                return Cli::usageError(
                    ctx, Cli::tr("--role must be clerk, mobile, supervisor or admin."));
            return std::nullopt;
        });
}

int runOperatorSetDisplayName(Context &ctx) {
    const QCommandLineOption shown(QStringLiteral("display-name"),
                                   Cli::tr("The name receipts are signed with (empty: the "
                                           "operator name)."),
                                   QStringLiteral("TEXT"));
    return runOnOperator(
        ctx,
        QStringLiteral(
            "operator set-display-name --db PATH --user USER --name NAME --display-name TEXT"),
        managerOfClerks(),
        [&shown](OpenStore &s, const Session &by, const QString &name,
                 const QCommandLineParser &parser) {
            return s.accounts().setDisplayName(by, name, parser.value(shown));
        },
        Cli::tr("%1 signs receipts with the new name."), {shown});
}

} // namespace cc::cli
