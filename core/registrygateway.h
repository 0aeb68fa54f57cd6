#pragma once

#include "core/domain/registryrecord.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <optional>

namespace cc {

// What the registry says about one person: the facts eligibility reads, and
// the name and address the card and the application need.
struct RegistryEntry {
    RegistryRecord facts;
    QString name;
    QString nameLatin;
    QString address;
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

// A registry read from a local fixture: one JSON file holding an array of
// registry records (docs/registry-record.md) that also carry `name`,
// `nameLatin` and `address`, or a folder of such files each holding one record
// or an array. For development, demos and tests.
class FixtureRegistry : public RegistryGateway {
    Q_DECLARE_TR_FUNCTIONS(FixtureRegistry)

public:
    // Errors name the file and the JSON path (`people.json:$[3].birthDate`).
    static Result<std::unique_ptr<FixtureRegistry>> load(const QString &path);

    Result<std::optional<RegistryEntry>> lookup(const QString &nationalId) override;
    qsizetype size() const { return m_entries.size(); }

private:
    Status addFile(const QString &file);
    QHash<QString, RegistryEntry> m_entries; // by normalised ID number
};

} // namespace cc
