#include "printing/printers.h"

#include "printing/evolisprinter.h"
#include "printing/proofprinter.h"
#include "printing/spoolerprinter.h"

namespace cc {

namespace {

QString kindOf(const QString &name) {
    if (name.startsWith(QStringLiteral("evolis:")))
        return QStringLiteral("evolis");
    if (name.startsWith(QStringLiteral("proof:")) || name.startsWith(QStringLiteral("proof-pdf:")))
        return QStringLiteral("proof");
    return QStringLiteral("spooler");
}

} // namespace

Result<std::unique_ptr<CardPrinter>> Printers::open(const QString &name, double proofDpi) {
    const QString kind = kindOf(name);
    if (kind == QStringLiteral("evolis")) {
        QString address = name.mid(name.indexOf(u':') + 1);
        if (address.startsWith(QStringLiteral("//")))
            address = address.mid(2);
        if (address.isEmpty() || (!address.startsWith(u'/') && !address.contains(u':'))) {
            return Error{ErrorCode::InvalidArgument,
                         tr("give an Evolis printer as evolis://HOST:PORT or evolis:/dev/FILE"),
                         name};
        }
        if (!address.startsWith(u'/')) {
            bool number = false;
            const int port = address.mid(address.lastIndexOf(u':') + 1).toInt(&number);
            if (!number || port < 1 || port > 65535 || address.lastIndexOf(u':') == 0)
                return Error{ErrorCode::InvalidArgument,
                             tr("the printer's port must be a number from 1 to 65535"), name};
        }
        return std::unique_ptr<CardPrinter>(std::make_unique<EvolisPrinter>(address));
    }
    if (kind == QStringLiteral("proof")) {
        const bool pdf = name.startsWith(QStringLiteral("proof-pdf:"));
        const QString dir = name.mid(name.indexOf(u':') + 1);
        if (dir.isEmpty())
            return Error{ErrorCode::InvalidArgument, tr("give a directory: proof:DIR"), name};
        return std::unique_ptr<CardPrinter>(std::make_unique<ProofPrinter>(
            dir, pdf ? ProofPrinter::Format::Pdf : ProofPrinter::Format::Png, proofDpi));
    }
    if (!SpoolerPrinter::queues().contains(name)) {
        return Error{ErrorCode::DeviceNotFound,
                     tr("there is no print queue by that name; see \"printers list\""), name};
    }
    return std::unique_ptr<CardPrinter>(std::make_unique<SpoolerPrinter>(name));
}

QList<PrinterListing> Printers::list(const QStringList &configured) {
    QList<PrinterListing> out;
    QStringList names = SpoolerPrinter::queues();
    names.sort();
    names += configured;
    for (const QString &name : std::as_const(names)) {
        Result<std::unique_ptr<CardPrinter>> printer = open(name);
        if (printer) {
            PrinterListing listing{name, kindOf(name), (*printer)->status(), {}};
            if (auto *evolis = dynamic_cast<EvolisPrinter *>(printer->get());
                evolis && listing.status.state != PrinterState::Offline)
                if (Result<QString> identity = evolis->identity(); identity)
                    listing.detail = *identity;
            out.push_back(listing);
        } else
            out.push_back({name,
                           kindOf(name),
                           {PrinterState::Offline, printer.error().message, printer.error().code},
                           {}});
    }
    return out;
}

} // namespace cc
