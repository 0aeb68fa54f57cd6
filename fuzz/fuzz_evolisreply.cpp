// What an Evolis printer answers (printing/evolisprinter.*): the printer is a
// device file whose bytes are the input, read by status(), reject() and
// parkAtEncoder() in turn. Each command's frame is written over the file at
// the read position, so the file starts with room for the first one.
#include "fuzz/fuzzsupport.h"

#include "printing/evolisprinter.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    cc::fuzz::ensureApplication();
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lp0"));
    {
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        device.write(QByteArray(5, ' ') + cc::fuzz::bytesOf(data, size));
    }
    cc::EvolisPrinter printer(path, 0);
    const cc::PrinterStatus status = printer.status();
    (void)status;
    (void)printer.reject();
    (void)printer.parkAtEncoder();
    return 0;
}
