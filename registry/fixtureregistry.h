#pragma once

#include "core/ports/registrygateway.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace cc {

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
