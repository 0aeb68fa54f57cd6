#include "core/domain/eligibilitypolicy.h"
#include "core/domain/jsonfields.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using cc::CardType;
using cc::EligibilityPolicy;
using cc::SchoolLevel;

class TestEligibilityPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shippedDefaults();
    void partialOverride();
    void replacementFeeByReason();
    void errors_data();
    void errors();
    void loadFileErrors();
    void toJsonRoundTrip();

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &content);
};

QString TestEligibilityPolicy::write(const QString &name, const QByteArray &content) {
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

void TestEligibilityPolicy::shippedDefaults() {
    const EligibilityPolicy p = EligibilityPolicy::defaults();
    QCOMPARE(p.general.minAge, 7);
    QCOMPARE(p.general.admitSpouses, true);
    QCOMPARE(p.general.admitUniversityStudents, true);
    QCOMPARE(p.student.levels, (QList<SchoolLevel>{SchoolLevel::Elementary, SchoolLevel::Junior,
                                                   SchoolLevel::Senior}));
    QCOMPARE(p.student.graceDays, 60);
    QCOMPARE(p.senior.minAge, 65);
    QCOMPARE(p.senior.indigenousMinAge, 55);
    QCOMPARE(p.priority, (QList<CardType>{CardType::Disability, CardType::Senior, CardType::Student,
                                          CardType::General}));
    QCOMPARE(p.fees.replacementLost, 100);
    QCOMPARE(p.fees.replacementDamaged, 100);
    QCOMPARE(p.stock.lowWarning, 100);
    QCOMPARE(p.stock.lowWarningDays, 14);
}

void TestEligibilityPolicy::partialOverride() {
    const QString path = write(QStringLiteral("city.json"),
                               R"({"senior": {"minAge": 60}, "general": {"admitSpouses": false}})");
    const auto p = EligibilityPolicy::loadFile(path);
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toString()));
    QCOMPARE(p->senior.minAge, 60);
    QCOMPARE(p->senior.indigenousMinAge, 55); // untouched
    QCOMPARE(p->general.admitSpouses, false);
    QCOMPARE(p->general.minAge, 7);
    QCOMPARE(p->student.graceDays, 60);
}

void TestEligibilityPolicy::errors_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("code");

    QTest::newRow("unknown top-level key") << R"({"generl": {}})"
                                           << "$.generl"
                                           << "unknown-key";
    QTest::newRow("unknown nested key") << R"({"general": {"minage": 7}})"
                                        << "$.general.minage"
                                        << "unknown-key";
    QTest::newRow("unknown senior key") << R"({"senior": {"maxAge": 99}})"
                                        << "$.senior.maxAge"
                                        << "unknown-key";
    QTest::newRow("unknown fee") << R"({"fees": {"lost": 1}})"
                                 << "$.fees.lost"
                                 << "unknown-key";
    QTest::newRow("section not object") << R"({"general": 7})"
                                        << "$.general"
                                        << "wrong-type";
    QTest::newRow("age as string") << R"({"general": {"minAge": "7"}})"
                                   << "$.general.minAge"
                                   << "wrong-type";
    QTest::newRow("age fractional") << R"({"general": {"minAge": 7.5}})"
                                    << "$.general.minAge"
                                    << "wrong-type";
    QTest::newRow("age negative") << R"({"general": {"minAge": -1}})"
                                  << "$.general.minAge"
                                  << "bad-value";
    QTest::newRow("age absurd") << R"({"senior": {"minAge": 200}})"
                                << "$.senior.minAge"
                                << "bad-value";
    QTest::newRow("bool as string") << R"({"general": {"admitSpouses": "yes"}})"
                                    << "$.general.admitSpouses"
                                    << "wrong-type";
    QTest::newRow("bool as number") << R"({"general": {"admitUniversityStudents": 1}})"
                                    << "$.general.admitUniversityStudents"
                                    << "wrong-type";
    QTest::newRow("levels not list") << R"({"student": {"levels": "elementary"}})"
                                     << "$.student.levels"
                                     << "wrong-type";
    QTest::newRow("level not string") << R"({"student": {"levels": ["elementary", 3]}})"
                                      << "$.student.levels[1]"
                                      << "wrong-type";
    QTest::newRow("unknown level") << R"({"student": {"levels": ["kindergarten"]}})"
                                   << "$.student.levels[0]"
                                   << "bad-value";
    QTest::newRow("level twice") << R"({"student": {"levels": ["junior", "junior"]}})"
                                 << "$.student.levels[1]"
                                 << "bad-value";
    QTest::newRow("grace negative") << R"({"student": {"graceDays": -5}})"
                                    << "$.student.graceDays"
                                    << "bad-value";
    QTest::newRow("indigenous above senior") << R"({"senior": {"indigenousMinAge": 70}})"
                                             << "$.senior.indigenousMinAge"
                                             << "bad-value";
    QTest::newRow("senior below indigenous") << R"({"senior": {"minAge": 50}})"
                                             << "$.senior.minAge"
                                             << "bad-value";
    QTest::newRow("priority short") << R"({"priority": ["disability", "senior", "student"]})"
                                    << "$.priority"
                                    << "bad-value";
    QTest::newRow("priority companion")
        << R"({"priority": ["disability", "senior", "student", "companion"]})"
        << "$.priority[3]"
        << "bad-value";
    QTest::newRow("priority duplicate")
        << R"({"priority": ["disability", "senior", "student", "student"]})"
        << "$.priority[3]"
        << "bad-value";
    QTest::newRow("priority unknown") << R"({"priority": ["gold", "senior", "student", "general"]})"
                                      << "$.priority[0]"
                                      << "bad-value";
    QTest::newRow("priority not list") << R"({"priority": "senior"})"
                                       << "$.priority"
                                       << "wrong-type";
    QTest::newRow("fee negative") << R"({"fees": {"replacementLost": -1}})"
                                  << "$.fees.replacementLost"
                                  << "bad-value";
    QTest::newRow("stock warning negative") << R"({"stock": {"lowWarning": -1}})"
                                            << "$.stock.lowWarning"
                                            << "bad-value";
    QTest::newRow("stock days absurd") << R"({"stock": {"lowWarningDays": 400}})"
                                       << "$.stock.lowWarningDays"
                                       << "bad-value";
    QTest::newRow("unknown stock key") << R"({"stock": {"low": 1}})"
                                       << "$.stock.low"
                                       << "unknown-key";
    QTest::newRow("not an object") << R"([1, 2])"
                                   << "$"
                                   << "wrong-type";
    QTest::newRow("not JSON") << R"({"general": )"
                              << "$"
                              << "parse-failed";
}

void TestEligibilityPolicy::errors() {
    QFETCH(QString, text);
    QFETCH(QString, where);
    QFETCH(QString, code);
    const QString path = write(QStringLiteral("bad.json"), text.toUtf8());
    const auto p = EligibilityPolicy::loadFile(path);
    QVERIFY(!p.ok());
    // The file is named, then the JSON path of the problem.
    QCOMPARE(p.error().where, path + u':' + where);
    QCOMPARE(cc::errorCodeName(p.error().code), code);
    QVERIFY(!p.error().message.isEmpty());
}

void TestEligibilityPolicy::loadFileErrors() {
    const auto missing = EligibilityPolicy::loadFile(m_dir.filePath(QStringLiteral("none.json")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, cc::ErrorCode::FileNotFound);
    QVERIFY(missing.error().where.endsWith(QStringLiteral("none.json")));
}

void TestEligibilityPolicy::toJsonRoundTrip() {
    const EligibilityPolicy defaults = EligibilityPolicy::defaults();
    const auto again = EligibilityPolicy::fromJson(defaults.toJson(), EligibilityPolicy{});
    QVERIFY(again.ok());
    QCOMPARE(again->toJson(), defaults.toJson());

    // The shipped resource is complete: read over an empty base it needs nothing else.
    QFile resource(QStringLiteral(":/citizencard/policy/default-policy.json"));
    QVERIFY(resource.open(QIODevice::ReadOnly));
    const auto shipped = cc::JsonFields::parseObject(resource.readAll());
    QVERIFY(shipped.ok());
    QCOMPARE(*shipped, defaults.toJson());
}

void TestEligibilityPolicy::replacementFeeByReason() {
    cc::EligibilityPolicy p = cc::EligibilityPolicy::defaults();
    p.fees.replacementLost = 150;
    p.fees.replacementDamaged = 80;
    QCOMPARE(p.fees.forReplacement(cc::ReplacementReason::Lost), 150);
    QCOMPARE(p.fees.forReplacement(cc::ReplacementReason::Damaged), 80);
}

QTEST_APPLESS_MAIN(TestEligibilityPolicy)
#include "tst_eligibilitypolicy.moc"
