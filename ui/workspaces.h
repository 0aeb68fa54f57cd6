#pragma once

#include "ui/common/workspace.h"

#include <QList>

namespace cc {

// The station's tabs, in order: the counter, the devices, the flags.
QList<Workspace> stationWorkspaces();

} // namespace cc
