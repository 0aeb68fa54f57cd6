#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cc {

// How the station's devices are set up (LocalDevices, DevicesModule).
struct LocalDevicesConfig {
    QString keyFile;          // the city's key file; needed to encode
    QByteArray keyPassphrase; // unlocks it
    QString chipProfile = QStringLiteral("desfire");
    QString defaultPrinter;     // used when the clerk chose none
    QStringList directPrinters; // evolis://… and proof:… printers to list besides the spooler's
    int cardArrivalWaitMs = 3000; // a card printer feeds the card to its encoder station
};

} // namespace cc
