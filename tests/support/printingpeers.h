#pragma once

#include <QImage>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace cc::test {

// Stops a child peer: terminate, then kill if it does not go in time.
void stopChild(QProcess &process, int timeoutMs = 5000);

// tools/printer-emulator as a child process on a free port.
class PrinterEmulatorProcess {
public:
    ~PrinterEmulatorProcess() { stop(); }
    bool start(const QString &outDir, const QStringList &arguments = {});
    void stop();
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// A private cupsd with a cups-pdf queue (docs/testing.md): runs as root only, as
// the cups-pdf backend requires. Clients find it through CUPS_SERVER, which
// start() sets for this process and its children.
class CupsDaemon {
public:
    ~CupsDaemon() { stop(); }
    // Starts cupsd and adds `queue`, whose PDFs land in outDir().
    bool start(const QString &queue);
    void stop();
    QString outDir() const { return m_dir.filePath(QStringLiteral("out")); }
    // Waits until the queue has no job left (all completed); true if so.
    bool waitUntilIdle(int timeoutMs);
    QString log() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_queue;
};

// Runs a program to the end; its standard output, or a null string when it
// could not start or failed.
QString runTool(const QString &program, const QStringList &arguments, int timeoutMs = 60000);

// The barcodes zbarimg finds in an image file, as "TYPE:text" (QR-Code, CODE-128).
QStringList zbarDecode(const QString &imagePath);

// The pages of a PDF as images at `dpi` (pdftoppm).
QList<QImage> pdfPages(const QString &pdf, int dpi);

} // namespace cc::test
