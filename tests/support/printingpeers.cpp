#include "tests/support/childprocess.h"
#include "tests/support/printingpeers.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QThread>

#include <sys/stat.h>
#include <unistd.h>

namespace cc::test {

bool PrinterEmulatorProcess::start(const QString &outDir, const QStringList &arguments) {
    stop();
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    dieWithParent(m_process);
    m_process.start(QStringLiteral(CITIZENCARD_PRINTER_EMULATOR),
                    QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--out"), outDir} +
                        arguments);
    if (!m_process.waitForStarted(5000))
        return false;
    QDeadlineTimer deadline(5000);
    QByteArray line;
    while (!line.endsWith('\n') && m_process.waitForReadyRead(deadline.remainingTime()))
        line += m_process.readLine();
    const qsizetype colon = line.lastIndexOf(':');
    m_port = colon < 0 ? 0 : line.mid(colon + 1).trimmed().toUShort();
    return m_port != 0;
}

void stopChild(QProcess &process, int timeoutMs) {
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
}

void PrinterEmulatorProcess::stop() {
    stopChild(m_process);
}

namespace {

QString cupsPdfConf(const QString &queue) {
    return QStringLiteral("/etc/cups/cups-pdf-%1.conf").arg(queue);
}

bool writeFile(const QString &path, const QString &text) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
}

} // namespace

bool CupsDaemon::start(const QString &queue) {
    if (geteuid() != 0 || !m_dir.isValid())
        return false;
    m_queue = queue;
    const QDir dir(m_dir.path());
    // cupsd runs filters and the backend as lp: the scratch tree must be open to it.
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                          QFileDevice::ExeGroup);
    for (const char *sub : {"root", "spool", "tmp", "cache", "state", "log", "out"}) {
        dir.mkpath(QString::fromLatin1(sub));
        ::chmod(QFile::encodeName(dir.filePath(QString::fromLatin1(sub))).constData(),
                sub == QByteArrayView("tmp") || sub == QByteArrayView("out") ? 01777 : 0755);
    }
    const QString socket = dir.filePath(QStringLiteral("cups.sock"));
    const bool written =
        writeFile(dir.filePath(QStringLiteral("cupsd.conf")),
                  QStringLiteral("Listen %1\nBrowsing Off\nWebInterface No\nDefaultAuthType None\n"
                                 "LogLevel warn\n<Location />\n  Order allow,deny\n  Allow all\n"
                                 "</Location>\n")
                      .arg(socket)) &&
        writeFile(dir.filePath(QStringLiteral("cups-files.conf")),
                  QStringLiteral("ServerRoot %1/root\nRequestRoot %1/spool\nTempDir %1/tmp\n"
                                 "CacheDir %1/cache\nStateDir %1/state\n"
                                 "AccessLog %1/log/access_log\nErrorLog %1/log/error_log\n"
                                 "PageLog %1/log/page_log\nUser lp\nGroup lp\nSystemGroup root\n"
                                 "Printcap %1/state/printcap\n")
                      .arg(dir.path())) &&
        writeFile(cupsPdfConf(queue),
                  QStringLiteral("Out %1\nAnonDirName %1\nLabel 2\n").arg(outDir()));
    if (!written)
        return false;
    qputenv("CUPS_SERVER", QFile::encodeName(socket));
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    dieWithParent(m_process);
    m_process.start(QStringLiteral("/usr/sbin/cupsd"),
                    {QStringLiteral("-f"), QStringLiteral("-c"),
                     dir.filePath(QStringLiteral("cupsd.conf")), QStringLiteral("-s"),
                     dir.filePath(QStringLiteral("cups-files.conf"))});
    if (!m_process.waitForStarted(5000))
        return false;
    QDeadlineTimer deadline(10000);
    while (!QFile::exists(socket) && !deadline.hasExpired())
        QThread::msleep(50);
    QProcess lpadmin;
    lpadmin.setProcessChannelMode(QProcess::MergedChannels);
    lpadmin.start(QStringLiteral("lpadmin"),
                  {QStringLiteral("-p"), queue, QStringLiteral("-v"),
                   QStringLiteral("cups-pdf:/") + queue, QStringLiteral("-P"),
                   QStringLiteral("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd"),
                   QStringLiteral("-E")});
    return lpadmin.waitForFinished(30000) && lpadmin.exitCode() == 0;
}

void CupsDaemon::stop() {
    if (!m_queue.isEmpty())
        QFile::remove(cupsPdfConf(m_queue));
    stopChild(m_process, 10000);
}

bool CupsDaemon::waitUntilIdle(int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QString pending = runTool(QStringLiteral("lpstat"), {QStringLiteral("-o"), m_queue});
        if (!pending.isNull() && pending.trimmed().isEmpty())
            return true;
        QThread::msleep(200);
    }
    return false;
}

QString CupsDaemon::log() const {
    QFile file(m_dir.filePath(QStringLiteral("log/error_log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString runTool(const QString &program, const QStringList &arguments, int timeoutMs) {
    QProcess process;
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return {};
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    return process.exitCode() == 0 ? (out.isNull() ? QStringLiteral("") : out) : QString();
}

QStringList zbarDecode(const QString &imagePath) {
    QStringList found = runTool(QStringLiteral("zbarimg"),
                                {QStringLiteral("-q"), QStringLiteral("--nodbus"), imagePath})
                            .split(u'\n', Qt::SkipEmptyParts);
    found.sort();
    return found;
}

QList<QImage> pdfPages(const QString &pdf, int dpi) {
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    if (runTool(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), pdf, prefix})
            .isNull())
        return {};
    QList<QImage> pages;
    QStringList files =
        QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        pages.append(QImage(dir.filePath(file)));
    return pages;
}

} // namespace cc::test
