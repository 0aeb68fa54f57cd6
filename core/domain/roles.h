#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cc {

// Who an operator is at the station (docs/domain.md, "Who uses it").
enum class Role { Clerk, Mobile, Supervisor, Admin };

// What a use case needs the operator to be allowed. The table in roles.cpp is
// the only place that says which role may do what; use cases ask it through
// AuditLog::authorize, so a refused action is also audited.
enum class Permission {
    HandleApplicants, // take applications, look up applicants (reads personal data)
    ProduceCards,     // allocate card numbers, run production attempts
    BlockCards,       // report a card lost (blocks it at once)
    CancelCards,      // cancel a card for death or moving away
    CreateBatches,    // open and submit batches
    ApproveBatches,   // approve or reject a batch someone else made (four eyes)
    ReceiveStock,     // book blank cards into stock
    ManageClerks,     // add clerks and mobile-team operators, unlock operators
    GrantDataAccess,  // give an operator an admin added the key to personal data
    ManageOperators,  // add operators of any role
    ConfigureStation, // lockout policy and other station settings
    ResolveFlags,     // close the centre's and the re-check's flags, with a reason
    SignOffDay,       // sign off the end-of-day reconciliation (cards, fees, stock counted)
    ReadReports,      // the station's reports: counts, rates and times, never a citizen
};

class Roles {
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    static QString code(Role role); // "clerk", "mobile", "supervisor", "admin"
    static std::optional<Role> fromCode(const QString &code);
    static QString displayName(Role role);
    static QString permissionCode(Permission permission);
    // What the permission lets one do, for the operator ("cancel cards").
    static QString permissionText(Permission permission);
    // The roles that have it, by display name ("Supervisor, Administrator").
    static QString whoMay(Permission permission);
    // "Clerk may not cancel cards. Who may: Supervisor." — for a refusal.
    static QString refusal(Role role, Permission permission);
    static bool allows(Role role, Permission permission);
    // What managing an operator of role `target` needs: supervisors look
    // after the counter staff; only admins manage their peers.
    static Permission toManage(Role target);
    // Whether the permission's use cases read or write personal data, and so
    // need the data key besides the role.
    static bool readsPersonalData(Permission permission);
};

} // namespace cc
