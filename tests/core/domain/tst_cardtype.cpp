#include "core/domain/cardtype.h"

#include <QTest>

using cc::CardType;
using cc::CardTypes;

class TestCardType : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void codes_data();
    void codes();
    void unknownCode();
};

void TestCardType::codes_data() {
    QTest::addColumn<CardType>("type");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("personal");
    QTest::addColumn<bool>("sensitive"); // needs consent; the receipt says so
    QTest::newRow("general") << CardType::General << "general" << true << false;
    QTest::newRow("student") << CardType::Student << "student" << true << false;
    QTest::newRow("senior") << CardType::Senior << "senior" << true << false;
    QTest::newRow("disability") << CardType::Disability << "disability" << true << true;
    QTest::newRow("companion") << CardType::Companion << "companion" << false << true;
}

void TestCardType::codes() {
    QFETCH(CardType, type);
    QFETCH(QString, code);
    QFETCH(bool, personal);
    QFETCH(bool, sensitive);
    QCOMPARE(CardTypes::usesSensitiveData(type), sensitive);
    QCOMPARE(CardTypes::code(type), code);
    QCOMPARE(CardTypes::fromCode(code), std::optional<CardType>(type));
    QCOMPARE(CardTypes::isPersonal(type), personal);
    QVERIFY(!CardTypes::displayName(type).isEmpty());
}

void TestCardType::unknownCode() {
    QCOMPARE(CardTypes::fromCode(u"General"), std::nullopt);
    QCOMPARE(CardTypes::fromCode(u""), std::nullopt);
    QCOMPARE(CardTypes::fromCode(u"gold"), std::nullopt);
}

QTEST_APPLESS_MAIN(TestCardType)
#include "tst_cardtype.moc"
