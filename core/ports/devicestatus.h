#pragma once

#include "core/ports/cardprinter.h"

#include <QByteArray>
#include <QString>

namespace cc {

// A card reader as the reader thread last saw it.
struct ReaderListing {
    QString name;
    bool cardPresent = false;
    QByteArray atr; // of the card present, if any
    bool operator==(const ReaderListing &) const = default;
};

// A card printer and its live state.
struct PrinterListing {
    QString name;
    QString kind; // "spooler", "evolis", "proof"
    PrinterStatus status;
    QString detail; // what the printer says of itself (firmware, serial, ribbon), if it does
};

} // namespace cc
