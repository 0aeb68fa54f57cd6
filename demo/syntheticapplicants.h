#pragma once

#include "core/station/applicants.h"

namespace cc {

// Made-up applicants for demos and benchmarks: common Taiwanese surnames and
// given names with their romanisation, valid and distinct ID numbers, birth
// dates spread over all ages, Taoyuan addresses, mobile numbers, and a card
// type an applicant of that age would plausibly ask for. Deterministic for a
// given seed; none of it belongs to a real person except by coincidence.
class SyntheticApplicants {
public:
    explicit SyntheticApplicants(quint64 seed);

    // The i-th applicant (i < 520,000,000): the same i and seed give the same
    // person, and different i give different ID numbers.
    Applicants::Item make(qint64 index, const QDate &today) const;
    QList<Applicants::Item> make(qint64 first, qint64 count, const QDate &today) const;

private:
    quint64 m_seed;
};

} // namespace cc
