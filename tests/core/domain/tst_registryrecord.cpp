#include "core/domain/jsonfields.h"
#include "core/domain/registryrecord.h"

#include <QJsonDocument>
#include <QTest>

using cc::RegistryRecord;

class TestRegistryRecord : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullRecord();
    void minimalRecordDefaults();
    void errors_data();
    void errors();
    void roundTrip();
};

static QJsonObject json(const char *text) {
    return QJsonDocument::fromJson(text).object();
}

void TestRegistryRecord::fullRecord() {
    const auto r = RegistryRecord::fromJson(json(R"({
        "nationalId": " a123456789 ", "name": "王小明", "birthDate": "1950-02-28",
        "registeredResident": true, "deceased": false, "indigenous": true,
        "residencePermit": {"category": "mainland-spouse", "validUntil": "2030-01-01"},
        "disability": {"certificate": "D-1", "validUntil": null, "companionNeeded": true,
                       "grade": "severe"},
        "enrollment": {"school": "Taoyuan U", "level": "university",
                       "expectedGraduation": "2028-06-30"}})"));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    QCOMPARE(r->nationalId, QStringLiteral("A123456789"));
    QCOMPARE(r->birthDate, QDate(1950, 2, 28));
    QVERIFY(r->registeredResident);
    QVERIFY(r->indigenous);
    QCOMPARE(r->residencePermit->category, cc::ResidencePermit::Category::MainlandSpouse);
    QVERIFY(r->residencePermit->isSpouse());
    QVERIFY(!r->disability->validUntil.isValid());
    QVERIFY(r->disability->companionNeeded);
    QCOMPARE(r->enrollment->level, cc::SchoolLevel::University);
    QCOMPARE(r->enrollment->expectedGraduation, QDate(2028, 6, 30));
}

void TestRegistryRecord::minimalRecordDefaults() {
    const auto r = RegistryRecord::fromJson(json(
        R"({"nationalId": "A800000014", "birthDate": "2000-01-01", "registeredResident": false,
            "disability": {"certificate": "D-2"}})"));
    QVERIFY(r.ok());
    QVERIFY(!r->deceased);
    QVERIFY(!r->indigenous);
    QVERIFY(!r->residencePermit);
    QVERIFY(!r->enrollment);
    QVERIFY(!r->disability->validUntil.isValid());
    QVERIFY(!r->disability->companionNeeded);
}

void TestRegistryRecord::errors_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("where");
    QTest::addColumn<cc::ErrorCode>("code");

    using E = cc::ErrorCode;
    const QString base = QStringLiteral(
        R"("nationalId": "A123456789", "birthDate": "1990-05-01", "registeredResident": true)");
    auto with = [&base](const char *extra) -> QString {
        return u'{' + base + QString::fromUtf8(extra) + u'}';
    };

    QTest::newRow("missing nationalId")
        << R"({"birthDate": "1990-05-01", "registeredResident": true})"
        << "$.nationalId" << E::MissingField;
    QTest::newRow("missing birthDate")
        << R"({"nationalId": "A123456789", "registeredResident": true})"
        << "$.birthDate" << E::MissingField;
    QTest::newRow("missing registeredResident")
        << R"({"nationalId": "A123456789", "birthDate": "1990-05-01"})"
        << "$.registeredResident" << E::MissingField;
    QTest::newRow("null nationalId")
        << R"({"nationalId": null, "birthDate": "1990-05-01", "registeredResident": true})"
        << "$.nationalId" << E::MissingField;
    QTest::newRow("bad checksum")
        << R"({"nationalId": "A123456780", "birthDate": "1990-05-01", "registeredResident": true})"
        << "$.nationalId" << E::BadValue;
    QTest::newRow("nationalId number")
        << R"({"nationalId": 123, "birthDate": "1990-05-01", "registeredResident": true})"
        << "$.nationalId" << E::WrongType;
    QTest::newRow("birthDate ROC")
        << R"({"nationalId": "A123456789", "birthDate": "79/05/01", "registeredResident": true})"
        << "$.birthDate" << E::BadValue;
    QTest::newRow("birthDate 30 Feb")
        << R"({"nationalId": "A123456789", "birthDate": "1990-02-30", "registeredResident": true})"
        << "$.birthDate" << E::BadValue;
    QTest::newRow("birthDate number")
        << R"({"nationalId": "A123456789", "birthDate": 19900501, "registeredResident": true})"
        << "$.birthDate" << E::WrongType;
    QTest::newRow("registeredResident string")
        << R"({"nationalId": "A123456789", "birthDate": "1990-05-01", "registeredResident": "yes"})"
        << "$.registeredResident" << E::WrongType;
    QTest::newRow("deceased string")
        << with(R"(, "deceased": "no")") << "$.deceased" << E::WrongType;
    QTest::newRow("indigenous number")
        << with(R"(, "indigenous": 1)") << "$.indigenous" << E::WrongType;
    QTest::newRow("permit not object")
        << with(R"(, "residencePermit": "ARC")") << "$.residencePermit" << E::WrongType;
    QTest::newRow("permit no validUntil")
        << with(R"(, "residencePermit": {"category": "foreign-spouse"})")
        << "$.residencePermit.validUntil" << E::MissingField;
    QTest::newRow("permit unknown category")
        << with(R"(, "residencePermit": {"category": "tourist", "validUntil": "2030-01-01"})")
        << "$.residencePermit.category" << E::BadValue;
    QTest::newRow("disability no certificate")
        << with(R"(, "disability": {"validUntil": "2030-01-01"})") << "$.disability.certificate"
        << E::MissingField;
    QTest::newRow("disability empty certificate")
        << with(R"(, "disability": {"certificate": "  ", "validUntil": "2030-01-01"})")
        << "$.disability.certificate" << E::BadValue;
    QTest::newRow("birthDate year 9999")
        << R"({"nationalId": "A123456789", "birthDate": "9999-12-31", "registeredResident": true})"
        << "$.birthDate" << E::BadValue;
    QTest::newRow("disability bad date")
        << with(R"(, "disability": {"certificate": "D", "validUntil": "soon"})")
        << "$.disability.validUntil" << E::BadValue;
    QTest::newRow("disability companion string")
        << with(R"(, "disability": {"certificate": "D", "companionNeeded": "yes"})")
        << "$.disability.companionNeeded" << E::WrongType;
    QTest::newRow("enrollment unknown level")
        << with(
               R"(, "enrollment": {"school": "S", "level": "college", "expectedGraduation": "2030-06-30"})")
        << "$.enrollment.level" << E::BadValue;
    QTest::newRow("enrollment no graduation")
        << with(R"(, "enrollment": {"school": "S", "level": "junior"})")
        << "$.enrollment.expectedGraduation" << E::MissingField;
    QTest::newRow("enrollment no school")
        << with(R"(, "enrollment": {"level": "junior", "expectedGraduation": "2030-06-30"})")
        << "$.enrollment.school" << E::MissingField;
}

void TestRegistryRecord::errors() {
    QFETCH(QString, text);
    QFETCH(QString, where);
    QFETCH(cc::ErrorCode, code);
    const cc::Result<QJsonObject> object = cc::JsonFields::parseObject(text.toUtf8());
    QVERIFY2(object.ok(), "the test row itself must be valid JSON");
    const auto r = RegistryRecord::fromJson(*object);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where, where);
    QCOMPARE(cc::errorCodeName(r.error().code), cc::errorCodeName(code));
    QVERIFY(!r.error().message.isEmpty());
}

void TestRegistryRecord::roundTrip() {
    const auto r = RegistryRecord::fromJson(json(R"({
        "nationalId": "AB12345677", "birthDate": "2010-03-04", "registeredResident": false,
        "indigenous": true,
        "residencePermit": {"category": "hk-macau-spouse", "validUntil": "2030-01-01"},
        "disability": {"certificate": "D-1", "validUntil": "2027-12-31", "companionNeeded": true},
        "enrollment": {"school": "S", "level": "junior", "expectedGraduation": "2026-06-30"}})"));
    QVERIFY(r.ok());
    const auto again = RegistryRecord::fromJson(r->toJson());
    QVERIFY(again.ok());
    QCOMPARE(again->toJson(), r->toJson());
}

QTEST_APPLESS_MAIN(TestRegistryRecord)
#include "tst_registryrecord.moc"
