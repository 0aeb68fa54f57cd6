#include "core/domain/personname.h"

#include <QTest>

using cc::PersonNames;

// Names on a list handed to a school or a village chief show enough to find
// the right card, not the whole name.
class TestPersonName : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void masked_data();
    void masked();
};

void TestPersonName::masked_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown");
    QTest::newRow("three") << u"王小明"_qs << u"王○明"_qs;
    QTest::newRow("two") << u"林一"_qs << u"林○"_qs;
    QTest::newRow("four") << u"歐陽志遠"_qs << u"歐○○遠"_qs;
    QTest::newRow("one") << u"明"_qs << u"明"_qs;
    QTest::newRow("outside the BMP") << u"陳𠀋生"_qs << u"陳○生"_qs;
    QTest::newRow("last outside the BMP") << u"陳小𠀋"_qs << u"陳○𠀋"_qs;
    QTest::newRow("latin") << u"CHEN MEI LING"_qs << u"C*** M** L***"_qs;
    QTest::newRow("one latin word") << u"SMITH"_qs << u"S****"_qs;
    QTest::newRow("stray spaces") << u"  SMITH   JOHN "_qs << u"S**** J***"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestPersonName::masked() {
    QFETCH(QString, name);
    QFETCH(QString, shown);
    QCOMPARE(PersonNames::masked(name), shown);
}

QTEST_APPLESS_MAIN(TestPersonName)
#include "tst_personname.moc"
