#include "core/domain/roles.h"

namespace cc {

QString Roles::code(Role role) {
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Mobile:
        return QStringLiteral("mobile");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> Roles::fromCode(const QString &code) {
    for (Role r : {Role::Clerk, Role::Mobile, Role::Supervisor, Role::Admin})
        if (Roles::code(r) == code)
            return r;
    return std::nullopt;
}

QString Roles::displayName(Role role) {
    switch (role) {
    case Role::Clerk:
        return tr("Clerk");
    case Role::Mobile:
        return tr("Mobile team");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QString Roles::permissionCode(Permission permission) {
    switch (permission) {
    case Permission::HandleApplicants:
        return QStringLiteral("handle-applicants");
    case Permission::ProduceCards:
        return QStringLiteral("produce-cards");
    case Permission::BlockCards:
        return QStringLiteral("block-cards");
    case Permission::CancelCards:
        return QStringLiteral("cancel-cards");
    case Permission::CreateBatches:
        return QStringLiteral("create-batches");
    case Permission::ApproveBatches:
        return QStringLiteral("approve-batches");
    case Permission::ReceiveStock:
        return QStringLiteral("receive-stock");
    case Permission::ManageClerks:
        return QStringLiteral("manage-clerks");
    case Permission::GrantDataAccess:
        return QStringLiteral("grant-data-access");
    case Permission::ManageOperators:
        return QStringLiteral("manage-operators");
    case Permission::ConfigureStation:
        return QStringLiteral("configure-station");
    case Permission::ResolveFlags:
        return QStringLiteral("resolve-flags");
    case Permission::SignOffDay:
        return QStringLiteral("sign-off-day");
    case Permission::ReadReports:
        return QStringLiteral("read-reports");
    }
    return {};
}

QString Roles::permissionText(Permission permission) {
    switch (permission) {
    case Permission::HandleApplicants:
        return tr("take applications and look up applicants");
    case Permission::ProduceCards:
        return tr("produce cards");
    case Permission::BlockCards:
        return tr("report cards lost");
    case Permission::CancelCards:
        return tr("cancel cards");
    case Permission::CreateBatches:
        return tr("open and submit batches");
    case Permission::ApproveBatches:
        return tr("approve batches");
    case Permission::ReceiveStock:
        return tr("book blank cards into stock");
    case Permission::ManageClerks:
        return tr("manage clerks and mobile-team operators");
    case Permission::GrantDataAccess:
        return tr("give access to personal data");
    case Permission::ManageOperators:
        return tr("manage supervisors and administrators");
    case Permission::ConfigureStation:
        return tr("change the station's settings");
    case Permission::ResolveFlags:
        return tr("resolve flags");
    case Permission::SignOffDay:
        return tr("sign off the day");
    case Permission::ReadReports:
        return tr("read the station's reports");
    }
    return {};
}

QString Roles::whoMay(Permission permission) {
    QStringList names;
    for (Role r : {Role::Clerk, Role::Mobile, Role::Supervisor, Role::Admin})
        if (allows(r, permission))
            names << displayName(r);
    return names.join(tr(", "));
}

QString Roles::refusal(Role role, Permission permission) {
    return tr("%1 may not %2. Who may: %3.")
        .arg(displayName(role), permissionText(permission), whoMay(permission));
}

bool Roles::allows(Role role, Permission permission) {
    switch (permission) {
    case Permission::HandleApplicants:
    case Permission::ProduceCards:
    case Permission::BlockCards:
    case Permission::CreateBatches:
        // The counter's work. City IT administers the station but does not
        // handle citizens' personal data.
        return role != Role::Admin;
    case Permission::ApproveBatches:
    case Permission::CancelCards: // ends a card for good: a supervisor's decision
    case Permission::GrantDataAccess:
    case Permission::ResolveFlags:
    case Permission::SignOffDay:
        return role == Role::Supervisor;
    case Permission::ReceiveStock:
    case Permission::ManageClerks:
    case Permission::ReadReports: // figures only: the admin sees them too
        return role == Role::Supervisor || role == Role::Admin;
    case Permission::ManageOperators:
    case Permission::ConfigureStation:
        return role == Role::Admin;
    }
    return false;
}

Permission Roles::toManage(Role target) {
    return (target == Role::Clerk || target == Role::Mobile) ? Permission::ManageClerks
                                                             : Permission::ManageOperators;
}

bool Roles::readsPersonalData(Permission permission) {
    switch (permission) {
    case Permission::HandleApplicants:
    case Permission::ProduceCards:
    case Permission::BlockCards:
    case Permission::CancelCards:
    case Permission::CreateBatches:
    case Permission::ApproveBatches:
    case Permission::GrantDataAccess:
        return true;
    case Permission::ReceiveStock:
    case Permission::ManageClerks:
    case Permission::ManageOperators:
    case Permission::ConfigureStation:
    case Permission::ResolveFlags: // card numbers and stations, never a name
    case Permission::SignOffDay:   // counts and amounts
    case Permission::ReadReports:  // counts, rates and times
        return false;
    }
    return true;
}

} // namespace cc
