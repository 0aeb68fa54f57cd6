#include "core/domain/jsonfields.h"

#include "core/domain/rocdate.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace cc {

JsonFields::JsonFields(QJsonObject object, QString path)
    : JsonFields(std::move(object), std::move(path), std::make_shared<std::optional<Error>>()) {}

JsonFields::JsonFields(QJsonObject object, QString path, std::shared_ptr<std::optional<Error>> slot)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_error(std::move(slot)) {}

QString JsonFields::pathOf(const QString &key) const {
    return m_path + u'.' + key;
}

bool JsonFields::has(const QString &key) const {
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it->isNull();
}

void JsonFields::fail(ErrorCode code, const QString &where, const QString &message) {
    if (!failed())
        *m_error = Error{code, message, where};
}

void JsonFields::requireKeys(const QStringList &keys) {
    for (const QString &key : keys) {
        if (!has(key))
            fail(ErrorCode::MissingField, pathOf(key), tr("this field is required"));
    }
}

void JsonFields::rejectUnknownKeys(const QStringList &known) {
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            fail(ErrorCode::UnknownKey, pathOf(it.key()),
                 tr("unknown key; expected one of: %1").arg(known.join(QStringLiteral(", "))));
        }
    }
}

std::optional<QJsonValue> JsonFields::typed(const QString &key, QJsonValue::Type type,
                                            const QString &expected) {
    if (failed() || !has(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (value.type() != type) {
        fail(ErrorCode::WrongType, pathOf(key), expected);
        return std::nullopt;
    }
    return value;
}

void JsonFields::readBool(const QString &key, bool &out) {
    if (auto v = typed(key, QJsonValue::Bool, tr("expected true or false")))
        out = v->toBool();
}

void JsonFields::readInt(const QString &key, int &out, int min, int max) {
    auto v = typed(key, QJsonValue::Double, tr("expected a whole number"));
    if (!v)
        return;
    const double d = v->toDouble();
    if (d != std::floor(d)) {
        fail(ErrorCode::WrongType, pathOf(key), tr("expected a whole number"));
    } else if (d < min || d > max) {
        fail(ErrorCode::BadValue, pathOf(key), tr("must be between %1 and %2").arg(min).arg(max));
    } else {
        out = static_cast<int>(d);
    }
}

void JsonFields::readNumber(const QString &key, double &out, double min, double max) {
    auto v = typed(key, QJsonValue::Double, tr("expected a number"));
    if (!v)
        return;
    const double d = v->toDouble();
    if (d < min || d > max)
        fail(ErrorCode::BadValue, pathOf(key), tr("must be between %1 and %2").arg(min).arg(max));
    else
        out = d;
}

void JsonFields::readString(const QString &key, QString &out) {
    if (auto v = typed(key, QJsonValue::String, tr("expected a string")))
        out = v->toString();
}

void JsonFields::readIsoDate(const QString &key, QDate &out) {
    auto v = typed(key, QJsonValue::String, tr("expected a date as a string YYYY-MM-DD"));
    if (!v)
        return;
    Result<QDate> date = RocDate::parseIso(v->toString());
    if (!date)
        fail(ErrorCode::BadValue, pathOf(key), date.error().message);
    else
        out = *date;
}

void JsonFields::readIsoDateOrNull(const QString &key, QDate &out) {
    if (m_object.contains(key) && m_object.value(key).isNull())
        out = QDate();
    else
        readIsoDate(key, out);
}

void JsonFields::readStringList(const QString &key, QStringList &out) {
    auto v = typed(key, QJsonValue::Array, tr("expected a list of strings"));
    if (!v)
        return;
    QStringList list;
    const QJsonArray array = v->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            fail(ErrorCode::WrongType, QStringLiteral("%1[%2]").arg(pathOf(key)).arg(i),
                 tr("expected a string"));
            return;
        }
        list.append(array.at(i).toString());
    }
    out = list;
}

std::optional<JsonFields> JsonFields::object(const QString &key) {
    auto v = typed(key, QJsonValue::Object, tr("expected an object"));
    if (!v)
        return std::nullopt;
    return JsonFields(v->toObject(), pathOf(key), m_error);
}

std::vector<JsonFields> JsonFields::objectList(const QString &key) {
    std::vector<JsonFields> list;
    auto v = typed(key, QJsonValue::Array, tr("expected a list of objects"));
    if (!v)
        return list;
    const QJsonArray array = v->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(pathOf(key)).arg(i);
        if (!array.at(i).isObject()) {
            fail(ErrorCode::WrongType, path, tr("expected an object"));
            return {};
        }
        list.push_back(JsonFields(array.at(i).toObject(), path, m_error));
    }
    return list;
}

Result<QJsonObject> JsonFields::parseObject(const QByteArray &bytes) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{ErrorCode::ParseFailed,
                     tr("not valid JSON at byte %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString()),
                     QStringLiteral("$")};
    }
    if (!doc.isObject())
        return Error{ErrorCode::WrongType, tr("expected a JSON object"), QStringLiteral("$")};
    return doc.object();
}

} // namespace cc
