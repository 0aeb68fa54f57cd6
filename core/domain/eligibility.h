#pragma once

#include "core/domain/cardtype.h"
#include "core/domain/eligibilitypolicy.h"
#include "core/domain/registryrecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace cc {

// One rule checked for one card type, with the facts it used, so a clerk can
// explain the decision and a supervisor can audit it.
struct EligibilityReason {
    QString rule; // stable code, e.g. "minimumAge"
    bool passed = false;
    QJsonObject facts; // the facts and policy values the rule used
    QString message;   // translated explanation
};

struct EligibilityDecision {
    CardType type = CardType::General;
    bool eligible = false;
    QList<EligibilityReason> reasons;
    QDate validUntil; // when eligible: the card's expiry; invalid means none
};

struct EligibilityResult {
    QDate on;
    QList<EligibilityDecision> decisions; // one per card type, in kAllCardTypes order
    std::optional<CardType> assigned;     // first eligible type in the policy's priority

    QList<CardType> eligibleTypes() const;
    const EligibilityDecision &decision(CardType type) const;
    QJsonObject toJson() const;
};

// Applies an EligibilityPolicy to a person's registry facts on an application date.
class EligibilityEvaluator {
    Q_DECLARE_TR_FUNCTIONS(EligibilityEvaluator)

public:
    explicit EligibilityEvaluator(EligibilityPolicy policy);

    // Facts that cannot be true on `on` (born after it) grant nothing: every
    // decision fails on the reason "plausibleFacts".
    EligibilityResult evaluate(const RegistryRecord &record, const QDate &on) const;
    // BadValue naming the field when the facts cannot be true on `on`.
    static Status checkFacts(const RegistryRecord &record, const QDate &on);

    const EligibilityPolicy &policy() const { return m_policy; }

private:
    EligibilityDecision general(const RegistryRecord &r, const QDate &on, int age) const;
    EligibilityDecision student(const RegistryRecord &r, const QDate &on) const;
    EligibilityDecision senior(const RegistryRecord &r, int age) const;
    EligibilityDecision disability(const RegistryRecord &r, const QDate &on) const;
    EligibilityDecision companion(const RegistryRecord &r,
                                  const EligibilityDecision &disability) const;

    EligibilityPolicy m_policy;
};

} // namespace cc
