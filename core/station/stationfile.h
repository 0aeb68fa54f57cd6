#pragma once

#include "core/station/accounts.h"

namespace cc {

class Clock;

// Makes a new station store at `path` in one step. It is built under a
// temporary name beside `path` and linked into place only when complete, so a
// failure (a full disk, a refused setting) leaves no file behind, and of two
// inits on one path exactly one wins while the other touches nothing.
Result<Session> createStationFile(const QString &path, const StationSetup &setup,
                                  const Clock &clock);

} // namespace cc
