#include "core/ports/registrygateway.h"

#include "core/domain/jsonfields.h"

#include <QJsonDocument>

namespace cc {

QJsonObject RegistryEntry::toJson() const {
    QJsonObject json = facts.toJson();
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("nameLatin"), nameLatin);
    json.insert(QStringLiteral("address"), address);
    return json;
}

Result<RegistryEntry> RegistryEntry::fromJson(const QJsonObject &json, const QString &at) {
    Result<RegistryRecord> facts = RegistryRecord::fromJson(json);
    if (!facts) {
        Error e = facts.error();
        e.where = at + e.where.mid(1); // "$.birthDate" → "$[3].birthDate"
        return e;
    }
    RegistryEntry entry{*facts, {}, {}, {}};
    JsonFields fields(json, at);
    fields.readString(QStringLiteral("name"), entry.name);
    fields.readString(QStringLiteral("nameLatin"), entry.nameLatin);
    fields.readString(QStringLiteral("address"), entry.address);
    if (!fields.failed() && entry.name.trimmed().isEmpty())
        fields.fail(
            ErrorCode::MissingField, fields.pathOf(QStringLiteral("name")),
            QCoreApplication::translate("RegistryEntry", "the card needs the person's name"));
    if (fields.failed())
        return *fields.error();
    return entry;
}

QByteArray RegistryEntry::answerJson(const std::optional<RegistryEntry> &entry) {
    QJsonObject answer{{QStringLiteral("found"), entry.has_value()}};
    if (entry)
        answer.insert(QStringLiteral("entry"), entry->toJson());
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

Result<std::optional<RegistryEntry>> RegistryEntry::fromAnswer(const QByteArray &body) {
    Result<QJsonObject> root = JsonFields::parseObject(body);
    if (!root)
        return root.error();
    const QJsonValue found = root->value(QStringLiteral("found"));
    if (!found.isBool())
        return Error{ErrorCode::MissingField,
                     QCoreApplication::translate("RegistryEntry", "expected \"found\""),
                     QStringLiteral("$.found")};
    if (!found.toBool())
        return std::optional<RegistryEntry>();
    Result<RegistryEntry> entry =
        fromJson(root->value(QStringLiteral("entry")).toObject(), QStringLiteral("$.entry"));
    if (!entry)
        return entry.error();
    return std::optional<RegistryEntry>(std::move(*entry));
}

} // namespace cc
