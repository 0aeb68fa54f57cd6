#pragma once

#include <QString>

namespace cc {

// Named error codes shared by every module. Codes are stable: they appear in CLI
// JSON output and logs, so add new ones at the end of their group and never reuse.
enum class ErrorCode {
    // Input and parsing
    InvalidArgument,
    ParseFailed,
    MissingField,
    WrongType,
    UnknownKey,
    BadValue,
    // Files and I/O
    FileNotFound,
    FileUnreadable,
    FileUnwritable,
    // Cryptography
    CryptoFailed,         // the library refused an operation (a defect or exhausted memory)
    AuthenticationFailed, // a MAC or AEAD tag did not verify: wrong key or altered data
    // Store, operators and access
    StoreFailed,      // the database refused or failed an operation
    SchemaTooNew,     // the store was written by a newer version of the program
    IntegrityFailed,  // a consistency check found damage (file, chain, numbering)
    NotFound,         // the record asked for does not exist
    AlreadyExists,    // a record with the same identity exists
    NotLoggedIn,      // the operation needs an unlocked session
    PermissionDenied, // the operator's role does not allow the operation
    LockedOut,        // too many failed logins; wait or ask a supervisor
    WrongState,       // the record is not in a state that allows the operation
    OutOfStock,       // no blank cards of the carrier are left in stock
    // Devices: readers, cards and printers
    ServiceUnavailable,      // the device service (pcscd, the spooler) is not running
    DeviceNotFound,          // no device by that name is attached
    DeviceBusy,              // another program holds the device
    DeviceTimeout,           // the device did not answer in time
    DeviceFailed,            // the device or its driver reported a failure
    NoCard,                  // no card is in the reader
    CardRemoved,             // the card left the reader during the operation
    WrongCardKind,           // the card is not the kind the operation needs
    WrongCardKey,            // the card's keys are neither blank nor this city's
    CardAlreadyPersonalised, // the card already carries a valid city record
    CardRefused,             // the card answered a command with an error status
    VerifyFailed,            // reading back did not give what was written
    // Card printers
    RibbonOut,   // the ribbon is used up or missing
    FeederEmpty, // no blank card in the input hopper
    CardJam,     // a card is stuck in the printer's transport
    CoverOpen,   // the printer's cover is open
    // The central service and the network
    NetworkFailed, // the other end could not be reached or the connection broke: retry later
    Refused,       // the other end understood and refused (a certificate, a station, a limit)
};

// Stable lower-case identifier of a code, e.g. "missing-field".
QString errorCodeName(ErrorCode code);

// A failure described for the person who has to act on it: what went wrong
// (message, translated), and where (a JSON path, a file and row, a field name).
struct Error {
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;
    QString where;

    // "where: message", or just the message when there is no place to name.
    QString toString() const;
};

} // namespace cc
