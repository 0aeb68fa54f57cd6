#include "core/protocol/enrol.h"

#include "core/domain/jsonfields.h"
#include "core/domain/stationid.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cc {
namespace {

// Reads the named string fields of a bounded JSON object body.
Result<QList<QString>> strings(const QByteArray &body, qsizetype limit, const QStringList &keys) {
    if (body.size() > limit)
        return Error{ErrorCode::BadValue,
                     QCoreApplication::translate("EnrolRequest", "The request is too large."),
                     QStringLiteral("$")};
    Result<QJsonObject> root = JsonFields::parseObject(body);
    if (!root)
        return root.error();
    JsonFields fields(*root);
    fields.requireKeys(keys);
    fields.rejectUnknownKeys(keys);
    QList<QString> values(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        fields.readString(keys[i], values[i]);
    if (fields.failed())
        return *fields.error();
    return values;
}

} // namespace

QByteArray EnrolRequest::toJson() const {
    return QJsonDocument(QJsonObject{{QStringLiteral("station"), station},
                                     {QStringLiteral("code"), code},
                                     {QStringLiteral("csr"), QString::fromLatin1(csr)}})
        .toJson(QJsonDocument::Compact);
}

Result<EnrolRequest> EnrolRequest::fromJson(const QByteArray &body) {
    Result<QList<QString>> v =
        strings(body, kMaxBodyBytes,
                {QStringLiteral("station"), QStringLiteral("code"), QStringLiteral("csr")});
    if (!v)
        return v.error();
    EnrolRequest r{(*v)[0], (*v)[1], (*v)[2].toLatin1()};
    if (!isValidStationId(r.station))
        return Error{ErrorCode::BadValue,
                     QCoreApplication::translate("EnrolRequest", "Not a station ID."),
                     QStringLiteral("$.station")};
    if (r.code.isEmpty() || r.code.size() > 64)
        return Error{ErrorCode::BadValue,
                     QCoreApplication::translate("EnrolRequest", "Not an enrolment code."),
                     QStringLiteral("$.code")};
    return r;
}

QByteArray EnrolAnswer::toJson() const {
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("certificate"), QString::fromLatin1(certificate)},
                   {QStringLiteral("ca"), QString::fromLatin1(ca)},
                   {QStringLiteral("holderKey"), QString::fromLatin1(holderKey.toBase64())}})
        .toJson(QJsonDocument::Compact);
}

Result<EnrolAnswer> EnrolAnswer::fromJson(const QByteArray &body) {
    Result<QList<QString>> v =
        strings(body, 64 * 1024,
                {QStringLiteral("certificate"), QStringLiteral("ca"), QStringLiteral("holderKey")});
    if (!v)
        return v.error();
    const auto key =
        QByteArray::fromBase64Encoding((*v)[2].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!key || key.decoded.size() != kHolderKeySize)
        return Error{ErrorCode::BadValue,
                     QCoreApplication::translate("EnrolRequest", "Not a holder key."),
                     QStringLiteral("$.holderKey")};
    return EnrolAnswer{(*v)[0].toLatin1(), (*v)[1].toLatin1(), key.decoded};
}

} // namespace cc
