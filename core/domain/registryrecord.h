#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

#include <optional>

namespace cc {

enum class SchoolLevel { Elementary, Junior, Senior, University };

class SchoolLevels {
    Q_DECLARE_TR_FUNCTIONS(SchoolLevels)

public:
    static QString code(SchoolLevel level); // "elementary", "junior", "senior", "university"
    static std::optional<SchoolLevel> fromCode(QStringView code);
    static QString displayName(SchoolLevel level);
};

// A residence permit; only the spouse categories can admit a person to a general card.
struct ResidencePermit {
    enum class Category { ForeignSpouse, MainlandSpouse, HongKongMacauSpouse, Other };
    Category category = Category::Other;
    QDate validUntil;

    bool isSpouse() const { return category != Category::Other; }
    static QString categoryCode(Category category);
};

struct DisabilityCertificate {
    QString certificate;
    QDate validUntil; // invalid: the certificate has no end date
    bool companionNeeded = false;
};

struct Enrollment {
    QString school;
    SchoolLevel level = SchoolLevel::Elementary;
    QDate expectedGraduation;
};

// The facts about one person that eligibility reads, as the household registry
// and the welfare and education systems report them (docs/registry-record.md).
struct RegistryRecord {
    QString nationalId; // validated and normalised
    QDate birthDate;
    bool registeredResident = false;
    bool deceased = false;
    bool indigenous = false;
    std::optional<ResidencePermit> residencePermit;
    std::optional<DisabilityCertificate> disability;
    std::optional<Enrollment> enrollment;

    // Unknown keys (such as "name") are ignored; a missing required field or a
    // malformed value is an error naming its JSON path.
    static Result<RegistryRecord> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace cc
