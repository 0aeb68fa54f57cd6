#include "core/session.h"

namespace cc {
namespace {

// Separate keys for separate jobs, all derived from the one wrapped data key.
constexpr char kFieldKeyInfo[] = "citizencard/v1 personal fields";
constexpr char kLookupKeyInfo[] = "citizencard/v1 national-id lookup";
constexpr char kIntegrityKeyInfo[] = "citizencard/v1 row integrity";

} // namespace

Session::Session(qint64 operatorId, QString username, Role role, QString stationId,
                 SecretKey dataKey, QByteArrayView keySalt)
    : m_operatorId(operatorId)
    , m_username(std::move(username))
    , m_role(role)
    , m_stationId(std::move(stationId))
    , m_dataKey(std::move(dataKey)) {
    QByteArray field = Crypto::hkdfSha256(m_dataKey.view(), keySalt, kFieldKeyInfo, 32);
    QByteArray lookup = Crypto::hkdfSha256(m_dataKey.view(), keySalt, kLookupKeyInfo, 32);
    QByteArray integrity = Crypto::hkdfSha256(m_dataKey.view(), keySalt, kIntegrityKeyInfo, 32);
    m_fieldKey = SecretKey::takeFrom(field);
    m_lookupKey = SecretKey::takeFrom(lookup);
    m_integrityKey = SecretKey::takeFrom(integrity);
}

void Session::lock() {
    m_dataKey.clear();
    m_fieldKey.clear();
    m_lookupKey.clear();
    m_integrityKey.clear();
}

Status Session::require(Permission permission) const {
    if (!isUnlocked())
        return Error{ErrorCode::NotLoggedIn, tr("Log in first; the station is locked."), {}};
    if (!Roles::allows(m_role, permission))
        return Error{ErrorCode::PermissionDenied,
                     tr("The role %1 does not allow this (%2).")
                         .arg(Roles::displayName(m_role), Roles::permissionCode(permission)),
                     m_username};
    return Done{};
}

Result<QByteArray> Session::seal(QByteArrayView plaintext, QByteArrayView aad) const {
    if (!isUnlocked())
        return Error{ErrorCode::NotLoggedIn, tr("Log in first; the station is locked."), {}};
    return Crypto::seal(m_fieldKey.view(), plaintext, aad);
}

Result<QByteArray> Session::open(QByteArrayView sealed, QByteArrayView aad) const {
    if (!isUnlocked())
        return Error{ErrorCode::NotLoggedIn, tr("Log in first; the station is locked."), {}};
    return Crypto::open(m_fieldKey.view(), sealed, aad);
}

QByteArray Session::lookupTag(const QString &normalizedId) const {
    return Crypto::hmacSha256(m_lookupKey.view(), normalizedId.toUtf8());
}

QByteArray Session::integrityTag(QByteArrayView message) const {
    if (!isUnlocked())
        return {};
    return Crypto::hmacSha256(m_integrityKey.view(), message);
}

QByteArray Session::fieldAad(const char *table, qint64 row, const char *column) {
    return QByteArray(table) + '/' + QByteArray::number(row) + '/' + column;
}

} // namespace cc
