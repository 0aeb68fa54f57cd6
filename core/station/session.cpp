#include "core/station/session.h"

#include "core/domain/personname.h"

namespace cc {
namespace {

// Separate keys for separate jobs, derived from the one data key.
constexpr char kFieldKeyInfo[] = "citizencard/v1 personal fields";
constexpr char kStationSecretInfo[] = "citizencard/v1 station secrets";
constexpr char kLookupKeyInfo[] = "citizencard/v1 national-id lookup";

Error noDataKey(const QString &username) {
    return Error{ErrorCode::PermissionDenied,
                 Session::tr("This operator has no access to personal data: admins never have "
                             "it, and an operator an admin added gets it when a supervisor "
                             "grants it."),
                 username};
}

} // namespace

Session::Session(qint64 operatorId, QString username, Role role, QString stationId,
                 SecretKey integrityKey, SecretKey dataKey, QByteArrayView keySalt)
    : m_operatorId(operatorId)
    , m_username(std::move(username))
    , m_role(role)
    , m_stationId(std::move(stationId))
    , m_dataKey(std::move(dataKey))
    , m_integrityKey(std::move(integrityKey)) {
    if (m_dataKey.isEmpty())
        return;
    QByteArray field = Crypto::hkdfSha256(m_dataKey.view(), keySalt, kFieldKeyInfo, 32);
    QByteArray lookup = Crypto::hkdfSha256(m_dataKey.view(), keySalt, kLookupKeyInfo, 32);
    m_fieldKey = SecretKey::takeFrom(field);
    m_lookupKey = SecretKey::takeFrom(lookup);
}

Session Session::share() const {
    Session copy;
    copy.m_operatorId = m_operatorId;
    copy.m_username = m_username;
    copy.m_role = m_role;
    copy.m_stationId = m_stationId;
    copy.m_dataKey = SecretKey(m_dataKey.view());
    copy.m_fieldKey = SecretKey(m_fieldKey.view());
    copy.m_lookupKey = SecretKey(m_lookupKey.view());
    copy.m_integrityKey = SecretKey(m_integrityKey.view());
    return copy;
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
        return Error{ErrorCode::PermissionDenied, Roles::refusal(m_role, permission), m_username};
    if (Roles::readsPersonalData(permission) && !holdsPersonalData())
        return noDataKey(m_username);
    return Done{};
}

Result<QByteArray> Session::seal(QByteArrayView plaintext, QByteArrayView aad) const {
    if (!isUnlocked())
        return Error{ErrorCode::NotLoggedIn, tr("Log in first; the station is locked."), {}};
    if (!holdsPersonalData())
        return noDataKey(m_username);
    return Crypto::seal(m_fieldKey.view(), plaintext, aad);
}

Result<Sealer> Session::fieldSealer() const {
    if (!isUnlocked())
        return Error{ErrorCode::NotLoggedIn, tr("Log in first; the station is locked."), {}};
    if (!holdsPersonalData())
        return noDataKey(m_username);
    return Sealer(m_fieldKey.view());
}

Result<QByteArray> Session::open(QByteArrayView sealed, QByteArrayView aad) const {
    if (!isUnlocked())
        return Error{ErrorCode::NotLoggedIn, tr("Log in first; the station is locked."), {}};
    if (!holdsPersonalData())
        return noDataKey(m_username);
    return Crypto::open(m_fieldKey.view(), sealed, aad);
}

SecretKey Session::stationSecretKey() const {
    QByteArray key =
        Crypto::hkdfSha256(m_integrityKey.view(), m_stationId.toUtf8(), kStationSecretInfo, 32);
    return SecretKey::takeFrom(key);
}

Result<QByteArray> Session::sealStationSecret(QByteArrayView plaintext, QByteArrayView aad) const {
    if (!isUnlocked())
        return Error{ErrorCode::NotLoggedIn, tr("Log in first; the station is locked."), {}};
    return Crypto::seal(stationSecretKey().view(), plaintext, aad);
}

Result<QByteArray> Session::openStationSecret(QByteArrayView sealed, QByteArrayView aad) const {
    if (!isUnlocked())
        return Error{ErrorCode::NotLoggedIn, tr("Log in first; the station is locked."), {}};
    return Crypto::open(stationSecretKey().view(), sealed, aad);
}

QByteArray Session::lookupTag(const QString &normalizedId) const {
    if (!holdsPersonalData())
        return {};
    return Crypto::hmacSha256(m_lookupKey.view(), normalizedId.toUtf8());
}

QByteArray Session::nameTag(const QString &name) const {
    const QString key = PersonNames::searchKey(name);
    if (!holdsPersonalData() || key.isEmpty())
        return {};
    const QByteArray message = QByteArray("name\x1f") + key.toUtf8();
    return Crypto::hmacSha256(m_lookupKey.view(), message);
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
