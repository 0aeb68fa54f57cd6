#include "core/domain/offlineevidence.h"

#include "core/domain/nationalid.h"

#include <QJsonArray>

namespace cc {
namespace {

constexpr DocumentKind kKinds[] = {
    DocumentKind::NationalIdCard,      DocumentKind::HouseholdTranscript,
    DocumentKind::ResidentCertificate, DocumentKind::DisabilityCertificate,
    DocumentKind::StudentId,           DocumentKind::IndigenousRecord,
};

// As the card face has room for it.
constexpr int kSchoolLength = 40;

std::optional<ResidencePermit::Category> permitCategory(const QString &code) {
    for (auto c :
         {ResidencePermit::Category::ForeignSpouse, ResidencePermit::Category::MainlandSpouse,
          ResidencePermit::Category::HongKongMacauSpouse, ResidencePermit::Category::Other})
        if (ResidencePermit::categoryCode(c) == code)
            return c;
    return std::nullopt;
}

} // namespace

QString OfflineEvidence::kindCode(DocumentKind kind) {
    switch (kind) {
    case DocumentKind::NationalIdCard:
        return QStringLiteral("national-id-card");
    case DocumentKind::HouseholdTranscript:
        return QStringLiteral("household-transcript");
    case DocumentKind::ResidentCertificate:
        return QStringLiteral("resident-certificate");
    case DocumentKind::DisabilityCertificate:
        return QStringLiteral("disability-certificate");
    case DocumentKind::StudentId:
        return QStringLiteral("student-id");
    case DocumentKind::IndigenousRecord:
        return QStringLiteral("indigenous-record");
    }
    return {};
}

std::optional<DocumentKind> OfflineEvidence::kindFromCode(QStringView code) {
    for (DocumentKind k : kKinds)
        if (kindCode(k) == code)
            return k;
    return std::nullopt;
}

QString OfflineEvidence::kindName(DocumentKind kind) {
    switch (kind) {
    case DocumentKind::NationalIdCard:
        return tr("National ID card");
    case DocumentKind::HouseholdTranscript:
        return tr("Household registration transcript");
    case DocumentKind::ResidentCertificate:
        return tr("Resident certificate");
    case DocumentKind::DisabilityCertificate:
        return tr("Disability certificate");
    case DocumentKind::StudentId:
        return tr("Student ID");
    case DocumentKind::IndigenousRecord:
        return tr("Indigenous status record");
    }
    return {};
}

QList<OfflineEvidence::DetailChoice> OfflineEvidence::detailChoices(DocumentKind kind) {
    using Category = ResidencePermit::Category;
    switch (kind) {
    case DocumentKind::ResidentCertificate:
        return {{ResidencePermit::categoryCode(Category::ForeignSpouse), tr("Foreign spouse")},
                {ResidencePermit::categoryCode(Category::MainlandSpouse), tr("Mainland spouse")},
                {ResidencePermit::categoryCode(Category::HongKongMacauSpouse),
                 tr("Hong Kong or Macau spouse")},
                {ResidencePermit::categoryCode(Category::Other), tr("Other category")}};
    case DocumentKind::DisabilityCertificate:
        return {{QString(), tr("No companion mark")},
                {QStringLiteral("companion"), tr("Companion needed (marked)")}};
    case DocumentKind::StudentId: {
        QList<DetailChoice> levels;
        for (SchoolLevel level : {SchoolLevel::Elementary, SchoolLevel::Junior, SchoolLevel::Senior,
                                  SchoolLevel::University})
            levels.append({SchoolLevels::code(level), SchoolLevels::displayName(level)});
        return levels;
    }
    case DocumentKind::NationalIdCard:
    case DocumentKind::HouseholdTranscript:
    case DocumentKind::IndigenousRecord:
        break;
    }
    return {};
}

Result<RegistryRecord> OfflineEvidence::toRecord() const {
    const NationalId::Check id = NationalId::check(nationalId);
    if (!id.valid())
        return Error{ErrorCode::BadValue, id.message, QStringLiteral("nationalId")};
    if (!birthDate.isValid())
        return Error{ErrorCode::MissingField, tr("enter the birth date shown on the document"),
                     QStringLiteral("birthDate")};
    if (documents.isEmpty())
        return Error{ErrorCode::MissingField, tr("record at least one document you have seen"),
                     QStringLiteral("documents")};
    RegistryRecord r;
    r.nationalId = id.normalized;
    r.birthDate = birthDate;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const SeenDocument &d = documents.at(i);
        const QString at = QStringLiteral("documents[%1].").arg(i);
        if (d.number.trimmed().isEmpty() && d.kind != DocumentKind::IndigenousRecord)
            return Error{ErrorCode::MissingField, tr("enter the document's number"),
                         at + QStringLiteral("number")};
        switch (d.kind) {
        case DocumentKind::NationalIdCard:
        case DocumentKind::HouseholdTranscript:
            r.registeredResident = true;
            break;
        case DocumentKind::IndigenousRecord:
            r.indigenous = true;
            break;
        case DocumentKind::ResidentCertificate: {
            const auto category = permitCategory(d.detail);
            if (!category)
                return Error{ErrorCode::BadValue, tr("choose the permit's category"),
                             at + QStringLiteral("detail")};
            if (!d.validUntil.isValid())
                return Error{ErrorCode::MissingField, tr("enter the date the permit ends"),
                             at + QStringLiteral("validUntil")};
            r.residencePermit = ResidencePermit{*category, d.validUntil};
            break;
        }
        case DocumentKind::DisabilityCertificate:
            r.disability =
                DisabilityCertificate{d.number.trimmed(), d.validUntil, d.detail == u"companion"};
            break;
        case DocumentKind::StudentId: {
            const auto level = SchoolLevels::fromCode(d.detail);
            if (!level)
                return Error{ErrorCode::BadValue, tr("choose the school level"),
                             at + QStringLiteral("detail")};
            if (!d.validUntil.isValid())
                return Error{ErrorCode::MissingField, tr("enter the expected graduation date"),
                             at + QStringLiteral("validUntil")};
            QString school = d.school.simplified();
            school.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
            if (school.size() > kSchoolLength)
                return Error{ErrorCode::BadValue,
                             tr("keep the school's name to %1 characters").arg(kSchoolLength),
                             at + QStringLiteral("school")};
            r.enrollment = Enrollment{school, *level, d.validUntil};
            break;
        }
        }
    }
    return r;
}

QJsonObject OfflineEvidence::toJson() const {
    QJsonArray docs;
    for (const SeenDocument &d : documents) {
        QJsonObject o{{QStringLiteral("kind"), kindCode(d.kind)},
                      {QStringLiteral("number"), d.number.trimmed()}};
        if (d.issued.isValid())
            o.insert(QStringLiteral("issued"), d.issued.toString(Qt::ISODate));
        if (d.validUntil.isValid())
            o.insert(QStringLiteral("validUntil"), d.validUntil.toString(Qt::ISODate));
        if (!d.detail.isEmpty())
            o.insert(QStringLiteral("detail"), d.detail);
        if (!d.school.isEmpty())
            o.insert(QStringLiteral("school"), d.school);
        docs.append(o);
    }
    return {{QStringLiteral("source"), QStringLiteral("offline-documents")},
            {QStringLiteral("recheckPending"), true},
            {QStringLiteral("documents"), docs}};
}

} // namespace cc
