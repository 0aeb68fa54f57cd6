#include "core/domain/eligibility.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using cc::CardType;
using cc::EligibilityEvaluator;
using cc::EligibilityPolicy;
using cc::RegistryRecord;

namespace {

// The application date of every row.
const QDate D(2026, 11, 21);

QString iso(const QDate &d) {
    return d.toString(Qt::ISODate);
}

// A registry record: a resident born on `birth`, with `extra` keys merged in.
QJsonObject person(const QDate &birth, const QJsonObject &extra = {}) {
    QJsonObject o{{QStringLiteral("nationalId"), QStringLiteral("A123456789")},
                  {QStringLiteral("birthDate"), iso(birth)},
                  {QStringLiteral("registeredResident"), true}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject nonResident(const QDate &birth, QJsonObject extra = {}) {
    extra.insert(QStringLiteral("registeredResident"), false);
    return person(birth, extra);
}

QJsonObject permit(const char *category, const QDate &until) {
    return {{QStringLiteral("residencePermit"),
             QJsonObject{{QStringLiteral("category"), QString::fromLatin1(category)},
                         {QStringLiteral("validUntil"), iso(until)}}}};
}

QJsonObject enrolled(const char *level, const QDate &graduation) {
    return {{QStringLiteral("enrollment"),
             QJsonObject{{QStringLiteral("school"), QStringLiteral("School")},
                         {QStringLiteral("level"), QString::fromLatin1(level)},
                         {QStringLiteral("expectedGraduation"), iso(graduation)}}}};
}

QJsonObject certificate(const QDate &until, bool companion = false) {
    return {{QStringLiteral("disability"),
             QJsonObject{{QStringLiteral("certificate"), QStringLiteral("D-123")},
                         {QStringLiteral("validUntil"),
                          until.isValid() ? QJsonValue(iso(until)) : QJsonValue()},
                         {QStringLiteral("companionNeeded"), companion}}}};
}

QJsonObject merge(QJsonObject a, const QJsonObject &b) {
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

const QJsonObject kDeceased{{QStringLiteral("deceased"), true}};
const QJsonObject kIndigenous{{QStringLiteral("indigenous"), true}};

QJsonObject policy(const char *json) {
    return QJsonDocument::fromJson(json).object();
}

cc::EligibilityResult evaluate(const QJsonObject &record, const QJsonObject &policyOverride,
                               const QDate &on = D) {
    const auto p = EligibilityPolicy::fromJson(policyOverride, EligibilityPolicy::defaults());
    if (!p.ok())
        qFatal("bad test policy: %s", qPrintable(p.error().toString()));
    const auto r = RegistryRecord::fromJson(record);
    if (!r.ok())
        qFatal("bad test record: %s", qPrintable(r.error().toString()));
    return EligibilityEvaluator(*p).evaluate(*r, on);
}

} // namespace

class TestEligibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void assigned_data();
    void assigned();
    void reasonsCarryFacts();
    void bornAfterTheApplicationGetsNothing();
    void jsonShape();
};

void TestEligibility::rules_data() {
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QJsonObject>("policy");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<CardType>("type");
    QTest::addColumn<bool>("eligible");
    QTest::addColumn<QString>("failedRules"); // comma-separated rules that fail
    QTest::addColumn<QDate>("validUntil");    // expected expiry when eligible

    const QJsonObject none;
    const QDate noExpiry;
    const QDate adult(1990, 5, 1);
    const QDate aged70(1956, 1, 1);

    // General: alive, age >= 7, and a residency basis.
    QTest::newRow("general: 7 today")
        << person(QDate(2019, 11, 21)) << none << D << CardType::General << true << "" << noExpiry;
    QTest::newRow("general: 7 tomorrow") << person(QDate(2019, 11, 22)) << none << D
                                         << CardType::General << false << "minimumAge" << noExpiry;
    QTest::newRow("general: 29 Feb, 28 Feb common year")
        << person(QDate(2016, 2, 29)) << none << QDate(2023, 2, 28) << CardType::General << false
        << "minimumAge" << noExpiry;
    QTest::newRow("general: 29 Feb, 1 Mar common year")
        << person(QDate(2016, 2, 29)) << none << QDate(2023, 3, 1) << CardType::General << true
        << "" << noExpiry;
    QTest::newRow("general: minAge 10 policy")
        << person(QDate(2017, 1, 1)) << policy(R"({"general":{"minAge":10}})") << D
        << CardType::General << false << "minimumAge" << noExpiry;
    QTest::newRow("general: deceased") << person(adult, kDeceased) << none << D << CardType::General
                                       << false << "alive" << noExpiry;
    QTest::newRow("general: not resident") << nonResident(adult) << none << D << CardType::General
                                           << false << "residencyBasis" << noExpiry;
    QTest::newRow("general: spouse permit until D")
        << nonResident(adult, permit("foreign-spouse", D)) << none << D << CardType::General << true
        << "" << noExpiry;
    QTest::newRow("general: spouse permit expired D-1")
        << nonResident(adult, permit("mainland-spouse", D.addDays(-1))) << none << D
        << CardType::General << false << "residencyBasis" << noExpiry;
    QTest::newRow("general: hk-macau spouse")
        << nonResident(adult, permit("hk-macau-spouse", D.addYears(1))) << none << D
        << CardType::General << true << "" << noExpiry;
    QTest::newRow("general: non-spouse permit")
        << nonResident(adult, permit("other", D.addYears(1))) << none << D << CardType::General
        << false << "residencyBasis" << noExpiry;
    QTest::newRow("general: spouses not admitted")
        << nonResident(adult, permit("foreign-spouse", D.addYears(1)))
        << policy(R"({"general":{"admitSpouses":false}})") << D << CardType::General << false
        << "residencyBasis" << noExpiry;
    QTest::newRow("general: university until D")
        << nonResident(QDate(2005, 1, 1), enrolled("university", D)) << none << D
        << CardType::General << true << "" << noExpiry;
    QTest::newRow("general: university ended D-1")
        << nonResident(QDate(2005, 1, 1), enrolled("university", D.addDays(-1))) << none << D
        << CardType::General << false << "residencyBasis" << noExpiry;
    QTest::newRow("general: senior high is not university")
        << nonResident(QDate(2009, 1, 1), enrolled("senior", D.addYears(1))) << none << D
        << CardType::General << false << "residencyBasis" << noExpiry;
    QTest::newRow("general: university not admitted")
        << nonResident(QDate(2005, 1, 1), enrolled("university", D.addYears(1)))
        << policy(R"({"general":{"admitUniversityStudents":false}})") << D << CardType::General
        << false << "residencyBasis" << noExpiry;
    QTest::newRow("general: spouse permit, deceased")
        << merge(nonResident(adult, permit("foreign-spouse", D)), kDeceased) << none << D
        << CardType::General << false << "alive" << noExpiry;

    // Student: alive, enrolled (D <= graduation) at a level in the policy; no residency.
    QTest::newRow("student: graduates on D")
        << person(QDate(2014, 1, 1), enrolled("elementary", D)) << none << D << CardType::Student
        << true << "" << D.addDays(60);
    QTest::newRow("student: graduated D-1")
        << person(QDate(2014, 1, 1), enrolled("elementary", D.addDays(-1))) << none << D
        << CardType::Student << false << "enrolled" << noExpiry;
    QTest::newRow("student: junior, not resident")
        << nonResident(QDate(2012, 1, 1), enrolled("junior", QDate(2027, 6, 30))) << none << D
        << CardType::Student << true << "" << QDate(2027, 8, 29);
    QTest::newRow("student: senior high")
        << person(QDate(2009, 1, 1), enrolled("senior", QDate(2027, 6, 30))) << none << D
        << CardType::Student << true << "" << QDate(2027, 8, 29);
    QTest::newRow("student: university not a level")
        << person(QDate(2005, 1, 1), enrolled("university", QDate(2028, 6, 30))) << none << D
        << CardType::Student << false << "enrolled" << noExpiry;
    QTest::newRow("student: university admitted by policy")
        << person(QDate(2005, 1, 1), enrolled("university", QDate(2028, 6, 30)))
        << policy(R"({"student":{"levels":["university"]}})") << D << CardType::Student << true
        << "" << QDate(2028, 8, 29);
    QTest::newRow("student: level removed by policy")
        << person(QDate(2009, 1, 1), enrolled("senior", QDate(2027, 6, 30)))
        << policy(R"({"student":{"levels":["elementary","junior"]}})") << D << CardType::Student
        << false << "enrolled" << noExpiry;
    QTest::newRow("student: grace 0")
        << person(QDate(2014, 1, 1), enrolled("elementary", QDate(2027, 6, 30)))
        << policy(R"({"student":{"graceDays":0}})") << D << CardType::Student << true << ""
        << QDate(2027, 6, 30);
    QTest::newRow("student: no enrolment") << person(QDate(2014, 1, 1)) << none << D
                                           << CardType::Student << false << "enrolled" << noExpiry;
    QTest::newRow("student: deceased")
        << person(QDate(2014, 1, 1), merge(enrolled("junior", QDate(2027, 6, 30)), kDeceased))
        << none << D << CardType::Student << false << "alive" << noExpiry;
    QTest::newRow("student: 6 years old")
        << person(QDate(2020, 1, 1), enrolled("elementary", QDate(2032, 6, 30))) << none << D
        << CardType::Student << true << "" << QDate(2032, 8, 29);

    // Senior: alive, resident, age >= 65, or indigenous and age >= 55.
    QTest::newRow("senior: 65 today")
        << person(QDate(1961, 11, 21)) << none << D << CardType::Senior << true << "" << noExpiry;
    QTest::newRow("senior: 65 tomorrow") << person(QDate(1961, 11, 22)) << none << D
                                         << CardType::Senior << false << "seniorAge" << noExpiry;
    QTest::newRow("senior: 29 Feb, 28 Feb")
        << person(QDate(1960, 2, 29)) << none << QDate(2025, 2, 28) << CardType::Senior << false
        << "seniorAge" << noExpiry;
    QTest::newRow("senior: 29 Feb, 1 Mar")
        << person(QDate(1960, 2, 29)) << none << QDate(2025, 3, 1) << CardType::Senior << true << ""
        << noExpiry;
    QTest::newRow("senior: indigenous 55 today") << person(QDate(1971, 11, 21), kIndigenous) << none
                                                 << D << CardType::Senior << true << "" << noExpiry;
    QTest::newRow("senior: indigenous 55 tomorrow")
        << person(QDate(1971, 11, 22), kIndigenous) << none << D << CardType::Senior << false
        << "seniorAge" << noExpiry;
    QTest::newRow("senior: 55 not indigenous")
        << person(QDate(1971, 11, 21)) << none << D << CardType::Senior << false << "seniorAge"
        << noExpiry;
    QTest::newRow("senior: indigenous 70")
        << person(aged70, kIndigenous) << none << D << CardType::Senior << true << "" << noExpiry;
    QTest::newRow("senior: not resident") << nonResident(aged70) << none << D << CardType::Senior
                                          << false << "registeredResident" << noExpiry;
    QTest::newRow("senior: spouse permit does not count")
        << nonResident(aged70, permit("foreign-spouse", D.addYears(1))) << none << D
        << CardType::Senior << false << "registeredResident" << noExpiry;
    QTest::newRow("senior: deceased") << person(aged70, kDeceased) << none << D << CardType::Senior
                                      << false << "alive" << noExpiry;
    QTest::newRow("senior: minAge 60 policy")
        << person(QDate(1966, 11, 21))
        << policy(R"({"senior":{"minAge":60,"indigenousMinAge":50}})") << D << CardType::Senior
        << true << "" << noExpiry;
    QTest::newRow("senior: indigenous 50 policy")
        << person(QDate(1976, 11, 21), kIndigenous)
        << policy(R"({"senior":{"indigenousMinAge":50}})") << D << CardType::Senior << true << ""
        << noExpiry;

    // Disability: alive, resident, certificate with no end or D <= validUntil.
    QTest::newRow("disability: valid until D")
        << person(adult, certificate(D)) << none << D << CardType::Disability << true << "" << D;
    QTest::newRow("disability: expired D-1")
        << person(adult, certificate(D.addDays(-1))) << none << D << CardType::Disability << false
        << "certificateValid" << noExpiry;
    QTest::newRow("disability: no end date") << person(adult, certificate(QDate())) << none << D
                                             << CardType::Disability << true << "" << noExpiry;
    QTest::newRow("disability: no certificate")
        << person(adult) << none << D << CardType::Disability << false << "certificateValid"
        << noExpiry;
    QTest::newRow("disability: not resident")
        << nonResident(adult, certificate(QDate())) << none << D << CardType::Disability << false
        << "registeredResident" << noExpiry;
    QTest::newRow("disability: deceased")
        << person(adult, merge(certificate(QDate()), kDeceased)) << none << D
        << CardType::Disability << false << "alive" << noExpiry;
    QTest::newRow("disability: child")
        << person(QDate(2022, 1, 1), certificate(QDate(2028, 1, 1))) << none << D
        << CardType::Disability << true << "" << QDate(2028, 1, 1);

    // Companion: disability-eligible and companionNeeded.
    QTest::newRow("companion: needed")
        << person(adult, certificate(QDate(2028, 1, 1), true)) << none << D << CardType::Companion
        << true << "" << QDate(2028, 1, 1);
    QTest::newRow("companion: needed, no end")
        << person(adult, certificate(QDate(), true)) << none << D << CardType::Companion << true
        << "" << noExpiry;
    QTest::newRow("companion: not needed")
        << person(adult, certificate(QDate(2028, 1, 1), false)) << none << D << CardType::Companion
        << false << "companionNeeded" << noExpiry;
    QTest::newRow("companion: certificate expired")
        << person(adult, certificate(D.addDays(-1), true)) << none << D << CardType::Companion
        << false << "disabilityEligible" << noExpiry;
    QTest::newRow("companion: holder not resident")
        << nonResident(adult, certificate(QDate(), true)) << none << D << CardType::Companion
        << false << "disabilityEligible" << noExpiry;
    QTest::newRow("companion: no certificate")
        << person(adult) << none << D << CardType::Companion << false
        << "disabilityEligible,companionNeeded" << noExpiry;
}

void TestEligibility::rules() {
    QFETCH(QJsonObject, record);
    QFETCH(QJsonObject, policy);
    QFETCH(QDate, on);
    QFETCH(CardType, type);
    QFETCH(bool, eligible);
    QFETCH(QString, failedRules);
    QFETCH(QDate, validUntil);

    const cc::EligibilityResult result = evaluate(record, policy, on);
    const cc::EligibilityDecision &d = result.decision(type);
    QCOMPARE(d.eligible, eligible);
    QStringList failed;
    for (const cc::EligibilityReason &r : d.reasons) {
        QVERIFY(!r.message.isEmpty());
        if (!r.passed)
            failed << r.rule;
    }
    QCOMPARE(failed, failedRules.split(u',', Qt::SkipEmptyParts));
    QCOMPARE(d.validUntil, validUntil);
    QCOMPARE(result.eligibleTypes().contains(type), eligible);
}

void TestEligibility::assigned_data() {
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QJsonObject>("policy");
    QTest::addColumn<QString>("assigned"); // empty: none
    QTest::addColumn<QStringList>("eligible");

    const QJsonObject none;
    QTest::newRow("senior with certificate")
        << person(QDate(1950, 1, 1), certificate(QDate(), true)) << none << "disability"
        << QStringList{"general", "senior", "disability", "companion"};
    QTest::newRow("senior") << person(QDate(1950, 1, 1)) << none << "senior"
                            << QStringList{"general", "senior"};
    QTest::newRow("pupil") << person(QDate(2015, 1, 1), enrolled("elementary", QDate(2027, 6, 30)))
                           << none << "student" << QStringList{"general", "student"};
    QTest::newRow("adult") << person(QDate(1990, 1, 1)) << none << "general"
                           << QStringList{"general"};
    QTest::newRow("five-year-old") << person(QDate(2021, 1, 1)) << none << "" << QStringList{};
    QTest::newRow("six-year-old pupil")
        << person(QDate(2020, 1, 1), enrolled("elementary", QDate(2032, 6, 30))) << none
        << "student" << QStringList{"student"};
    QTest::newRow("deceased senior")
        << person(QDate(1950, 1, 1), kDeceased) << none << "" << QStringList{};
    QTest::newRow("moved-out senior")
        << nonResident(QDate(1950, 1, 1)) << none << "" << QStringList{};
    QTest::newRow("spouse") << nonResident(QDate(1990, 1, 1),
                                           permit("foreign-spouse", QDate(2027, 1, 1)))
                            << none << "general" << QStringList{"general"};
    QTest::newRow("priority general first")
        << person(QDate(1950, 1, 1), certificate(QDate(), true))
        << policy(R"({"priority":["general","student","senior","disability"]})") << "general"
        << QStringList{"general", "senior", "disability", "companion"};
    QTest::newRow("priority senior over disability")
        << person(QDate(1950, 1, 1), certificate(QDate()))
        << policy(R"({"priority":["senior","disability","student","general"]})") << "senior"
        << QStringList{"general", "senior", "disability"};
}

void TestEligibility::assigned() {
    QFETCH(QJsonObject, record);
    QFETCH(QJsonObject, policy);
    QFETCH(QString, assigned);
    QFETCH(QStringList, eligible);

    const cc::EligibilityResult result = evaluate(record, policy);
    QCOMPARE(result.assigned ? cc::CardTypes::code(*result.assigned) : QString(), assigned);
    QStringList codes;
    for (CardType t : result.eligibleTypes())
        codes << cc::CardTypes::code(t);
    QCOMPARE(codes, eligible);
    QVERIFY(result.assigned != CardType::Companion);
}

void TestEligibility::bornAfterTheApplicationGetsNothing() {
    // A pupil "aged -74": enrolled, so the student rule alone would pass.
    const QJsonObject pupil = person(
        QDate(2100, 1, 1), {{"enrollment", QJsonObject{{"school", "X"},
                                                       {"level", "elementary"},
                                                       {"expectedGraduation", "2106-06-30"}}}});
    const cc::EligibilityResult result = evaluate(pupil, {});
    QVERIFY(!result.assigned.has_value());
    QVERIFY(result.eligibleTypes().isEmpty());
    QCOMPARE(result.decisions.size(), 5);
    QCOMPARE(result.decision(CardType::Student).reasons.first().rule, QString("plausibleFacts"));
    const auto record = RegistryRecord::fromJson(pupil);
    QVERIFY(record.ok());
    const cc::Status check = EligibilityEvaluator::checkFacts(*record, D);
    QVERIFY(!check.ok());
    QCOMPARE(check.error().where, QString("birthDate"));
    QVERIFY(EligibilityEvaluator::checkFacts(*record, QDate(2100, 1, 1)).ok());
}

void TestEligibility::reasonsCarryFacts() {
    const auto result = evaluate(person(QDate(2020, 1, 1)), {});
    const cc::EligibilityDecision &general = result.decision(CardType::General);
    const auto it = std::find_if(general.reasons.cbegin(), general.reasons.cend(),
                                 [](const auto &r) { return r.rule == u"minimumAge"; });
    QVERIFY(it != general.reasons.cend());
    QCOMPARE(it->facts.value(QStringLiteral("age")).toInt(), 6);
    QCOMPARE(it->facts.value(QStringLiteral("minAge")).toInt(), 7);
    QCOMPARE(it->facts.value(QStringLiteral("birthDate")).toString(), QStringLiteral("2020-01-01"));
    QVERIFY(it->message.contains(QStringLiteral("115/11/21"))); // dates shown in ROC form
}

void TestEligibility::jsonShape() {
    const QJsonObject json = evaluate(person(QDate(1950, 1, 1)), {}).toJson();
    QCOMPARE(json.value(QStringLiteral("assigned")).toString(), QStringLiteral("senior"));
    QCOMPARE(json.value(QStringLiteral("eligible")).toArray(),
             (QJsonArray{QStringLiteral("general"), QStringLiteral("senior")}));
    const QJsonArray decisions = json.value(QStringLiteral("decisions")).toArray();
    QCOMPARE(decisions.size(), 5);
    for (const QJsonValue &d : decisions) {
        QVERIFY(d.toObject().contains(QStringLiteral("type")));
        QVERIFY(d.toObject().value(QStringLiteral("eligible")).isBool());
        QVERIFY(!d.toObject().value(QStringLiteral("reasons")).toArray().isEmpty());
    }
    const QJsonObject none = evaluate(person(QDate(2022, 1, 1)), {}).toJson();
    QVERIFY(none.value(QStringLiteral("assigned")).isNull());
}

QTEST_APPLESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"
