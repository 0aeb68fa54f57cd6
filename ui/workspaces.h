#pragma once

#include "ui/common/workspace.h"

#include <QList>

namespace cc {

// The station's tabs, in order: the counter, the devices, the flags, the
// batches, the operators, the end of day, the reports.
QList<Workspace> stationWorkspaces();

} // namespace cc
