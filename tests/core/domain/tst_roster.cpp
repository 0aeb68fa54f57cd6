#include "core/domain/error.h"
#include "core/domain/roster.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace cc;

namespace {

QByteArray fixture(const char *name) {
    QFile f(QStringLiteral(CITIZENCARD_TEST_DATA_DIR "/rosters/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

Result<Roster> parse(const QByteArray &bytes, RosterEncoding encoding = RosterEncoding::Auto,
                     bool school = true) {
    return Rosters::parse(bytes, QStringLiteral("roster.csv"), encoding, RosterMapping::standard(),
                          school);
}

const QByteArray kHeader = "身分證字號,姓名,出生日期,學校,學制/年級,預計畢業日\n";

} // namespace

class TstRoster : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The same three pupils, however the school's spreadsheet wrote them.
    void readsEveryEncoding_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("detected");
        QTest::newRow("utf-8") << "school-utf8.csv" << int(RosterEncoding::Auto) << "utf-8";
        QTest::newRow("utf-8 with BOM")
            << "school-utf8-bom.csv" << int(RosterEncoding::Auto) << "utf-8";
        QTest::newRow("big5 detected") << "school-big5.csv" << int(RosterEncoding::Auto) << "big5";
        QTest::newRow("big5 given") << "school-big5.csv" << int(RosterEncoding::Big5) << "big5";
        QTest::newRow("utf-8 given") << "school-utf8.csv" << int(RosterEncoding::Utf8) << "utf-8";
    }
    void readsEveryEncoding() {
        QFETCH(QString, file);
        QFETCH(int, encoding);
        QFETCH(QString, detected);
        const Result<Roster> r = parse(fixture(qPrintable(file)), RosterEncoding(encoding));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->encoding, detected);
        QVERIFY2(r->problems.isEmpty(), qPrintable(r->problems.value(0).message));
        QVERIFY(r->rows.size() >= 3);
        const RosterRow &first = r->rows[0];
        QCOMPARE(first.row, 2);
        QCOMPARE(first.nationalId, QString("H100000008"));
        QCOMPARE(first.name, QString("林小明"));
        QCOMPARE(first.birthDate, QDate(2015, 3, 15));
        QCOMPARE(first.enrollment->school, QString("桃園市立中壢國小"));
        QCOMPARE(first.enrollment->level, SchoolLevel::Elementary);
        QCOMPARE(first.levelText, QString("國小三年級"));
        QCOMPARE(first.enrollment->expectedGraduation, QDate(2029, 6, 30));
        QCOMPARE(r->rows[1].nationalId, QString("H200000000"));
        QCOMPARE(r->rows[1].enrollment->level, SchoolLevel::Junior);
        QCOMPARE(r->rows[2].nationalId, QString("H100000017"));
        QCOMPARE(r->rows[2].birthDate, QDate(2011, 1, 20));
        QCOMPARE(r->rows[2].name, QString("王大衛"));
        QCOMPARE(r->rows[2].enrollment->level, SchoolLevel::Senior);
    }

    void wrongEncodingIsAnError() {
        const Result<Roster> r = parse(fixture("school-big5.csv"), RosterEncoding::Utf8);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::ParseFailed);
        QCOMPARE(r.error().where, QString("roster.csv"));
        QVERIFY(r.error().message.contains("Big5"));
        // Bytes that are neither.
        const Result<Roster> neither = parse(kHeader + "\x81\x30,x\n");
        QVERIFY(!neither.ok());
        QCOMPARE(neither.error().code, ErrorCode::ParseFailed);
    }

    // Every kind of bad row, each named by its row and column.
    void namesEveryBadRow() {
        const Result<Roster> r = parse(fixture("school-bad.csv"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->rowCount, 12);
        QStringList got;
        for (const RosterProblem &p : r->problems)
            got << QStringLiteral("%1 %2 %3").arg(p.row).arg(p.column, p.code);
        const QStringList expected{
            "3 身分證字號 empty", "4 身分證字號 national-id", "5 出生日期 date", "6 姓名 empty",
            "7 學制/年級 level",  "9 身分證字號 duplicate",   "11 姓名 name",
        };
        QCOMPARE(got, expected);
        // The rows that read cleanly: eligibility (rows 8, 10) is the import's.
        QList<int> clean;
        for (const RosterRow &row : r->rows)
            clean << row.row;
        QCOMPARE(clean, (QList<int>{2, 8, 10, 12, 13}));
        QVERIFY(r->problems[5].message.contains("row 2"));
        QCOMPARE(r->cells.size(), 12);
    }

    // Rows are the file's lines; a blank line and a row of empty cells (as
    // spreadsheets end a sheet) are neither rows nor problems.
    void blankAndEmptyRowsAreSkipped() {
        const Result<Roster> r =
            parse(kHeader + "H100000008,林小明,104/03/15,中壢國小,國小,118/06/30\n"
                            "\n"
                            ",,,,,\n"
                            " , ,　,,,\n"
                            "H100000017,,104/03/15,中壢國小,國小,118/06/30\n");
        QVERIFY(r.ok());
        QCOMPARE(r->rowCount, 2);
        QCOMPARE(r->rows.size(), 1);
        QCOMPARE(r->problems.size(), 1);
        QCOMPARE(r->problems[0].row, 6);
        QCOMPARE(r->cells.value(6).value(0), QString("H100000017"));
        QCOMPARE(r->columns.value(RosterMapping::Field::Name), QString("姓名"));
    }

    void refusesAFileItCannotRead_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("school");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("needle");
        QTest::newRow("no graduation column")
            << QByteArray("身分證字號,姓名,出生日期,學校,學制/年級\n") << true << "roster.csv:1"
            << "預計畢業日";
        QTest::newRow("no ID column") << QByteArray("姓名,出生日期\n") << false << "roster.csv:1"
                                      << "身分證字號";
        QTest::newRow("empty file") << QByteArray() << true << "roster.csv"
                                    << "empty";
        QTest::newRow("ragged row") << kHeader + "a,b\n"
                                    << true << "roster.csv:2"
                                    << "fields";
    }
    void refusesAFileItCannotRead() {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, school);
        QFETCH(QString, where);
        QFETCH(QString, needle);
        const Result<Roster> r = parse(bytes, RosterEncoding::Auto, school);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, where);
        QVERIFY2(r.error().message.contains(needle), qPrintable(r.error().message));
    }

    // An agency roster needs the person's columns only.
    void agencyRosterNeedsNoSchool() {
        const Result<Roster> r =
            parse("姓名 , 身分證字號,生日\n陳 老先生,A123456789,民國40年1月2日\n",
                  RosterEncoding::Auto, false);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->rows.size(), 1);
        QCOMPARE(r->rows[0].name, QString("陳老先生"));
        QCOMPARE(r->rows[0].birthDate, QDate(1951, 1, 2));
        QVERIFY(!r->rows[0].enrollment);
    }

    void mappingNamesOtherHeaders() {
        const Result<RosterMapping> m = RosterMapping::fromJson(
            QJsonDocument::fromJson(R"({"nationalId": ["學生身分證"], "name": ["學生名字"]})")
                .object(),
            "map.json");
        QVERIFY(m.ok());
        const Result<Roster> r = Rosters::parse("學生身分證,學生名字,出生日期\nA123456789,王小明,"
                                                "104/1/1\n",
                                                "r.csv", RosterEncoding::Auto, *m, false);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->rows.value(0).nationalId, QString("A123456789"));
        const Result<RosterMapping> bad = RosterMapping::fromJson(
            QJsonDocument::fromJson(R"({"idNo": ["x"]})").object(), "m.json");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().where, QString("m.json: idNo"));
    }

    void levels_data() {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<int>("level"); // -1: none
        QTest::newRow("國小三年級") << "國小三年級" << int(SchoolLevel::Elementary);
        QTest::newRow("國民小學") << "國民小學" << int(SchoolLevel::Elementary);
        QTest::newRow("國中 2年級") << "國中 2年級" << int(SchoolLevel::Junior);
        QTest::newRow("高職") << "高職" << int(SchoolLevel::Senior);
        QTest::newRow("大學") << "大學四年級" << int(SchoolLevel::University);
        QTest::newRow("code") << "Junior" << int(SchoolLevel::Junior);
        QTest::newRow("kindergarten") << "幼兒園" << -1;
        QTest::newRow("grade alone") << "三年級" << -1;
    }
    void levels() {
        QFETCH(QString, cell);
        QFETCH(int, level);
        const std::optional<SchoolLevel> got = Rosters::levelFrom(cell);
        QCOMPARE(got ? int(*got) : -1, level);
    }
};

QTEST_GUILESS_MAIN(TstRoster)
#include "tst_roster.moc"
