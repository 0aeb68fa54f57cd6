#include "core/domain/rocdate.h"

#include <QTest>

using cc::RocDate;

class TestRocDate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void format_data();
    void format();
    void formatInEnglish();
    void formatMomentInTaipei();
    void roundTrip_data();
    void roundTrip();
    void parseIso_data();
    void parseIso();
    void age_data();
    void age();
};

void TestRocDate::parseValid_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("expected");

    const QDate d(2026, 11, 21);
    QTest::newRow("short") << "115/11/21" << d;
    QTest::newRow("short unpadded") << "115/1/5" << QDate(2026, 1, 5);
    QTest::newRow("dots") << "115.11.21" << d;
    QTest::newRow("dashes") << "115-11-21" << d;
    QTest::newRow("compact 7 digits") << "1151121" << d;
    QTest::newRow("long") << QStringLiteral(u"民國115年11月21日") << d;
    QTest::newRow("long without era") << QStringLiteral(u"115年11月21日") << d;
    QTest::newRow("long without 日") << QStringLiteral(u"115年11月21") << d;
    QTest::newRow("era then short") << QStringLiteral(u"民國115/11/21") << d;
    QTest::newRow("era and space") << QStringLiteral(u"民國 115年11月21日") << d;
    QTest::newRow("full-width digits") << QStringLiteral(u"１１５／１１／２１") << d;
    QTest::newRow("surrounding spaces") << "  115/11/21 " << d;
    QTest::newRow("gregorian iso") << "2026-11-21" << d;
    QTest::newRow("gregorian slashes") << "2026/11/21" << d;
    QTest::newRow("gregorian compact") << "20261121" << d;
    QTest::newRow("first ROC day") << "1/1/1" << QDate(1912, 1, 1);
    QTest::newRow("first ROC day padded") << "001/01/01" << QDate(1912, 1, 1);
    QTest::newRow("ROC 99 to 100") << "99/12/31" << QDate(2010, 12, 31);
    QTest::newRow("ROC 100 first day") << "100/01/01" << QDate(2011, 1, 1);
    QTest::newRow("ROC 88 end of 1999") << "88/12/31" << QDate(1999, 12, 31);
    QTest::newRow("ROC 89 start of 2000") << "089/01/01" << QDate(2000, 1, 1);
    QTest::newRow("leap day ROC 113") << "113/02/29" << QDate(2024, 2, 29);
    QTest::newRow("leap day ROC 89 (2000)")
        << QStringLiteral(u"民國89年2月29日") << QDate(2000, 2, 29);
    QTest::newRow("leap day gregorian") << "2024-02-29" << QDate(2024, 2, 29);
    QTest::newRow("31 December") << "114/12/31" << QDate(2025, 12, 31);
}

void TestRocDate::parseValid() {
    QFETCH(QString, input);
    QFETCH(QDate, expected);
    const RocDate::Parsed p = RocDate::parse(input);
    QVERIFY2(p.valid(), qPrintable(p.message));
    QCOMPARE(p.date, expected);
}

void TestRocDate::parseInvalid_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("blank") << "   "
                           << "empty";
    QTest::newRow("words") << "yesterday"
                           << "format";
    QTest::newRow("two parts") << "115/11"
                               << "format";
    QTest::newRow("four parts") << "115/11/21/1"
                                << "format";
    QTest::newRow("mixed separators") << "115/11-21"
                                      << "format";
    QTest::newRow("era with gregorian year") << QStringLiteral(u"民國2026年11月21日") << "format";
    QTest::newRow("era with gregorian short") << QStringLiteral(u"民國2026/11/21") << "format";
    QTest::newRow("six digits") << "151121"
                                << "format";
    QTest::newRow("five-digit year") << "20261/11/21"
                                     << "format";
    QTest::newRow("ROC year 0") << "0/01/01"
                                << "year";
    QTest::newRow("ROC year 000") << "000/01/01"
                                  << "year";
    QTest::newRow("gregorian year too early") << "11511211"
                                              << "year";
    QTest::newRow("month 13") << "115/13/01"
                              << "month";
    QTest::newRow("month 0") << "115/00/10"
                             << "month";
    QTest::newRow("gregorian month 13") << "2026-13-01"
                                        << "month";
    QTest::newRow("29 Feb common ROC 115") << "115/02/29"
                                           << "day";
    QTest::newRow("29 Feb common 2100") << "2100-02-29"
                                        << "day";
    QTest::newRow("31 April") << "115/04/31"
                              << "day";
    QTest::newRow("day 0") << "115/11/00"
                           << "day";
    QTest::newRow("day 32") << QStringLiteral(u"115年1月32日") << "day";
}

void TestRocDate::parseInvalid() {
    QFETCH(QString, input);
    QFETCH(QString, reason);
    const RocDate::Parsed p = RocDate::parse(input);
    QVERIFY(!p.valid());
    QCOMPARE(RocDate::rejectionCode(p.rejection), reason);
    QVERIFY(!p.message.isEmpty());
    QVERIFY(!RocDate::parseDate(input).ok());
}

void TestRocDate::format_data() {
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("shortForm");
    QTest::addColumn<QString>("longForm");

    QTest::newRow("today") << QDate(2026, 11, 21) << "115/11/21"
                           << QStringLiteral(u"民國115年11月21日");
    QTest::newRow("padding") << QDate(2000, 1, 5) << "089/01/05"
                             << QStringLiteral(u"民國89年1月5日");
    QTest::newRow("first ROC day")
        << QDate(1912, 1, 1) << "001/01/01" << QStringLiteral(u"民國1年1月1日");
    QTest::newRow("ROC 100") << QDate(2011, 12, 31) << "100/12/31"
                             << QStringLiteral(u"民國100年12月31日");
    QTest::newRow("before ROC era") << QDate(1911, 12, 31) << "1911-12-31"
                                    << "1911-12-31";
    QTest::newRow("invalid") << QDate() << ""
                             << "";
}

void TestRocDate::format() {
    QFETCH(QDate, date);
    QFETCH(QString, shortForm);
    QFETCH(QString, longForm);
    QCOMPARE(RocDate::formatShort(date), shortForm);
    QCOMPARE(RocDate::formatLong(date), longForm);
    QCOMPARE(RocDate::formatLong(date, QLocale(QLocale::Chinese, QLocale::Taiwan)), longForm);
}

void TestRocDate::formatInEnglish() {
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(RocDate::formatLong(QDate(2026, 12, 1), english), "1 December 2026 (ROC 115)");
    QCOMPARE(RocDate::formatLong(QDate(1911, 12, 31), english), "31 December 1911");
    QCOMPARE(RocDate::formatLong(QDate(), english), QString());
}

// Taipei is UTC+8 all year: 17:50 UTC on 3 December is 01:50 on the 4th there.
void TestRocDate::formatMomentInTaipei() {
    QCOMPARE(RocDate::formatMoment(QDateTime(QDate(2026, 12, 3), QTime(17, 50), Qt::UTC)),
             "115/12/04 01:50");
    QCOMPARE(RocDate::formatMoment(QDateTime(QDate(2026, 7, 1), QTime(2, 0), Qt::UTC)),
             "115/07/01 10:00");
    QCOMPARE(RocDate::formatMoment(QDateTime()), QString());
}

void TestRocDate::roundTrip_data() {
    QTest::addColumn<QDate>("date");
    for (const QDate &d :
         {QDate(1912, 1, 1), QDate(1950, 6, 15), QDate(1999, 12, 31), QDate(2000, 1, 1),
          QDate(2000, 2, 29), QDate(2010, 12, 31), QDate(2011, 1, 1), QDate(2024, 2, 29),
          QDate(2026, 11, 21), QDate(2910, 12, 31)})
        QTest::newRow(qPrintable(d.toString(Qt::ISODate))) << d;
}

void TestRocDate::roundTrip() {
    QFETCH(QDate, date);
    QCOMPARE(RocDate::parse(RocDate::formatShort(date)).date, date);
    QCOMPARE(RocDate::parse(RocDate::formatLong(date)).date, date);
    QCOMPARE(RocDate::parse(date.toString(Qt::ISODate)).date, date);
}

void TestRocDate::parseIso_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ok") << "2026-11-21" << true;
    QTest::newRow("leap") << "2024-02-29" << true;
    QTest::newRow("not leap") << "2026-02-29" << false;
    QTest::newRow("ROC") << "115/11/21" << false;
    QTest::newRow("unpadded") << "2026-1-5" << false;
    QTest::newRow("year 9999") << "9999-12-31" << false;
    QTest::newRow("year 1899") << "1899-12-31" << false;
    QTest::newRow("first year") << "1900-01-01" << true;
    QTest::newRow("last year") << "2199-12-31" << true;
    QTest::newRow("with time") << "2026-11-21T00:00:00" << false;
    QTest::newRow("empty") << "" << false;
}

void TestRocDate::parseIso() {
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(RocDate::parseIso(input).ok(), valid);
}

void TestRocDate::age_data() {
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("age");

    QTest::newRow("ordinary") << QDate(2000, 1, 1) << QDate(2026, 11, 21) << 26;
    QTest::newRow("birthday itself") << QDate(2000, 11, 21) << QDate(2026, 11, 21) << 26;
    QTest::newRow("day before birthday") << QDate(2000, 11, 22) << QDate(2026, 11, 21) << 25;
    QTest::newRow("born today") << QDate(2026, 11, 21) << QDate(2026, 11, 21) << 0;
    QTest::newRow("not yet born") << QDate(2026, 11, 22) << QDate(2026, 11, 21) << -1;
    QTest::newRow("year boundary") << QDate(1999, 12, 31) << QDate(2000, 1, 1) << 0;
    QTest::newRow("year boundary anniversary") << QDate(1999, 12, 31) << QDate(2025, 12, 31) << 26;
    QTest::newRow("29 Feb, common year, 28 Feb") << QDate(2016, 2, 29) << QDate(2023, 2, 28) << 6;
    QTest::newRow("29 Feb, common year, 1 Mar") << QDate(2016, 2, 29) << QDate(2023, 3, 1) << 7;
    QTest::newRow("29 Feb, leap year, 28 Feb") << QDate(2016, 2, 29) << QDate(2024, 2, 28) << 7;
    QTest::newRow("29 Feb, leap year, 29 Feb") << QDate(2016, 2, 29) << QDate(2024, 2, 29) << 8;
    QTest::newRow("29 Feb, birth day") << QDate(2016, 2, 29) << QDate(2016, 2, 29) << 0;
    QTest::newRow("29 Feb, 2100 is common, 28 Feb")
        << QDate(2000, 2, 29) << QDate(2100, 2, 28) << 99;
    QTest::newRow("29 Feb, 2100 is common, 1 Mar")
        << QDate(2000, 2, 29) << QDate(2100, 3, 1) << 100;
    QTest::newRow("28 Feb birth, common year") << QDate(2016, 2, 28) << QDate(2017, 2, 28) << 1;
    QTest::newRow("1 Mar birth, 28 Feb") << QDate(2016, 3, 1) << QDate(2017, 2, 28) << 0;
    QTest::newRow("senior at 65") << QDate(1961, 11, 21) << QDate(2026, 11, 21) << 65;
}

void TestRocDate::age() {
    QFETCH(QDate, birth);
    QFETCH(QDate, on);
    QFETCH(int, age);
    QCOMPARE(cc::ageOn(birth, on), age);
}

QTEST_APPLESS_MAIN(TestRocDate)
#include "tst_rocdate.moc"
