#include "core/domain/error.h"

namespace cc {

QString errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ErrorCode::ParseFailed:
        return QStringLiteral("parse-failed");
    case ErrorCode::MissingField:
        return QStringLiteral("missing-field");
    case ErrorCode::WrongType:
        return QStringLiteral("wrong-type");
    case ErrorCode::UnknownKey:
        return QStringLiteral("unknown-key");
    case ErrorCode::BadValue:
        return QStringLiteral("bad-value");
    case ErrorCode::FileNotFound:
        return QStringLiteral("file-not-found");
    case ErrorCode::FileUnreadable:
        return QStringLiteral("file-unreadable");
    case ErrorCode::FileUnwritable:
        return QStringLiteral("file-unwritable");
    case ErrorCode::CryptoFailed:
        return QStringLiteral("crypto-failed");
    case ErrorCode::AuthenticationFailed:
        return QStringLiteral("authentication-failed");
    case ErrorCode::StoreFailed:
        return QStringLiteral("store-failed");
    case ErrorCode::SchemaTooNew:
        return QStringLiteral("schema-too-new");
    case ErrorCode::IntegrityFailed:
        return QStringLiteral("integrity-failed");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already-exists");
    case ErrorCode::NotLoggedIn:
        return QStringLiteral("not-logged-in");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission-denied");
    case ErrorCode::LockedOut:
        return QStringLiteral("locked-out");
    case ErrorCode::WrongState:
        return QStringLiteral("wrong-state");
    case ErrorCode::ServiceUnavailable:
        return QStringLiteral("service-unavailable");
    case ErrorCode::DeviceNotFound:
        return QStringLiteral("device-not-found");
    case ErrorCode::DeviceBusy:
        return QStringLiteral("device-busy");
    case ErrorCode::DeviceTimeout:
        return QStringLiteral("device-timeout");
    case ErrorCode::DeviceFailed:
        return QStringLiteral("device-failed");
    case ErrorCode::NoCard:
        return QStringLiteral("no-card");
    case ErrorCode::CardRemoved:
        return QStringLiteral("card-removed");
    case ErrorCode::WrongCardKind:
        return QStringLiteral("wrong-card-kind");
    case ErrorCode::WrongCardKey:
        return QStringLiteral("wrong-card-key");
    case ErrorCode::CardAlreadyPersonalised:
        return QStringLiteral("card-already-personalised");
    case ErrorCode::CardRefused:
        return QStringLiteral("card-refused");
    case ErrorCode::VerifyFailed:
        return QStringLiteral("verify-failed");
    case ErrorCode::RibbonOut:
        return QStringLiteral("ribbon-out");
    case ErrorCode::FeederEmpty:
        return QStringLiteral("feeder-empty");
    case ErrorCode::CardJam:
        return QStringLiteral("card-jam");
    case ErrorCode::CoverOpen:
        return QStringLiteral("cover-open");
    case ErrorCode::OutOfStock:
        return QStringLiteral("out-of-stock");
    case ErrorCode::NetworkFailed:
        return QStringLiteral("network-failed");
    case ErrorCode::Refused:
        return QStringLiteral("refused");
    }
    return QStringLiteral("unknown");
}

QString Error::toString() const {
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace cc
