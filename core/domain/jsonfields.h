#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace cc {

// Counts by code as a JSON object: {"senior": 3, "general": 2}.
template<typename Map> QJsonObject countsJson(const Map &counts) {
    QJsonObject out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.insert(it.key(), qint64(it.value()));
    return out;
}

// Reads typed fields from one JSON object and reports the first problem with its
// JSON path ("$.senior.minAge: expected a whole number"). Absent or null fields
// leave the caller's value unchanged unless required. Reads after the first
// error are ignored, so a caller reads everything and checks error() once.
// Nested readers from object() report into the same error slot as their root.
class JsonFields {
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    explicit JsonFields(QJsonObject object, QString path = QStringLiteral("$"));

    const QString &path() const { return m_path; }
    QString pathOf(const QString &key) const;
    bool has(const QString &key) const; // present and not null

    void requireKeys(const QStringList &keys);
    void rejectUnknownKeys(const QStringList &known);

    void readBool(const QString &key, bool &out);
    void readInt(const QString &key, int &out, int min, int max);
    void readNumber(const QString &key, double &out, double min, double max);
    void readString(const QString &key, QString &out);
    void readIsoDate(const QString &key, QDate &out);
    // A date or an explicit null (stored as an invalid QDate).
    void readIsoDateOrNull(const QString &key, QDate &out);
    void readStringList(const QString &key, QStringList &out);
    // The nested object, or nullopt when absent, null, or of the wrong type.
    std::optional<JsonFields> object(const QString &key);
    // Each object of an array ("$.front.elements[2]"); empty when absent.
    std::vector<JsonFields> objectList(const QString &key);

    void fail(ErrorCode code, const QString &where, const QString &message);
    bool failed() const { return m_error->has_value(); }
    const std::optional<Error> &error() const { return *m_error; }

    // Parses a whole document that must be a JSON object.
    static Result<QJsonObject> parseObject(const QByteArray &bytes);

private:
    JsonFields(QJsonObject object, QString path, std::shared_ptr<std::optional<Error>> slot);
    // The value of `key` when present and of `type`; records a type error otherwise.
    std::optional<QJsonValue> typed(const QString &key, QJsonValue::Type type,
                                    const QString &expected);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<std::optional<Error>> m_error;
};

} // namespace cc
