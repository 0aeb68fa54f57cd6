#pragma once

#include "reader/readermanager.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace cc::test {

inline const QString kReader0 = QStringLiteral("Virtual PCD 00 00");
inline const QString kReader1 = QStringLiteral("Virtual PCD 00 01");

// A private pcscd with the vpcd driver (docs/testing.md), started and stopped by
// the test as its direct child.
class PcscDaemon {
public:
    ~PcscDaemon() { stop(); }
    bool start(); // true once the daemon lists the two virtual readers
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

// tools/virtual-card as a child process: on the reader, until stopped (taken
// off) or until it vanishes by itself (--vanish-after).
class VirtualCardProcess {
public:
    ~VirtualCardProcess() { stop(); }
    // `reader` 0 or 1; extra arguments are the card's (--type, --state, faults).
    bool start(const QStringList &arguments, int reader = 0);
    void stop();
    bool waitForExit(int timeoutMs) { return m_process.waitForFinished(timeoutMs); }

private:
    QProcess m_process;
};

QString virtualCardProgram();

// Waits until `manager` sees a card on `reader` (or sees it gone).
bool waitForCard(const reader::ReaderManager &manager, const QString &reader, bool present,
                 int timeoutMs = 5000);

} // namespace cc::test
