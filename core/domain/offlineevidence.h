#pragma once

#include "core/domain/registryrecord.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace cc {

// A document the clerk has seen, recorded when the registry cannot be asked.
enum class DocumentKind {
    NationalIdCard,        // 國民身分證: birth date; household address in the city
    HouseholdTranscript,   // 戶籍謄本: household registration in the city
    ResidentCertificate,   // 居留證: a residence permit; `detail` is its category code
    DisabilityCertificate, // 身心障礙證明: `detail` "companion" when it carries the mark
    StudentId,             // 學生證: `detail` is the school level code; validUntil is the
                           // expected graduation
    IndigenousRecord,      // 原住民身分 noted in the household transcript
};

struct SeenDocument {
    DocumentKind kind = DocumentKind::NationalIdCard;
    QString number;
    QDate issued;
    QDate validUntil; // invalid when the document has none
    QString detail;
    QString school; // StudentId only
};

// The offline path: eligibility computed from the documents the clerk saw
// (docs/domain.md, "Offline and sync"). The application is marked "offline,
// re-check pending" and re-checked against the registry on sync.
struct OfflineEvidence {
    Q_DECLARE_TR_FUNCTIONS(OfflineEvidence)

public:
    QString nationalId;
    QDate birthDate;
    QList<SeenDocument> documents;

    // The registry facts these documents establish. Errors name the field:
    // "documents[2].number".
    Result<RegistryRecord> toRecord() const;
    // What the application keeps (sealed): every document, and the marker.
    QJsonObject toJson() const;

    static QString kindCode(DocumentKind kind);
    static std::optional<DocumentKind> kindFromCode(QStringView code);
    static QString kindName(DocumentKind kind); // translated

    // The values a document's `detail` may take, in the clerk's words; empty for a
    // kind that has none. The first is the default.
    struct DetailChoice {
        QString code;
        QString name;
    };
    static QList<DetailChoice> detailChoices(DocumentKind kind);
};

} // namespace cc
