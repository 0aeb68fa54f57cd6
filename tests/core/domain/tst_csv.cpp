#include "core/domain/csv.h"
#include "core/domain/error.h"

#include <QTest>

using namespace cc;

class TstCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parses_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("plain") << QByteArray("a,b\n1,2\n3,4\n") << QStringList{"a", "b"}
                               << QList<QStringList>{{"1", "2"}, {"3", "4"}} << QList<int>{2, 3};
        QTest::newRow("crlf, no final newline")
            << QByteArray("a,b\r\n1,2\r\n3,4") << QStringList{"a", "b"}
            << QList<QStringList>{{"1", "2"}, {"3", "4"}} << QList<int>{2, 3};
        QTest::newRow("bom and utf-8")
            << QByteArray("\xef\xbb\xbfname,x\n王小明,1\n") << QStringList{"name", "x"}
            << QList<QStringList>{{"王小明", "1"}} << QList<int>{2};
        QTest::newRow("quotes, commas and line breaks")
            << QByteArray("a,b\n\"x, \"\"y\"\"\",\"two\nlines\"\n\"\",end\n")
            << QStringList{"a", "b"} << QList<QStringList>{{"x, \"y\"", "two\nlines"}, {"", "end"}}
            << QList<int>{2, 4};
        QTest::newRow("blank lines skipped") << QByteArray("a\n\n1\n\n") << QStringList{"a"}
                                             << QList<QStringList>{{"1"}} << QList<int>{3};
        QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << QStringList{"a", "b", "c"}
                                      << QList<QStringList>{{"", "", ""}} << QList<int>{2};
    }

    void parses() {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, header);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<int>, lines);
        Result<CsvTable> t = Csv::parse(bytes, "t.csv");
        QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().toString()));
        QCOMPARE(t->header, header);
        QCOMPARE(t->rows, rows);
        QCOMPARE(t->lines, lines);
    }

    void rejects_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        QTest::newRow("empty") << QByteArray("") << "parse-failed"
                               << "t.csv";
        QTest::newRow("short row") << QByteArray("a,b\n1,2\n3\n") << "bad-value"
                                   << "t.csv:3";
        QTest::newRow("long row") << QByteArray("a\n1\n2,3\n") << "bad-value"
                                  << "t.csv:3";
        QTest::newRow("repeated header") << QByteArray("a,a\n1,2\n") << "bad-value"
                                         << "t.csv:1";
        QTest::newRow("unclosed quote") << QByteArray("a\n1\n\"open\n") << "parse-failed"
                                        << "t.csv:3";
        QTest::newRow("text after quote") << QByteArray("a\n\"x\"y\n") << "parse-failed"
                                          << "t.csv:2";
        QTest::newRow("not utf-8") << QByteArray("a\n\xff\xfe\n") << "parse-failed"
                                   << "t.csv";
    }

    void rejects() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(QString, where);
        Result<CsvTable> t = Csv::parse(bytes, "t.csv");
        QVERIFY(!t.ok());
        QCOMPARE(errorCodeName(t.error().code), code);
        QCOMPARE(t.error().where, where);
    }

    // A device that never ends is refused once past the limit, not read forever.
    void endlessInputIsRefused() {
        Result<CsvTable> t = Csv::load("/dev/zero");
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, ErrorCode::BadValue);
        QCOMPARE(t.error().where, QString("/dev/zero"));
        QVERIFY(t.error().message.contains("KiB"));
    }

    void recordByHeader() {
        Result<CsvTable> t = Csv::parse("name,photo\nA,a.png\n", "t.csv");
        QCOMPARE(t->record(0).value("photo"), QString("a.png"));
    }
};

QTEST_GUILESS_MAIN(TstCsv)
#include "tst_csv.moc"
