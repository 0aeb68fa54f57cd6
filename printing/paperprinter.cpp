#include "printing/paperprinter.h"

#include <QFont>
#include <QPageSize>
#include <QPrinter>
#include <QPrinterInfo>

namespace cc {

Status PaperPrinters::prepare(QPrinter &device, const QString &printer, const QString &docName) {
    if (printer.startsWith(QLatin1String("pdf:"))) {
        device.setOutputFormat(QPrinter::PdfFormat);
        device.setOutputFileName(printer.mid(4));
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
