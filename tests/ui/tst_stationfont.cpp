// The counter's typeface: one face with the Taiwan glyph forms and Latin.
#include "ui/common/stationfont.h"

#include <QApplication>
#include <QFontInfo>
#include <QRawFont>
#include <QTest>

class TstStationFont : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneFaceDrawsHanAndLatin_data();
    void oneFaceDrawsHanAndLatin();
};

void TstStationFont::initTestCase() {
    cc::useStationFont();
    cc::loadStationFont();
}

void TstStationFont::oneFaceDrawsHanAndLatin_data() {
    QTest::addColumn<char32_t>("character");
    QTest::newRow("counter") << char32_t(U'櫃');
    QTest::newRow("Tai of Taiwan, traditional") << char32_t(U'臺');
    QTest::newRow("Latin") << char32_t(U'A');
    QTest::newRow("digit") << char32_t(U'7');
}

void TstStationFont::oneFaceDrawsHanAndLatin() {
    QFETCH(char32_t, character);
    const QFont font = QApplication::font();
    QCOMPARE(QFontInfo(font).family(), QStringLiteral("Noto Sans CJK TC"));
    QVERIFY(QRawFont::fromFont(font).supportsCharacter(character));
}

QTEST_MAIN(TstStationFont)
#include "tst_stationfont.moc"
