#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace cc {

// A printer's live state as the counter shows it.
enum class PrinterState {
    Ready,         // idle, a card can be started
    Busy,          // printing or moving a card
    CardAtEncoder, // a card waits at the contactless station for the encoder
    Error,         // needs the operator: the reason says what (ribbon out, jam, …)
    Offline,       // cannot be reached
};

struct PrinterStatus {
    PrinterState state = PrinterState::Offline;
    QString reason;                 // translated, for the operator; empty when Ready
    std::optional<ErrorCode> error; // the named error behind Error/Offline, when known
};

// What goes on one card: the face template to use and the values it binds.
// `templatePath` overrides the shipped default for (cardType, carrier). Field
// values are text; dates are ISO (yyyy-MM-dd); `photo` is an image file path.
struct CardFaceRequest {
    QString cardType; // CardTypes::code, e.g. "senior"
    QString carrier;  // Carriers::code, e.g. "easycard"
    QString templatePath;
    QHash<QString, QString> fields;
    // Image fields given as their bytes (the applicant's photo from the
    // store) rather than as a file path in `fields`.
    QHash<QString, QByteArray> images;
};

enum class PrintJobOutcome { Printed, Rejected, Failed };

// The record kept of every print attempt, printed or not.
struct PrintJobRecord {
    QString printer;
    QString jobName; // unique; the spooler's document name
    QString cardNumber;
    PrintJobOutcome outcome = PrintJobOutcome::Failed;
    std::optional<Error> error;
    QDateTime started;
    QDateTime finished;
    QString output; // where a proof wrote its files, empty otherwise

    // A record for printing `face` on `printer`, started now, named
    // "citizencard-<card number>".
    static PrintJobRecord start(const QString &printer, const CardFaceRequest &face);
    // Ends the record: Printed without an error, else Failed.
    void finish(std::optional<Error> failure);
};

// Core's view of a card printer: the printing library implements it for the OS
// spooler, Evolis printers spoken to directly, and proof files. Calls block;
// run them off the GUI thread.
//
// Encode-then-print: parkAtEncoder() feeds a blank card to the contactless
// station (only where hasEncoderStation()), the encoder writes the chip, then
// print() prints that card and ejects it. After a failure, reject() moves the
// card to the reject tray. print() without a parked card feeds one itself.
class CardPrinter {
public:
    virtual ~CardPrinter() = default;

    virtual QString name() const = 0;
    virtual PrinterStatus status() = 0;
    virtual bool hasEncoderStation() const = 0;
    // Whether status() can say a card is parked at the encoder station when
    // this program did not park it (after a restart). A printer whose
    // language has no status command cannot; recovery then asks the encoder
    // whether a card is on its reader.
    virtual bool reportsParkedCard() const { return true; }
    // Checks that `face` binds to its template (every field, the photo
    // readable) without printing: the workflow asks before a card is taken.
    virtual Status checkFace(const CardFaceRequest &face) = 0;

    virtual Status parkAtEncoder() = 0;
    // Prints both faces and ejects the card. On failure the record's outcome is
    // Failed, or Rejected when the printer moved the card to the reject tray.
    virtual PrintJobRecord print(const CardFaceRequest &face) = 0;
    virtual Status reject() = 0;
};

QString printerStateName(PrinterState state);         // "ready", "busy", "card-at-encoder", …
QString printJobOutcomeName(PrintJobOutcome outcome); // "printed", "rejected", "failed"

} // namespace cc
