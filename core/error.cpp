#include "core/error.h"

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
    }
    return QStringLiteral("unknown");
}

QString Error::toString() const {
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace cc
