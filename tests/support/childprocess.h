#pragma once

#include <QProcess>

#include <csignal>
#include <sys/prctl.h>

namespace cc::test {

// A peer must not outlive a test that crashes: the kernel stops it when the
// test process dies.
inline void dieWithParent(QProcess &process) {
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

} // namespace cc::test
