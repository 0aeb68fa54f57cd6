#include "core/domain/eligibility.h"

#include "core/domain/rocdate.h"

#include <QJsonArray>

namespace cc {
namespace {

QJsonValue isoOrNull(const QDate &date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

EligibilityDecision decide(CardType type, QList<EligibilityReason> reasons) {
    EligibilityDecision d;
    d.type = type;
    d.reasons = std::move(reasons);
    d.eligible = std::all_of(d.reasons.cbegin(), d.reasons.cend(),
                             [](const EligibilityReason &r) { return r.passed; });
    return d;
}

EligibilityReason alive(const RegistryRecord &r) {
    return {QStringLiteral("alive"), !r.deceased,
            QJsonObject{{QStringLiteral("deceased"), r.deceased}},
            r.deceased ? EligibilityEvaluator::tr("recorded as deceased in the registry")
                       : EligibilityEvaluator::tr("not recorded as deceased")};
}

EligibilityReason resident(const RegistryRecord &r) {
    return {QStringLiteral("registeredResident"), r.registeredResident,
            QJsonObject{{QStringLiteral("registeredResident"), r.registeredResident}},
            r.registeredResident
                ? EligibilityEvaluator::tr("registered resident of the city")
                : EligibilityEvaluator::tr(
                      "not a registered resident of the city (never registered or moved out)")};
}

bool enrolledOn(const RegistryRecord &r, const QDate &on) {
    return r.enrollment && on <= r.enrollment->expectedGraduation;
}

} // namespace

EligibilityEvaluator::EligibilityEvaluator(EligibilityPolicy policy)
    : m_policy(std::move(policy)) {}

Status EligibilityEvaluator::checkFacts(const RegistryRecord &record, const QDate &on) {
    if (!on.isValid() || on.year() < RocDate::kMinYear || on.year() > RocDate::kMaxYear)
        return Error{ErrorCode::BadValue,
                     tr("the application date %1 is outside the years this program handles "
                        "(%2–%3)")
                         .arg(on.toString(Qt::ISODate))
                         .arg(RocDate::kMinYear)
                         .arg(RocDate::kMaxYear),
                     QStringLiteral("applicationDate")};
    if (!record.birthDate.isValid() || !on.isValid() || record.birthDate > on)
        return Error{ErrorCode::BadValue,
                     tr("the birth date %1 is after the application date %2")
                         .arg(record.birthDate.toString(Qt::ISODate), on.toString(Qt::ISODate)),
                     QStringLiteral("birthDate")};
    return Done{};
}

EligibilityResult EligibilityEvaluator::evaluate(const RegistryRecord &record,
                                                 const QDate &on) const {
    EligibilityResult result;
    result.on = on;
    if (Status plausible = checkFacts(record, on); !plausible) {
        for (CardType type : kAllCardTypes)
            result.decisions.push_back(
                {type,
                 false,
                 {{QStringLiteral("plausibleFacts"), false, {}, plausible.error().message}},
                 {}});
        return result;
    }
    const int age = ageOn(record.birthDate, on);
    const EligibilityDecision disabilityDecision = disability(record, on);
    result.decisions = {general(record, on, age), student(record, on), senior(record, age),
                        disabilityDecision, companion(record, disabilityDecision)};
    for (CardType type : m_policy.priority) {
        if (result.decision(type).eligible) {
            result.assigned = type;
            break;
        }
    }
    return result;
}

EligibilityDecision EligibilityEvaluator::general(const RegistryRecord &r, const QDate &on,
                                                  int age) const {
    const int minAge = m_policy.general.minAge;
    EligibilityReason ageReason{
        QStringLiteral("minimumAge"), age >= minAge,
        QJsonObject{{QStringLiteral("birthDate"), r.birthDate.toString(Qt::ISODate)},
                    {QStringLiteral("age"), age},
                    {QStringLiteral("minAge"), minAge}},
        tr("aged %1 on %2; general cards start at %3")
            .arg(age)
            .arg(RocDate::formatShort(on))
            .arg(minAge)};

    const bool permitValid =
        r.residencePermit && r.residencePermit->isSpouse() && on <= r.residencePermit->validUntil;
    const bool university = enrolledOn(r, on) && r.enrollment->level == SchoolLevel::University;
    const bool bySpouse = m_policy.general.admitSpouses && permitValid;
    const bool byUniversity = m_policy.general.admitUniversityStudents && university;

    QString basis;
    if (r.registeredResident)
        basis = tr("registered resident of the city");
    else if (bySpouse)
        basis = tr("spouse of a resident with a residence permit valid until %1")
                    .arg(RocDate::formatShort(r.residencePermit->validUntil));
    else if (byUniversity)
        basis = tr("enrolled at a university in the city until %1")
                    .arg(RocDate::formatShort(r.enrollment->expectedGraduation));
    else
        basis = tr("not a registered resident, and no spouse residence permit or university "
                   "enrolment that the policy admits");
    EligibilityReason basisReason{
        QStringLiteral("residencyBasis"), r.registeredResident || bySpouse || byUniversity,
        QJsonObject{
            {QStringLiteral("registeredResident"), r.registeredResident},
            {QStringLiteral("spousePermitValid"), permitValid},
            {QStringLiteral("admitSpouses"), m_policy.general.admitSpouses},
            {QStringLiteral("universityEnrolled"), university},
            {QStringLiteral("admitUniversityStudents"), m_policy.general.admitUniversityStudents}},
        basis};

    return decide(CardType::General, {alive(r), ageReason, basisReason});
}

EligibilityDecision EligibilityEvaluator::student(const RegistryRecord &r, const QDate &on) const {
    QJsonArray levels;
    for (SchoolLevel level : m_policy.student.levels)
        levels.append(SchoolLevels::code(level));
    QJsonObject facts{{QStringLiteral("levels"), levels}};

    bool passed = false;
    QString message;
    if (!r.enrollment) {
        message = tr("no school enrolment on record");
    } else {
        const Enrollment &e = *r.enrollment;
        facts.insert(QStringLiteral("level"), SchoolLevels::code(e.level));
        facts.insert(QStringLiteral("expectedGraduation"),
                     e.expectedGraduation.toString(Qt::ISODate));
        if (!enrolledOn(r, on)) {
            message =
                tr("expected to graduate on %1, before %2")
                    .arg(RocDate::formatShort(e.expectedGraduation), RocDate::formatShort(on));
        } else if (!m_policy.student.levels.contains(e.level)) {
            message = tr("enrolled at %1 level, which student cards do not cover")
                          .arg(SchoolLevels::displayName(e.level));
        } else {
            passed = true;
            message = tr("enrolled at %1 level until %2")
                          .arg(SchoolLevels::displayName(e.level),
                               RocDate::formatShort(e.expectedGraduation));
        }
    }
    EligibilityDecision d =
        decide(CardType::Student, {alive(r), {QStringLiteral("enrolled"), passed, facts, message}});
    if (d.eligible)
        d.validUntil = r.enrollment->expectedGraduation.addDays(m_policy.student.graceDays);
    return d;
}

EligibilityDecision EligibilityEvaluator::senior(const RegistryRecord &r, int age) const {
    const int minAge = m_policy.senior.minAge;
    const int indigenousMinAge = m_policy.senior.indigenousMinAge;
    const bool passed = age >= minAge || (r.indigenous && age >= indigenousMinAge);
    const QString message =
        r.indigenous
            ? tr("aged %1; indigenous residents qualify from %2").arg(age).arg(indigenousMinAge)
            : tr("aged %1; senior cards start at %2").arg(age).arg(minAge);
    EligibilityReason ageReason{QStringLiteral("seniorAge"), passed,
                                QJsonObject{{QStringLiteral("age"), age},
                                            {QStringLiteral("minAge"), minAge},
                                            {QStringLiteral("indigenous"), r.indigenous},
                                            {QStringLiteral("indigenousMinAge"), indigenousMinAge}},
                                message};
    return decide(CardType::Senior, {alive(r), resident(r), ageReason});
}

EligibilityDecision EligibilityEvaluator::disability(const RegistryRecord &r,
                                                     const QDate &on) const {
    bool passed = false;
    QString message;
    QJsonObject facts{{QStringLiteral("certificatePresent"), r.disability.has_value()}};
    if (!r.disability) {
        message = tr("no disability certificate on record");
    } else {
        const QDate until = r.disability->validUntil;
        facts.insert(QStringLiteral("validUntil"), isoOrNull(until));
        if (!until.isValid()) {
            passed = true;
            message = tr("disability certificate with no re-assessment date");
        } else if (on <= until) {
            passed = true;
            message = tr("disability certificate valid until %1").arg(RocDate::formatShort(until));
        } else {
            message = tr("disability certificate expired on %1").arg(RocDate::formatShort(until));
        }
    }
    EligibilityDecision d = decide(
        CardType::Disability,
        {alive(r), resident(r), {QStringLiteral("certificateValid"), passed, facts, message}});
    if (d.eligible)
        d.validUntil = r.disability->validUntil;
    return d;
}

EligibilityDecision EligibilityEvaluator::companion(const RegistryRecord &r,
                                                    const EligibilityDecision &disability) const {
    const bool needed = r.disability && r.disability->companionNeeded;
    EligibilityReason holder{
        QStringLiteral("disabilityEligible"), disability.eligible,
        QJsonObject{{QStringLiteral("disabilityEligible"), disability.eligible}},
        disability.eligible ? tr("eligible for a disability card")
                            : tr("not eligible for a disability card")};
    EligibilityReason mark{QStringLiteral("companionNeeded"), needed,
                           QJsonObject{{QStringLiteral("companionNeeded"), needed}},
                           needed ? tr("the certificate carries the companion-needed mark")
                                  : tr("the certificate does not carry the companion-needed mark")};
    EligibilityDecision d = decide(CardType::Companion, {holder, mark});
    if (d.eligible)
        d.validUntil = disability.validUntil;
    return d;
}

QList<CardType> EligibilityResult::eligibleTypes() const {
    QList<CardType> types;
    for (const EligibilityDecision &d : decisions) {
        if (d.eligible)
            types.append(d.type);
    }
    return types;
}

const EligibilityDecision &EligibilityResult::decision(CardType type) const {
    for (const EligibilityDecision &d : decisions) {
        if (d.type == type)
            return d;
    }
    Q_UNREACHABLE();
}

QJsonObject EligibilityResult::toJson() const {
    QJsonArray eligible;
    QJsonArray decisionArray;
    for (const EligibilityDecision &d : decisions) {
        if (d.eligible)
            eligible.append(CardTypes::code(d.type));
        QJsonArray reasons;
        for (const EligibilityReason &r : d.reasons) {
            reasons.append(QJsonObject{{QStringLiteral("rule"), r.rule},
                                       {QStringLiteral("passed"), r.passed},
                                       {QStringLiteral("facts"), r.facts},
                                       {QStringLiteral("message"), r.message}});
        }
        QJsonObject decision{{QStringLiteral("type"), CardTypes::code(d.type)},
                             {QStringLiteral("eligible"), d.eligible},
                             {QStringLiteral("reasons"), reasons}};
        if (d.eligible)
            decision.insert(QStringLiteral("validUntil"), isoOrNull(d.validUntil));
        decisionArray.append(decision);
    }
    return QJsonObject{
        {QStringLiteral("on"), on.toString(Qt::ISODate)},
        {QStringLiteral("assigned"),
         assigned ? QJsonValue(CardTypes::code(*assigned)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("eligible"), eligible},
        {QStringLiteral("decisions"), decisionArray},
    };
}

} // namespace cc
