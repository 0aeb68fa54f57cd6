#include "core/domain/registryrecord.h"

#include "core/domain/jsonfields.h"
#include "core/domain/nationalid.h"

namespace cc {
namespace {

struct CategoryCode {
    ResidencePermit::Category category;
    const char16_t *code;
};
constexpr CategoryCode kCategories[] = {
    {ResidencePermit::Category::ForeignSpouse, u"foreign-spouse"},
    {ResidencePermit::Category::MainlandSpouse, u"mainland-spouse"},
    {ResidencePermit::Category::HongKongMacauSpouse, u"hk-macau-spouse"},
    {ResidencePermit::Category::Other, u"other"},
};

QStringList categoryCodes() {
    QStringList codes;
    for (const auto &c : kCategories)
        codes << QString::fromUtf16(c.code);
    return codes;
}

// Reads a field holding one of a fixed set of codes.
template<typename T, typename FromCode>
void readCode(JsonFields &fields, const QString &key, T &out, const QStringList &allowed,
              FromCode fromCode) {
    QString code;
    fields.readString(key, code);
    if (fields.failed() || !fields.has(key))
        return;
    if (const std::optional<T> value = fromCode(code))
        out = *value;
    else
        fields.fail(
            ErrorCode::BadValue, fields.pathOf(key),
            SchoolLevels::tr("expected one of: %1").arg(allowed.join(QStringLiteral(", "))));
}

} // namespace

QString SchoolLevels::code(SchoolLevel level) {
    switch (level) {
    case SchoolLevel::Elementary:
        return QStringLiteral("elementary");
    case SchoolLevel::Junior:
        return QStringLiteral("junior");
    case SchoolLevel::Senior:
        return QStringLiteral("senior");
    case SchoolLevel::University:
        return QStringLiteral("university");
    }
    return {};
}

std::optional<SchoolLevel> SchoolLevels::fromCode(QStringView code) {
    for (SchoolLevel level : {SchoolLevel::Elementary, SchoolLevel::Junior, SchoolLevel::Senior,
                              SchoolLevel::University}) {
        if (SchoolLevels::code(level) == code)
            return level;
    }
    return std::nullopt;
}

QString SchoolLevels::displayName(SchoolLevel level) {
    switch (level) {
    case SchoolLevel::Elementary:
        return tr("elementary school");
    case SchoolLevel::Junior:
        return tr("junior high school");
    case SchoolLevel::Senior:
        return tr("senior high school");
    case SchoolLevel::University:
        return tr("university");
    }
    return {};
}

QString ResidencePermit::categoryCode(Category category) {
    for (const auto &c : kCategories) {
        if (c.category == category)
            return QString::fromUtf16(c.code);
    }
    return {};
}

Result<RegistryRecord> RegistryRecord::fromJson(const QJsonObject &json) {
    RegistryRecord record;
    JsonFields fields(json);
    fields.requireKeys({QStringLiteral("nationalId"), QStringLiteral("birthDate"),
                        QStringLiteral("registeredResident")});

    QString id;
    fields.readString(QStringLiteral("nationalId"), id);
    if (!fields.failed()) {
        const NationalId::Check check = NationalId::check(id);
        if (!check.valid())
            fields.fail(ErrorCode::BadValue, fields.pathOf(QStringLiteral("nationalId")),
                        check.message);
        record.nationalId = check.normalized;
    }
    fields.readIsoDate(QStringLiteral("birthDate"), record.birthDate);
    fields.readBool(QStringLiteral("registeredResident"), record.registeredResident);
    fields.readBool(QStringLiteral("deceased"), record.deceased);
    fields.readBool(QStringLiteral("indigenous"), record.indigenous);

    if (auto permit = fields.object(QStringLiteral("residencePermit"))) {
        ResidencePermit p;
        permit->requireKeys({QStringLiteral("category"), QStringLiteral("validUntil")});
        const QStringList allowed = categoryCodes();
        readCode(*permit, QStringLiteral("category"), p.category, allowed,
                 [&allowed](const QString &code) -> std::optional<ResidencePermit::Category> {
                     const qsizetype i = allowed.indexOf(code);
                     if (i < 0)
                         return std::nullopt;
                     return kCategories[i].category;
                 });
        permit->readIsoDate(QStringLiteral("validUntil"), p.validUntil);
        record.residencePermit = p;
    }

    if (auto cert = fields.object(QStringLiteral("disability"))) {
        DisabilityCertificate d;
        cert->requireKeys({QStringLiteral("certificate")});
        cert->readString(QStringLiteral("certificate"), d.certificate);
        if (!cert->failed() && d.certificate.trimmed().isEmpty())
            cert->fail(
                ErrorCode::BadValue, cert->pathOf(QStringLiteral("certificate")),
                QCoreApplication::translate("RegistryRecord", "the certificate number is empty"));
        cert->readIsoDateOrNull(QStringLiteral("validUntil"), d.validUntil);
        cert->readBool(QStringLiteral("companionNeeded"), d.companionNeeded);
        record.disability = d;
    }

    if (auto enrol = fields.object(QStringLiteral("enrollment"))) {
        Enrollment e;
        enrol->requireKeys({QStringLiteral("school"), QStringLiteral("level"),
                            QStringLiteral("expectedGraduation")});
        enrol->readString(QStringLiteral("school"), e.school);
        readCode(*enrol, QStringLiteral("level"), e.level,
                 {QStringLiteral("elementary"), QStringLiteral("junior"), QStringLiteral("senior"),
                  QStringLiteral("university")},
                 [](const QString &code) { return SchoolLevels::fromCode(code); });
        enrol->readIsoDate(QStringLiteral("expectedGraduation"), e.expectedGraduation);
        record.enrollment = e;
    }

    if (fields.failed())
        return *fields.error();
    return record;
}

QJsonObject RegistryRecord::toJson() const {
    QJsonObject json{
        {QStringLiteral("nationalId"), nationalId},
        {QStringLiteral("birthDate"), birthDate.toString(Qt::ISODate)},
        {QStringLiteral("registeredResident"), registeredResident},
        {QStringLiteral("deceased"), deceased},
        {QStringLiteral("indigenous"), indigenous},
    };
    if (residencePermit) {
        json.insert(QStringLiteral("residencePermit"),
                    QJsonObject{{QStringLiteral("category"),
                                 ResidencePermit::categoryCode(residencePermit->category)},
                                {QStringLiteral("validUntil"),
                                 residencePermit->validUntil.toString(Qt::ISODate)}});
    }
    if (disability) {
        json.insert(QStringLiteral("disability"),
                    QJsonObject{{QStringLiteral("certificate"), disability->certificate},
                                {QStringLiteral("validUntil"),
                                 disability->validUntil.isValid()
                                     ? QJsonValue(disability->validUntil.toString(Qt::ISODate))
                                     : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("companionNeeded"), disability->companionNeeded}});
    }
    if (enrollment) {
        json.insert(QStringLiteral("enrollment"),
                    QJsonObject{{QStringLiteral("school"), enrollment->school},
                                {QStringLiteral("level"), SchoolLevels::code(enrollment->level)},
                                {QStringLiteral("expectedGraduation"),
                                 enrollment->expectedGraduation.toString(Qt::ISODate)}});
    }
    return json;
}

} // namespace cc
