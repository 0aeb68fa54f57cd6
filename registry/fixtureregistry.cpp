#include "registry/fixtureregistry.h"

#include "core/domain/boundedread.h"
#include "core/domain/nationalid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace cc {

Result<std::unique_ptr<FixtureRegistry>> FixtureRegistry::load(const QString &path) {
    auto registry = std::unique_ptr<FixtureRegistry>(new FixtureRegistry);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::FileNotFound, tr("The registry fixture does not exist."), path};
    QStringList files;
    if (info.isDir()) {
        const QDir dir(path);
        for (const QString &name :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files << dir.filePath(name);
    } else {
        files << path;
    }
    for (const QString &file : files)
        if (Status ok = registry->addFile(file); !ok)
            return ok.error();
    return registry;
}

Status FixtureRegistry::addFile(const QString &file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, f.errorString(), file};
    Result<QByteArray> bytes = readBounded(f, InputLimits::kJsonDocument, file);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{ErrorCode::ParseFailed,
                     tr("not valid JSON at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString()),
                     file};
    QList<std::pair<QString, QJsonObject>> records;
    if (doc.isObject()) {
        records.append({QStringLiteral("$"), doc.object()});
    } else {
        const QJsonArray array = doc.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = QStringLiteral("$[%1]").arg(i);
            if (!array.at(i).isObject())
                return Error{ErrorCode::WrongType, tr("expected an object"), file + u':' + at};
            records.append({at, array.at(i).toObject()});
        }
    }
    for (const auto &[at, json] : records) {
        Result<RegistryEntry> parsed = RegistryEntry::fromJson(json, at);
        if (!parsed) {
            Error e = parsed.error();
            e.where = file + u':' + e.where;
            return e;
        }
        RegistryEntry entry = std::move(*parsed);
        const QString id = entry.facts.nationalId;
        if (m_entries.contains(id))
            return Error{ErrorCode::AlreadyExists, tr("the ID number appears twice"),
                         file + u':' + at + QStringLiteral(".nationalId")};
        m_entries.insert(id, std::move(entry));
    }
    return Done{};
}

Result<std::optional<RegistryEntry>> FixtureRegistry::lookup(const QString &nationalId) {
    const NationalId::Check id = NationalId::check(nationalId);
    if (!id.valid())
        return Error{ErrorCode::BadValue, id.message, QStringLiteral("nationalId")};
    const auto it = m_entries.constFind(id.normalized);
    if (it == m_entries.cend())
        return std::optional<RegistryEntry>{};
    return std::optional<RegistryEntry>{*it};
}

} // namespace cc
