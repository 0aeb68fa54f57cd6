#include "core/domain/cardnumber.h"

#include <QTest>

using cc::CardNumber;

class TestCardNumber : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void make_data();
    void make();
    void makeRejects_data();
    void makeRejects();
    void parse_data();
    void parse();
    void everySingleDigitTypoIsCaught();
    void grouped();
};

void TestCardNumber::make_data() {
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QString>("number");
    // Check digits checked with an independent Luhn validator (docs/store.md).
    QTest::newRow("first") << "0301" << qint64(1) << "0301000000000014";
    QTest::newRow("second") << "0301" << qint64(2) << "0301000000000022";
    QTest::newRow("ten") << "0301" << qint64(10) << "0301000000000105";
    QTest::newRow("other prefix") << "1234" << qint64(1) << "1234000000000014";
    QTest::newRow("all zero prefix") << "0000" << qint64(1) << "0000000000000018";
    QTest::newRow("last") << "0301" << CardNumber::kMaxSequence << "0301999999999997";
}

void TestCardNumber::make() {
    QFETCH(QString, prefix);
    QFETCH(qint64, sequence);
    QFETCH(QString, number);
    const cc::Result<QString> made = CardNumber::make(prefix, sequence);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
    QCOMPARE(made.value(), number);
    QVERIFY(CardNumber::parse(number).ok());
    QCOMPARE(CardNumber::prefixOf(number), prefix);
    QCOMPARE(CardNumber::sequenceOf(number), sequence);
}

void TestCardNumber::makeRejects_data() {
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<qint64>("sequence");
    QTest::newRow("zero") << "0301" << qint64(0);
    QTest::newRow("negative") << "0301" << qint64(-1);
    QTest::newRow("exhausted") << "0301" << CardNumber::kMaxSequence + 1;
    QTest::newRow("short prefix") << "301" << qint64(1);
    QTest::newRow("long prefix") << "03011" << qint64(1);
    QTest::newRow("letter prefix") << "03A1" << qint64(1);
}

void TestCardNumber::makeRejects() {
    QFETCH(QString, prefix);
    QFETCH(qint64, sequence);
    const cc::Result<QString> made = CardNumber::make(prefix, sequence);
    QVERIFY(!made.ok());
    QCOMPARE(made.error().code, cc::ErrorCode::BadValue);
}

void TestCardNumber::parse_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: rejected
    QTest::newRow("plain") << "0301000000000014"
                           << "0301000000000014";
    QTest::newRow("grouped") << "0301 0000 0000 0014"
                             << "0301000000000014";
    QTest::newRow("wrong check digit") << "0301000000000015"
                                       << "";
    QTest::newRow("swapped neighbours") << "0310000000000014"
                                        << "";
    QTest::newRow("too short") << "030100000000001"
                               << "";
    QTest::newRow("too long") << "03010000000000140"
                              << "";
    QTest::newRow("letter") << "0301A00000000014"
                            << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCardNumber::parse() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const cc::Result<QString> parsed = CardNumber::parse(input);
    QCOMPARE(parsed.ok(), !expected.isEmpty());
    if (parsed.ok())
        QCOMPARE(parsed.value(), expected);
    else
        QCOMPARE(parsed.error().where, input);
}

void TestCardNumber::everySingleDigitTypoIsCaught() {
    const QString number = CardNumber::make("0301", 4711).value();
    for (int i = 0; i < number.size(); ++i) {
        for (char d = '0'; d <= '9'; ++d) {
            if (number[i] == QChar(d))
                continue;
            QString typo = number;
            typo[i] = QChar(d);
            QVERIFY2(!CardNumber::parse(typo).ok(), qPrintable(typo));
        }
    }
}

void TestCardNumber::grouped() {
    QCOMPARE(CardNumber::grouped("0301000000000014"), QString("0301 0000 0000 0014"));
}

QTEST_GUILESS_MAIN(TestCardNumber)
#include "tst_cardnumber.moc"
