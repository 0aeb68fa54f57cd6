#pragma once

#include "core/domain/result.h"
#include "core/ports/cardencoder.h"
#include "core/ports/cardprinter.h"
#include "core/ports/devicestatus.h"
#include "core/ports/handoverlist.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace cc {

// Both sides of a card as it will look, for the counter's preview, as PNG
// images (so the port needs no GUI library).
struct FacePreview {
    QByteArray frontPng;
    QByteArray backPng;
};

// What the citizen signs at the counter: one A4 page. Either an
// application's (at hand-over), or the proof that a card was reported lost
// and blocked.
struct Receipt {
    enum class Kind { Application, LostReport };
    Kind kind = Kind::Application;
    qint64 applicationId = 0; // none for a lost report
    QString cardNumber;
    QString cardType; // display name
    QString carrier;  // display name
    QString name;
    QString maskedId; // A12345**** : never the whole number on paper left behind
    QDate issued;
    QDate expires; // invalid: no expiry
    QString stationId;
    QString operatorName; // how they sign: the display name, else the username
    QString officeName;   // the office the station serves (empty: not set)
    QString officeAddress;
    QString officePhone;
    qint64 number = 0;          // the receipt's number at the station
    QDateTime printedAgainAt;   // a copy printed again, then; invalid: the first
    bool sensitiveData = false; // disability or companion: the consent statement
    QDateTime at;               // when it was made (printed in Taipei time)
    int fee = 0;                // NT$ due (a replacement)
    bool feeWaived = false;
    QString feeWaiver; // why it was waived
};

// Told the readers (and their cards) each time one comes or goes.
using ReadersListener = std::function<void(const QList<ReaderListing> &readers)>;

// The counter's devices as the GUI sees them: the readers and card printers
// present now (hot-plug included), the encoder and printer to produce on, the
// card preview and the receipt printer. The app wires the reader and printing
// libraries behind it. Calls that may block say so; run them off the GUI thread.
class StationDevices {
public:
    virtual ~StationDevices() = default;

    virtual QList<ReaderListing> readers() = 0;
    // Calls `listener` with the readers now, then each time a reader or a card
    // comes or goes, on the devices' own thread (hand the call over to yours).
    // An empty listener stops the calls: none is made once this returns.
    virtual void watchReaders(ReadersListener listener) = 0;
    // Asks each printer for its state: may block on a network printer.
    virtual QList<PrinterListing> printers() = 0;

    // The encoder on `reader` (empty: the only reader) and the printer `name`
    // (empty: the configured default). Their calls block.
    virtual Result<std::unique_ptr<CardEncoder>> openEncoder(const QString &reader) = 0;
    virtual Result<std::unique_ptr<CardPrinter>> openPrinter(const QString &name) = 0;

    virtual Result<FacePreview> preview(const CardFaceRequest &face, double dpi) = 0;
    // Prints on the system printer `printer` (empty: the default), or into a
    // PDF file when `printer` is "pdf:PATH".
    virtual Status printReceipt(const Receipt &receipt, const QString &printer) = 0;
    // The same printers: a batch's hand-over list, as many A4 pages as it needs.
    virtual Status printHandOver(const HandOverList &list, const QString &printer) = 0;
};

} // namespace cc
