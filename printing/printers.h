#pragma once

#include "core/ports/cardprinter.h"
#include "core/ports/devicestatus.h"

#include <QCoreApplication>

#include <memory>

namespace cc {

// Opens printers by name:
//   proof:DIR          PNG proofs in DIR (proof-pdf:DIR for one PDF per card)
//   evolis://HOST:PORT an Evolis printer over TCP; evolis:/dev/… over a device file
//   anything else      a print queue of the operating system
class Printers {
    Q_DECLARE_TR_FUNCTIONS(Printers)

public:
    static Result<std::unique_ptr<CardPrinter>> open(const QString &name, double proofDpi = 300);
    // The spooler's queues, then the direct printers named in `configured`
    // (e.g. from CITIZENCARD_PRINTERS), each with its live state.
    static QList<PrinterListing> list(const QStringList &configured);
};

} // namespace cc
