#pragma once

#include "core/domain/cardstatus.h"
#include "core/domain/cardtype.h"
#include "core/domain/registryrecord.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace cc {

// Every policy value of docs/domain.md. The shipped default lives in a resource
// (core/domain/resources/default-policy.json); a city overrides any subset of it with a
// file of the same shape (docs/eligibility-policy.md).
struct EligibilityPolicy {
    Q_DECLARE_TR_FUNCTIONS(EligibilityPolicy)

public:
    struct General {
        int minAge = 0;
        bool admitSpouses = false;
        bool admitUniversityStudents = false;
    } general;
    struct Student {
        QList<SchoolLevel> levels;
        int graceDays = 0; // card validity after expected graduation
    } student;
    struct Senior {
        int minAge = 0;
        int indigenousMinAge = 0;
    } senior;
    QList<CardType> priority; // the four personal types, most preferred first
    struct Fees {             // NT$
        int replacementLost = 0;
        int replacementDamaged = 0;
        int forReplacement(ReplacementReason reason) const {
            return reason == ReplacementReason::Lost ? replacementLost : replacementDamaged;
        }
    } fees;
    // How long an enrolled station may go on issuing without reaching the
    // central service, and how many events may wait unsent.
    struct Offline {
        int maxDays = 0;
        int maxUnsentEvents = 0;
    } offline;
    // When the station's reports warn that blank cards run low, per carrier:
    // at or below `lowWarning` cards on hand, or `lowWarningDays` of stock
    // left at the period's rate of use.
    struct Stock {
        int lowWarning = 0;
        int lowWarningDays = 0;
    } stock;

    static EligibilityPolicy defaults();
    // `json` overrides the values it names in `base`; unknown keys, wrong types and
    // bad values are errors naming the JSON path.
    static Result<EligibilityPolicy> fromJson(const QJsonObject &json,
                                              const EligibilityPolicy &base);
    // The defaults overridden by the file at `path`.
    static Result<EligibilityPolicy> loadFile(const QString &path);
    // The same from a policy document's bytes (bounded); errors name
    // `where` and the JSON path.
    static Result<EligibilityPolicy> fromBytes(const QByteArray &bytes, const QString &where);

    QJsonObject toJson() const;
};

} // namespace cc
