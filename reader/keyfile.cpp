#include "reader/keyfile.h"

#include "core/domain/jsonfields.h"
#include "reader/apdu.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace cc::reader {
namespace {

constexpr char kFormat[] = "citizencard-keyfile";
constexpr int kVersion = 1;
constexpr char kAad[] = "citizencard-keyfile/1";
constexpr std::uint64_t kMaxScryptN = 1u << 20;
constexpr std::uint64_t kMaxScryptMemoryBlocks = 1u << 21; // r·N; 128 bytes each: 256 MiB
constexpr std::uint64_t kMaxScryptWork = 1u << 22;         // N·r·p

const std::array<QLatin1StringView, 5> kPurposeNames = {
    QLatin1StringView("desfire-app-master"), QLatin1StringView("desfire-read"),
    QLatin1StringView("record-mac"), QLatin1StringView("classic-key-a"),
    QLatin1StringView("classic-key-b")};

Error fileError(ErrorCode code, const QString &path, const QString &message) {
    return Error{code, message, path};
}

QByteArray base64(QByteArrayView bytes) {
    return bytes.toByteArray().toBase64();
}

// Wipes a buffer that held key material in clear.
void wipe(QByteArray &bytes) {
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

Status KeyFile::checkSettings(const CardKeySettings &settings) {
    if (settings.aid.size() != 3 || settings.aid == QByteArray(3, '\0'))
        return Error{ErrorCode::BadValue, tr("The application id is 3 bytes and not 000000."),
                     QStringLiteral("aid")};
    if (settings.systemIdentifier.isEmpty() || settings.systemIdentifier.size() > 21)
        return Error{ErrorCode::BadValue, tr("The system identifier is 1 to 21 bytes."),
                     QStringLiteral("systemIdentifier")};
    if (settings.classicSector < 1 || settings.classicSector > 15)
        return Error{ErrorCode::BadValue, tr("The MIFARE Classic sector is 1 to 15."),
                     QStringLiteral("classicSector")};
    return Done{};
}

Status KeyFile::checkScryptParams(const ScryptParams &params) {
    const std::uint64_t n = params.n;
    if (n < 2 || n > kMaxScryptN || (n & (n - 1)) != 0)
        return Error{ErrorCode::BadValue, tr("scrypt N must be a power of two from 2 to 2^20"),
                     QStringLiteral("kdf.n")};
    if (params.r < 1 || params.r > 32)
        return Error{ErrorCode::BadValue, tr("scrypt r must be from 1 to 32"),
                     QStringLiteral("kdf.r")};
    if (params.p < 1 || params.p > 16)
        return Error{ErrorCode::BadValue, tr("scrypt p must be from 1 to 16"),
                     QStringLiteral("kdf.p")};
    if (n * params.r > kMaxScryptMemoryBlocks || n * params.r * params.p > kMaxScryptWork)
        return Error{ErrorCode::BadValue,
                     tr("the scrypt cost N·r·p is too high (at most N·r = 2^21 and N·r·p = 2^22)"),
                     QStringLiteral("kdf")};
    return Done{};
}

Status KeyFile::create(const QString &path, QByteArrayView passphrase,
                       const CardKeySettings &settings, const ScryptParams &params) {
    if (Status valid = checkSettings(settings); !valid)
        return valid;
    if (Status valid = checkScryptParams(params); !valid)
        return valid;
    if (passphrase.size() < 12)
        return Error{ErrorCode::BadValue, tr("A key file passphrase has at least 12 characters."),
                     QStringLiteral("passphrase")};
    if (QFile::exists(path))
        return fileError(ErrorCode::AlreadyExists, path,
                         tr("A file is already there; a key file is never overwritten."));

    QJsonObject masters;
    for (const QLatin1StringView name : kPurposeNames) {
        QByteArray key = Crypto::randomBytes(16);
        masters.insert(name, QString::fromLatin1(key.toHex()));
        wipe(key);
    }
    QJsonObject inner{{QStringLiteral("aid"), QString::fromLatin1(settings.aid.toHex())},
                      {QStringLiteral("systemIdentifier"),
                       QString::fromLatin1(settings.systemIdentifier.toHex())},
                      {QStringLiteral("classicSector"), settings.classicSector},
                      {QStringLiteral("masterKeys"), masters}};
    QByteArray plain = QJsonDocument(inner).toJson(QJsonDocument::Compact);
    masters = {};
    inner = {};

    const QByteArray salt = Crypto::randomBytes(16);
    Result<QByteArray> kek = Crypto::scrypt(passphrase, salt, params, 32);
    if (!kek) {
        wipe(plain);
        return kek.error();
    }
    const SecretKey key = SecretKey::takeFrom(kek.value());
    Result<QByteArray> sealed = Crypto::seal(key.view(), plain, QByteArrayView(kAad));
    wipe(plain);
    if (!sealed)
        return sealed.error();

    const QJsonObject outer{
        {QStringLiteral("format"), QLatin1StringView(kFormat)},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("kdf"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("scrypt")},
                     {QStringLiteral("n"), qint64(params.n)},
                     {QStringLiteral("r"), qint64(params.r)},
                     {QStringLiteral("p"), qint64(params.p)},
                     {QStringLiteral("salt"), QString::fromLatin1(base64(salt))}}},
        {QStringLiteral("sealed"), QString::fromLatin1(base64(sealed.value()))}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(ErrorCode::FileUnwritable, path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(outer).toJson());
    if (!file.commit())
        return fileError(ErrorCode::FileUnwritable, path, file.errorString());
    return Done{};
}

Result<std::unique_ptr<KeyFile>> KeyFile::unlock(const QString &path, QByteArrayView passphrase) {
    QFile file(path);
    if (!file.exists())
        return fileError(ErrorCode::FileNotFound, path, tr("There is no key file here."));
    if (!file.open(QIODevice::ReadOnly))
        return fileError(ErrorCode::FileUnreadable, path, file.errorString());
    Result<QJsonObject> parsed = JsonFields::parseObject(file.readAll());
    if (!parsed)
        return fileError(parsed.error().code, path, parsed.error().toString());

    JsonFields outer(parsed.value());
    outer.requireKeys({QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("kdf"),
                       QStringLiteral("sealed")});
    QString format, sealedText, saltText;
    int version = 0, r = 0, p = 0;
    qint64 n = 0;
    outer.readString(QStringLiteral("format"), format);
    outer.readInt(QStringLiteral("version"), version, 1, 1000);
    outer.readString(QStringLiteral("sealed"), sealedText);
    if (std::optional<JsonFields> kdf = outer.object(QStringLiteral("kdf"))) {
        kdf->requireKeys({QStringLiteral("n"), QStringLiteral("r"), QStringLiteral("p"),
                          QStringLiteral("salt")});
        kdf->readInt(QStringLiteral("r"), r, 1, 32);
        kdf->readInt(QStringLiteral("p"), p, 1, 16);
        kdf->readString(QStringLiteral("salt"), saltText);
        n = parsed->value(QStringLiteral("kdf")).toObject().value(QStringLiteral("n")).toInteger();
        // Checked before any scrypt runs: the cost comes from the file.
        const ScryptParams asked{n > 0 ? std::uint64_t(n) : 0, std::uint32_t(r), std::uint32_t(p)};
        if (Status bounded = checkScryptParams(asked); !kdf->failed() && !bounded)
            kdf->fail(ErrorCode::BadValue,
                      bounded.error().where == u"kdf" ? outer.pathOf(QStringLiteral("kdf"))
                                                      : kdf->pathOf(bounded.error().where.mid(4)),
                      bounded.error().message);
    }
    if (!outer.failed() && format != QLatin1StringView(kFormat))
        outer.fail(ErrorCode::BadValue, outer.pathOf(QStringLiteral("format")),
                   tr("this is not a citizencard key file"));
    if (!outer.failed() && version != kVersion)
        outer.fail(ErrorCode::SchemaTooNew, outer.pathOf(QStringLiteral("version")),
                   tr("key file version %1 is newer than this program understands").arg(version));
    if (outer.failed())
        return fileError(outer.error()->code, path, outer.error()->toString());

    const ScryptParams params{std::uint64_t(n), std::uint32_t(r), std::uint32_t(p)};
    Result<QByteArray> kek =
        Crypto::scrypt(passphrase, QByteArray::fromBase64(saltText.toLatin1()), params, 32);
    if (!kek)
        return kek.error();
    const SecretKey key = SecretKey::takeFrom(kek.value());
    Result<QByteArray> plain = Crypto::open(
        key.view(), QByteArray::fromBase64(sealedText.toLatin1()), QByteArrayView(kAad));
    if (!plain)
        return Error{ErrorCode::AuthenticationFailed,
                     tr("The passphrase is wrong, or the key file was altered."), path};

    Result<QJsonObject> innerObject = JsonFields::parseObject(plain.value());
    wipe(plain.value());
    if (!innerObject)
        return fileError(ErrorCode::IntegrityFailed, path, innerObject.error().toString());
    std::unique_ptr<KeyFile> keys(new KeyFile);
    keys->m_settings.aid =
        QByteArray::fromHex(innerObject->value(QStringLiteral("aid")).toString().toLatin1());
    keys->m_settings.systemIdentifier = QByteArray::fromHex(
        innerObject->value(QStringLiteral("systemIdentifier")).toString().toLatin1());
    keys->m_settings.classicSector = innerObject->value(QStringLiteral("classicSector")).toInt();
    const QJsonObject masters = innerObject->value(QStringLiteral("masterKeys")).toObject();
    for (size_t i = 0; i < kPurposeNames.size(); ++i) {
        QByteArray bytes =
            QByteArray::fromHex(masters.value(kPurposeNames[i]).toString().toLatin1());
        if (bytes.size() != 16) {
            wipe(bytes);
            return fileError(
                ErrorCode::IntegrityFailed, path,
                tr("The master key \"%1\" is missing or not 16 bytes.").arg(kPurposeNames[i]));
        }
        keys->m_masters[i] = SecretKey::takeFrom(bytes);
    }
    innerObject.value() = {};
    if (Status valid = checkSettings(keys->m_settings); !valid)
        return fileError(ErrorCode::IntegrityFailed, path, valid.error().toString());
    return keys;
}

Result<SecretKey> KeyFile::cardKey(KeyPurpose purpose, QByteArrayView uid) const {
    if (isLocked())
        return Error{
            ErrorCode::NotLoggedIn, tr("The card keys are locked; unlock the key file."), {}};
    if (uid.size() != 4 && uid.size() != 7 && uid.size() != 10)
        return Error{ErrorCode::BadValue, tr("A card UID is 4, 7 or 10 bytes."),
                     QStringLiteral("uid")};
    const bool classic = purpose == KeyPurpose::ClassicKeyA || purpose == KeyPurpose::ClassicKeyB;
    QByteArray input = uid.toByteArray();
    input += classic ? octets({'S', char(m_settings.classicSector)}) : m_settings.aid;
    input += m_settings.systemIdentifier;
    input.truncate(31);
    Result<QByteArray> key = Crypto::diversifyAes128(m_masters[size_t(purpose)].view(), input);
    if (!key)
        return key.error();
    if (classic)
        key.value().truncate(6);
    return SecretKey::takeFrom(key.value());
}

void KeyFile::lock() {
    for (SecretKey &key : m_masters)
        key.clear();
}

} // namespace cc::reader
