#include "tests/support/childprocess.h"
#include "tests/support/pcscpeers.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

namespace cc::test {

QString virtualCardProgram() {
    return QStringLiteral(CITIZENCARD_VIRTUAL_CARD);
}

bool PcscDaemon::start() {
    const QString conf = m_dir.filePath(QStringLiteral("vpcd.conf"));
    QFile::remove(conf);
    if (!QFile::copy(QStringLiteral("/etc/reader.conf.d/vpcd"), conf))
        return false;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    dieWithParent(m_process);
    m_process.start(QStringLiteral("pcscd"), {QStringLiteral("-f"), QStringLiteral("-c"), conf});
    if (!m_process.waitForStarted(5000))
        return false;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && isRunning()) {
        SCARDCONTEXT context = 0;
        if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context) ==
            SCARD_S_SUCCESS) {
            DWORD length = 0;
            const LONG rv = SCardListReaders(context, nullptr, nullptr, &length);
            SCardReleaseContext(context);
            if (rv == SCARD_S_SUCCESS && length > 1)
                return true;
        }
        QThread::msleep(50);
    }
    return false;
}

void PcscDaemon::stop() {
    if (!isRunning())
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

bool VirtualCardProcess::start(const QStringList &arguments, int reader) {
    stop();
    m_process.setProcessChannelMode(QProcess::ForwardedChannels);
    dieWithParent(m_process);
    m_process.start(virtualCardProgram(), arguments + QStringList{QStringLiteral("--port"),
                                                                  QString::number(35963 + reader)});
    return m_process.waitForStarted(5000);
}

void VirtualCardProcess::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

bool waitForCard(const reader::ReaderManager &manager, const QString &reader, bool present,
                 int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        for (const ReaderListing &info : manager.readers())
            if (info.name == reader && info.cardPresent == present)
                return true;
        QThread::msleep(20);
    }
    return false;
}

} // namespace cc::test
