// Throughput of the core rules a counter and a batch import lean on:
// national ID checks and eligibility evaluations per second.
// Usage: bench_core [--seconds S]   (default 2 s per figure)
#include "core/domain/eligibility.h"
#include "core/domain/nationalid.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QStringList>

#include <cstdio>
#include <cstring>

namespace {

// Runs `body` in rounds until `seconds` have passed; returns calls per second.
template<typename Body> double perSecond(double seconds, qsizetype callsPerRound, Body body) {
    QElapsedTimer timer;
    timer.start();
    qint64 calls = 0;
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        body();
        calls += callsPerRound;
    }
    return double(calls) / (double(timer.nsecsElapsed()) / 1e9);
}

QList<cc::RegistryRecord> records() {
    const char *texts[] = {
        R"({"nationalId":"F222222222","birthDate":"1990-05-01","registeredResident":true})",
        R"({"nationalId":"A123456789","birthDate":"1955-03-14","registeredResident":true,
            "disability":{"certificate":"T","validUntil":"2029-03-31","companionNeeded":true}})",
        R"({"nationalId":"W111111113","birthDate":"1969-02-10","registeredResident":true,"indigenous":true})",
        R"({"nationalId":"K187654322","birthDate":"2015-09-01","registeredResident":true,
            "enrollment":{"school":"S","level":"junior","expectedGraduation":"2030-06-30"}})",
        R"({"nationalId":"AB12345677","birthDate":"1988-07-07","registeredResident":false,
            "residencePermit":{"category":"foreign-spouse","validUntil":"2028-01-31"}})",
        R"({"nationalId":"Z100000002","birthDate":"2021-06-01","registeredResident":true})",
    };
    QList<cc::RegistryRecord> list;
    for (const char *t : texts)
        list << cc::RegistryRecord::fromJson(QJsonDocument::fromJson(t).object()).value();
    return list;
}

} // namespace

int main(int argc, char **argv) {
    double seconds = 2.0;
    if (argc == 3 && std::strcmp(argv[1], "--seconds") == 0)
        seconds = std::atof(argv[2]);

    const QStringList ids = {"A123456789", " f222222222 ", "A800000014", "AB12345677",
                             "A123456780", "A12345",       "1123456789", ""};
    int valid = 0;
    const double idRate = perSecond(seconds, ids.size(), [&] {
        for (const QString &id : ids)
            valid += cc::NationalId::check(id).valid();
    });

    const QList<cc::RegistryRecord> people = records();
    const cc::EligibilityEvaluator evaluator(cc::EligibilityPolicy::defaults());
    const QDate on(2026, 11, 21);
    int assigned = 0;
    const double eligibilityRate = perSecond(seconds, people.size(), [&] {
        for (const cc::RegistryRecord &r : people)
            assigned += evaluator.evaluate(r, on).assigned.has_value();
    });

    const QByteArray json =
        R"({"nationalId":"A123456789","birthDate":"1955-03-14","registeredResident":true,
            "disability":{"certificate":"T","validUntil":"2029-03-31","companionNeeded":true}})";
    const double endToEndRate = perSecond(seconds, 1, [&] {
        const auto r = cc::RegistryRecord::fromJson(QJsonDocument::fromJson(json).object());
        assigned += evaluator.evaluate(r.value(), on).assigned.has_value();
    });

    std::printf("%-52s %12.0f /s\n", "ID checks (mix of 8 valid and invalid inputs)", idRate);
    std::printf("%-52s %12.0f /s\n", "eligibility evaluations (6 applicant profiles)",
                eligibilityRate);
    std::printf("%-52s %12.0f /s\n", "registry JSON parse + eligibility evaluation", endToEndRate);
    std::fprintf(stderr, "(checksum %d %d)\n", valid, assigned); // keeps the work observable
    return 0;
}
