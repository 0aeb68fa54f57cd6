#include "ui/workspaces.h"

#include "ui/batches/batchdesk.h"
#include "ui/common/uiservices.h"
#include "ui/counter/counterpage.h"
#include "ui/dayclose/daypage.h"
#include "ui/devices/devicespanel.h"
#include "ui/operators/operatorspage.h"
#include "ui/reports/reportspage.h"
#include "ui/sync/flagspage.h"

#include <QCoreApplication>

namespace cc {

QList<Workspace> stationWorkspaces() {
    return {
        {[] { return QCoreApplication::translate("MainWindow", "Counter (Ctrl+1)"); },
         [](const WorkspaceContext &c, QWidget *parent) -> WorkspacePage * {
             return new CounterPage(c.services, c.session, parent);
         }},
        {[] { return QCoreApplication::translate("MainWindow", "Devices (Ctrl+2)"); },
         [](const WorkspaceContext &c, QWidget *parent) -> WorkspacePage * {
             return new DevicesPanel(c.services, c.readers, parent);
         }},
        {[] { return QCoreApplication::translate("MainWindow", "Flags (Ctrl+3)"); },
         [](const WorkspaceContext &c, QWidget *parent) -> WorkspacePage * {
             return new FlagsPage(c.services, c.session, parent);
         }},
        {[] { return QCoreApplication::translate("MainWindow", "Batches (Ctrl+4)"); },
         [](const WorkspaceContext &c, QWidget *parent) -> WorkspacePage * {
             UiServices &services = c.services;
             BatchDeskServices desk{&services.desk, &services.desk.policy(), &services.registry,
                                    [&services] { return services.settings.devices; }};
             return new BatchDeskPage(services.store, services.audit, services.clock, c.session,
                                      std::move(desk), parent);
         }},
        {[] { return QCoreApplication::translate("MainWindow", "Operators (Ctrl+5)"); },
         [](const WorkspaceContext &c, QWidget *parent) -> WorkspacePage * {
             return new OperatorsPage(c.services, c.session, parent);
         }},
        {[] { return QCoreApplication::translate("MainWindow", "End of day (Ctrl+6)"); },
         [](const WorkspaceContext &c, QWidget *parent) -> WorkspacePage * {
             return new DayPage(c.services, c.session, parent);
         }},
        {[] { return QCoreApplication::translate("MainWindow", "Reports (Ctrl+7)"); },
         [](const WorkspaceContext &c, QWidget *parent) -> WorkspacePage * {
             UiServices &services = c.services;
             return new ReportsPage(
                 services.store, services.audit, services.clock, c.session,
                 [&services] { return services.desk.policy().stock; }, parent);
         }},
    };
}

} // namespace cc
