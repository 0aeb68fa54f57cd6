#include "core/protocol/preapplication.h"

#include "core/domain/jsonfields.h"
#include "core/domain/nationalid.h"
#include "core/domain/stationid.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace cc {
namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr qsizetype kMaxNameChars = 64;

QString tr(const char *text) {
    return QCoreApplication::translate("PreApplication", text);
}

} // namespace

QByteArray PreApplication::toJson() const {
    QJsonObject o{{QStringLiteral("office"), office},
                  {QStringLiteral("nationalId"), nationalId},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("cardType"), CardTypes::code(cardType)},
                  {QStringLiteral("carrier"), Carriers::code(carrier)},
                  {QStringLiteral("submittedAt"), submittedAt.toUTC().toString(Qt::ISODateWithMs)}};
    if (!code.isEmpty())
        o.insert(QStringLiteral("code"), code);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<PreApplication> PreApplication::fromJson(const QByteArray &body, bool withCode) {
    if (body.size() > kMaxBodyBytes)
        return Error{ErrorCode::BadValue,
                     tr(QT_TRANSLATE_NOOP("PreApplication", "The pre-application is too large.")),
                     QStringLiteral("$")};
    Result<QJsonObject> root = JsonFields::parseObject(body);
    if (!root)
        return root.error();
    QStringList keys{QStringLiteral("office"),  QStringLiteral("nationalId"),
                     QStringLiteral("name"),    QStringLiteral("cardType"),
                     QStringLiteral("carrier"), QStringLiteral("submittedAt")};
    if (withCode)
        keys.append(QStringLiteral("code"));
    JsonFields fields(*root);
    fields.requireKeys(keys);
    fields.rejectUnknownKeys(keys);
    PreApplication p;
    QString type, carrier, at;
    fields.readString(QStringLiteral("office"), p.office);
    fields.readString(QStringLiteral("nationalId"), p.nationalId);
    fields.readString(QStringLiteral("name"), p.name);
    fields.readString(QStringLiteral("cardType"), type);
    fields.readString(QStringLiteral("carrier"), carrier);
    fields.readString(QStringLiteral("submittedAt"), at);
    if (withCode)
        fields.readString(QStringLiteral("code"), p.code);
    if (fields.failed())
        return *fields.error();
    auto bad = [](const char *message, const char *where) {
        return Error{ErrorCode::BadValue, tr(message), QString::fromLatin1(where)};
    };
    if (withCode && normalizedCode(p.code) != p.code)
        return bad(QT_TRANSLATE_NOOP("PreApplication", "Not a pre-application code."), "$.code");
    if (!isValidStationId(p.office))
        return bad(QT_TRANSLATE_NOOP("PreApplication", "Not a station ID."), "$.office");
    const NationalId::Check id = NationalId::check(p.nationalId);
    if (!id.valid() || id.normalized != p.nationalId)
        return bad(QT_TRANSLATE_NOOP("PreApplication", "Not an ID number."), "$.nationalId");
    if (p.name.trimmed().isEmpty() || p.name.size() > kMaxNameChars)
        return bad(QT_TRANSLATE_NOOP("PreApplication", "The name is empty or too long."), "$.name");
    const std::optional<CardType> t = CardTypes::fromCode(type);
    if (!t)
        return bad(QT_TRANSLATE_NOOP("PreApplication", "Not a card type."), "$.cardType");
    p.cardType = *t;
    const std::optional<Carrier> c = Carriers::fromCode(carrier);
    if (!c)
        return bad(QT_TRANSLATE_NOOP("PreApplication", "Not a carrier."), "$.carrier");
    p.carrier = *c;
    p.submittedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!p.submittedAt.isValid() || p.submittedAt.timeSpec() != Qt::UTC)
        return bad(QT_TRANSLATE_NOOP("PreApplication", "Not a UTC time."), "$.submittedAt");
    return p;
}

QString PreApplication::normalizedCode(const QString &text) {
    QString code = text.toUpper();
    code.removeIf([](QChar c) { return c.isSpace() || c.category() == QChar::Punctuation_Dash; });
    if (code.size() != kCodeLength || !code.startsWith(QLatin1String("PA")))
        return {};
    for (qsizetype i = 2; i < code.size(); ++i)
        if (!QLatin1String(kAlphabet).contains(code[i]))
            return {};
    return code;
}

QString PreApplication::newCode() {
    QString code = QStringLiteral("PA");
    for (qsizetype i = 2; i < kCodeLength; ++i)
        code.append(QChar::fromLatin1(kAlphabet[QRandomGenerator::system()->bounded(32)]));
    return code;
}

} // namespace cc
