#pragma once

#include "core/domain/registryrecord.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace cc {

// What the registry says about one person: the facts eligibility reads, and
// the name and address the card and the application need.
struct RegistryEntry {
    RegistryRecord facts;
    QString name;
    QString nameLatin;
    QString address;

    // The record's JSON (docs/registry-record.md) with name, nameLatin and
    // address beside the facts. Errors name the JSON path.
    QJsonObject toJson() const;
    static Result<RegistryEntry> fromJson(const QJsonObject &json,
                                          const QString &at = QStringLiteral("$"));
    // POST /v1/registry/lookup's answer: {"found": true, "entry": {…}} or
    // {"found": false}.
    static QByteArray answerJson(const std::optional<RegistryEntry> &entry);
    static Result<std::optional<RegistryEntry>> fromAnswer(const QByteArray &body);
};

// Core's view of the household registry (through the central service when
// online). A lookup may block; run it off the GUI thread.
class RegistryGateway {
public:
    virtual ~RegistryGateway() = default;
    // The person with this (validated) ID number, or nothing when the registry
    // has no such person. An error means the registry could not be asked.
    virtual Result<std::optional<RegistryEntry>> lookup(const QString &nationalId) = 0;
};

} // namespace cc
