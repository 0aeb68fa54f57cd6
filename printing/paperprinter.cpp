#include "printing/paperprinter.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QPageSize>
#include <QPrinter>
#include <QPrinterInfo>
#include <QRegularExpression>

namespace cc {
namespace {

// "pdf:FILE" is that file; "pdf:FOLDER/" one file per document in it, named
// by the document (our own name, never the data's) and never overwriting one.
QString pdfPath(const QString &target, const QString &docName) {
    if (!target.endsWith(QLatin1Char('/')) && !QFileInfo(target).isDir())
        return target;
    QDir folder(target);
    (void)folder.mkpath(QStringLiteral("."));
    QString stem = docName;
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    QString name = stem + QStringLiteral(".pdf");
    for (int n = 2; folder.exists(name); ++n)
        name = QStringLiteral("%1-%2.pdf").arg(stem).arg(n);
    return folder.filePath(name);
}

} // namespace

Status PaperPrinters::prepare(QPrinter &device, const QString &printer, const QString &docName) {
    if (printer.startsWith(QLatin1String("pdf:"))) {
        device.setOutputFormat(QPrinter::PdfFormat);
        device.setOutputFileName(pdfPath(printer.mid(4), docName));
    } else {
        const QString queue = printer.isEmpty() ? QPrinterInfo::defaultPrinterName() : printer;
        if (queue.isEmpty() || !QPrinterInfo::availablePrinterNames().contains(queue))
            return Error{ErrorCode::DeviceNotFound,
                         tr("There is no system printer for paper. Choose one in the devices "
                            "panel."),
                         queue};
        device.setPrinterName(queue);
    }
    device.setDocName(docName);
    device.setPageSize(QPageSize(QPageSize::A4));
    // The page is the whole sheet: the layouts keep their own margins (15 to
    // 20 mm, beyond any printer's unprintable edge), and their arithmetic
    // holds on 210 × 297 mm whatever margins a queue would add.
    device.setFullPage(true);
    return Done{};
}

QFont PaperPrinters::font(double pointSize, bool bold) {
    QFont f(QStringLiteral("Noto Sans CJK TC"));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

} // namespace cc
