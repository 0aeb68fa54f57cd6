#include "reader/pcsc.h"

#include <array>

namespace cc::reader {
namespace {

struct Entry {
    LONG rv;
    const char *name;
    ErrorCode code;
    const char *message;
};

// Every code pcsc-lite 1.9 and WinSCard define, with what it means at a counter.
const std::array kEntries = std::to_array<Entry>({
    {LONG(SCARD_F_INTERNAL_ERROR), "SCARD_F_INTERNAL_ERROR", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The smart card service had an internal error.")},
    {LONG(SCARD_E_CANCELLED), "SCARD_E_CANCELLED", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The operation was cancelled.")},
    {LONG(SCARD_E_INVALID_HANDLE), "SCARD_E_INVALID_HANDLE", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The connection to the smart card service is no longer valid.")},
    {LONG(SCARD_E_INVALID_PARAMETER), "SCARD_E_INVALID_PARAMETER", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The smart card service refused a parameter.")},
    {LONG(SCARD_E_INVALID_TARGET), "SCARD_E_INVALID_TARGET", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The reader's start-up information is inconsistent.")},
    {LONG(SCARD_E_NO_MEMORY), "SCARD_E_NO_MEMORY", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The smart card service ran out of memory.")},
    {LONG(SCARD_F_WAITED_TOO_LONG), "SCARD_F_WAITED_TOO_LONG", ErrorCode::DeviceTimeout,
     QT_TRANSLATE_NOOP("Pcsc", "The smart card service waited too long for the reader.")},
    {LONG(SCARD_E_INSUFFICIENT_BUFFER), "SCARD_E_INSUFFICIENT_BUFFER", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The card's answer was larger than expected.")},
    {LONG(SCARD_E_UNKNOWN_READER), "SCARD_E_UNKNOWN_READER", ErrorCode::DeviceNotFound,
     QT_TRANSLATE_NOOP("Pcsc",
                       "There is no reader by that name. Check the cable and the reader list.")},
    {LONG(SCARD_E_TIMEOUT), "SCARD_E_TIMEOUT", ErrorCode::DeviceTimeout,
     QT_TRANSLATE_NOOP("Pcsc", "The reader did not answer in time.")},
    {LONG(SCARD_E_SHARING_VIOLATION), "SCARD_E_SHARING_VIOLATION", ErrorCode::DeviceBusy,
     QT_TRANSLATE_NOOP("Pcsc", "Another program is using the card. Close it and try again.")},
    {LONG(SCARD_E_NO_SMARTCARD), "SCARD_E_NO_SMARTCARD", ErrorCode::NoCard,
     QT_TRANSLATE_NOOP("Pcsc", "There is no card on the reader. Place the card and try again.")},
    {LONG(SCARD_E_UNKNOWN_CARD), "SCARD_E_UNKNOWN_CARD", ErrorCode::WrongCardKind,
     QT_TRANSLATE_NOOP("Pcsc", "The card is of a kind the reader does not know.")},
    {LONG(SCARD_E_CANT_DISPOSE), "SCARD_E_CANT_DISPOSE", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The reader could not release the card.")},
    {LONG(SCARD_E_PROTO_MISMATCH), "SCARD_E_PROTO_MISMATCH", ErrorCode::WrongCardKind,
     QT_TRANSLATE_NOOP("Pcsc", "The card does not speak a protocol the reader offers.")},
    {LONG(SCARD_E_NOT_READY), "SCARD_E_NOT_READY", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The reader or the card is not ready.")},
    {LONG(SCARD_E_INVALID_VALUE), "SCARD_E_INVALID_VALUE", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The smart card service refused a value.")},
    {LONG(SCARD_E_SYSTEM_CANCELLED), "SCARD_E_SYSTEM_CANCELLED", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The system cancelled the operation (log-off or shutdown).")},
    {LONG(SCARD_F_COMM_ERROR), "SCARD_F_COMM_ERROR", ErrorCode::ServiceUnavailable,
     QT_TRANSLATE_NOOP("Pcsc", "The connection to the smart card service (pcscd) broke.")},
    {LONG(SCARD_F_UNKNOWN_ERROR), "SCARD_F_UNKNOWN_ERROR", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The smart card service reported an unknown error.")},
    {LONG(SCARD_E_INVALID_ATR), "SCARD_E_INVALID_ATR", ErrorCode::WrongCardKind,
     QT_TRANSLATE_NOOP("Pcsc", "The card's answer to reset is not valid.")},
    {LONG(SCARD_E_NOT_TRANSACTED), "SCARD_E_NOT_TRANSACTED", ErrorCode::CardRemoved,
     QT_TRANSLATE_NOOP("Pcsc", "The card stopped answering (was it moved off the reader?).")},
    {LONG(SCARD_E_READER_UNAVAILABLE), "SCARD_E_READER_UNAVAILABLE", ErrorCode::DeviceNotFound,
     QT_TRANSLATE_NOOP("Pcsc", "The reader is not available. Check its cable.")},
    {LONG(SCARD_P_SHUTDOWN), "SCARD_P_SHUTDOWN", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The operation stopped because the program is shutting down.")},
    {LONG(SCARD_E_PCI_TOO_SMALL), "SCARD_E_PCI_TOO_SMALL", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The protocol control buffer was too small.")},
    {LONG(SCARD_E_READER_UNSUPPORTED), "SCARD_E_READER_UNSUPPORTED", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The reader's driver does not support what was asked.")},
    {LONG(SCARD_E_DUPLICATE_READER), "SCARD_E_DUPLICATE_READER", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "Two readers have the same name.")},
    {LONG(SCARD_E_CARD_UNSUPPORTED), "SCARD_E_CARD_UNSUPPORTED", ErrorCode::WrongCardKind,
     QT_TRANSLATE_NOOP("Pcsc", "The card is not supported.")},
    {LONG(SCARD_E_NO_SERVICE), "SCARD_E_NO_SERVICE", ErrorCode::ServiceUnavailable,
     QT_TRANSLATE_NOOP("Pcsc",
                       "The smart card service (pcscd) is not running. Start it, or ask IT.")},
    {LONG(SCARD_E_SERVICE_STOPPED), "SCARD_E_SERVICE_STOPPED", ErrorCode::ServiceUnavailable,
     QT_TRANSLATE_NOOP("Pcsc", "The smart card service (pcscd) stopped.")},
    {LONG(SCARD_E_UNEXPECTED), "SCARD_E_UNEXPECTED", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The smart card service reported an unexpected failure.")},
    {LONG(SCARD_E_ICC_INSTALLATION), "SCARD_E_ICC_INSTALLATION", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "No primary provider is installed for the card.")},
    {LONG(SCARD_E_ICC_CREATEORDER), "SCARD_E_ICC_CREATEORDER", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The requested object creation order is not supported.")},
    {LONG(SCARD_E_DIR_NOT_FOUND), "SCARD_E_DIR_NOT_FOUND", ErrorCode::CardRefused,
     QT_TRANSLATE_NOOP("Pcsc", "The card has no such directory.")},
    {LONG(SCARD_E_FILE_NOT_FOUND), "SCARD_E_FILE_NOT_FOUND", ErrorCode::CardRefused,
     QT_TRANSLATE_NOOP("Pcsc", "The card has no such file.")},
    {LONG(SCARD_E_NO_DIR), "SCARD_E_NO_DIR", ErrorCode::CardRefused,
     QT_TRANSLATE_NOOP("Pcsc", "The path is not a directory.")},
    {LONG(SCARD_E_NO_FILE), "SCARD_E_NO_FILE", ErrorCode::CardRefused,
     QT_TRANSLATE_NOOP("Pcsc", "The path is not a file.")},
    {LONG(SCARD_E_NO_ACCESS), "SCARD_E_NO_ACCESS", ErrorCode::PermissionDenied,
     QT_TRANSLATE_NOOP("Pcsc", "Access to the file is denied.")},
    {LONG(SCARD_E_WRITE_TOO_MANY), "SCARD_E_WRITE_TOO_MANY", ErrorCode::CardRefused,
     QT_TRANSLATE_NOOP("Pcsc", "The card is full.")},
    {LONG(SCARD_E_BAD_SEEK), "SCARD_E_BAD_SEEK", ErrorCode::CardRefused,
     QT_TRANSLATE_NOOP("Pcsc", "The card could not move its file pointer.")},
    {LONG(SCARD_E_INVALID_CHV), "SCARD_E_INVALID_CHV", ErrorCode::AuthenticationFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The PIN is wrong.")},
    {LONG(SCARD_E_UNKNOWN_RES_MNG), "SCARD_E_UNKNOWN_RES_MNG", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The resource manager returned an unknown error.")},
    {LONG(SCARD_E_NO_SUCH_CERTIFICATE), "SCARD_E_NO_SUCH_CERTIFICATE", ErrorCode::CardRefused,
     QT_TRANSLATE_NOOP("Pcsc", "The card has no such certificate.")},
    {LONG(SCARD_E_CERTIFICATE_UNAVAILABLE), "SCARD_E_CERTIFICATE_UNAVAILABLE",
     ErrorCode::CardRefused, QT_TRANSLATE_NOOP("Pcsc", "The certificate could not be read.")},
    {LONG(SCARD_E_NO_READERS_AVAILABLE), "SCARD_E_NO_READERS_AVAILABLE", ErrorCode::DeviceNotFound,
     QT_TRANSLATE_NOOP("Pcsc", "No card reader is connected. Plug in the reader or card printer.")},
    {LONG(SCARD_E_COMM_DATA_LOST), "SCARD_E_COMM_DATA_LOST", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "Data was lost talking to the card. Try again.")},
    {LONG(SCARD_E_NO_KEY_CONTAINER), "SCARD_E_NO_KEY_CONTAINER", ErrorCode::CardRefused,
     QT_TRANSLATE_NOOP("Pcsc", "The key container does not exist.")},
    {LONG(SCARD_E_SERVER_TOO_BUSY), "SCARD_E_SERVER_TOO_BUSY", ErrorCode::DeviceBusy,
     QT_TRANSLATE_NOOP("Pcsc", "The smart card service is too busy. Try again.")},
    {LONG(SCARD_W_UNSUPPORTED_CARD), "SCARD_W_UNSUPPORTED_CARD", ErrorCode::WrongCardKind,
     QT_TRANSLATE_NOOP("Pcsc", "The reader cannot talk to this card.")},
    {LONG(SCARD_W_UNRESPONSIVE_CARD), "SCARD_W_UNRESPONSIVE_CARD", ErrorCode::WrongCardKind,
     QT_TRANSLATE_NOOP("Pcsc", "The card does not answer. Place it flat on the reader.")},
    {LONG(SCARD_W_UNPOWERED_CARD), "SCARD_W_UNPOWERED_CARD", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The card is not powered.")},
    {LONG(SCARD_W_RESET_CARD), "SCARD_W_RESET_CARD", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The card was reset by another program.")},
    {LONG(SCARD_W_REMOVED_CARD), "SCARD_W_REMOVED_CARD", ErrorCode::CardRemoved,
     QT_TRANSLATE_NOOP("Pcsc", "The card was removed from the reader.")},
    {LONG(SCARD_W_SECURITY_VIOLATION), "SCARD_W_SECURITY_VIOLATION", ErrorCode::PermissionDenied,
     QT_TRANSLATE_NOOP("Pcsc", "Access was denied for security reasons.")},
    {LONG(SCARD_W_WRONG_CHV), "SCARD_W_WRONG_CHV", ErrorCode::AuthenticationFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The PIN was wrong.")},
    {LONG(SCARD_W_CHV_BLOCKED), "SCARD_W_CHV_BLOCKED", ErrorCode::LockedOut,
     QT_TRANSLATE_NOOP("Pcsc", "The PIN is blocked.")},
    {LONG(SCARD_W_EOF), "SCARD_W_EOF", ErrorCode::CardRefused,
     QT_TRANSLATE_NOOP("Pcsc", "The end of the card's file was reached.")},
    {LONG(SCARD_W_CANCELLED_BY_USER), "SCARD_W_CANCELLED_BY_USER", ErrorCode::DeviceFailed,
     QT_TRANSLATE_NOOP("Pcsc", "The user cancelled.")},
    {LONG(SCARD_W_CARD_NOT_AUTHENTICATED), "SCARD_W_CARD_NOT_AUTHENTICATED",
     ErrorCode::AuthenticationFailed, QT_TRANSLATE_NOOP("Pcsc", "No PIN was given.")},
});

const Entry *find(LONG rv) {
    for (const Entry &entry : kEntries)
        if (entry.rv == rv)
            return &entry;
    return nullptr;
}

} // namespace

QString Pcsc::codeName(LONG rv) {
    if (const Entry *entry = find(rv))
        return QString::fromLatin1(entry->name);
    return QStringLiteral("0x%1").arg(quint32(rv), 8, 16, QLatin1Char('0'));
}

Error Pcsc::error(LONG rv, const QString &where) {
    const Entry *entry = find(rv);
    const QString message =
        entry ? tr(entry->message)
              : tr("The smart card service failed with code %1.").arg(codeName(rv));
    return Error{entry ? entry->code : ErrorCode::DeviceFailed,
                 message + QStringLiteral(" (") + codeName(rv) + u')', where};
}

} // namespace cc::reader
