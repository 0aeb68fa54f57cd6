// The hand-over list as paper: as many A4 pages as the cards take, each with
// the batch and "page n of m", every card once, and the signature lines after
// the last card with room for them. Read back with pdftotext and pdfinfo
// (poppler-utils), not with our own code.
#include "printing/handoverprinter.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

HandOverList listOf(int rows) {
    HandOverList list;
    list.batchId = 42;
    list.label = QStringLiteral("Jianguo Elementary 2026");
    list.kind = QStringLiteral("school roster");
    list.stationId = QStringLiteral("TYC-0301");
    list.operatorName = QStringLiteral("chen.clerk");
    list.date = QDate(2026, 12, 2);
    for (int i = 1; i <= rows; ++i)
        list.rows << HandOverList::Row{QStringLiteral("03010000%1").arg(i, 8, 10, QLatin1Char('0')),
                                       QStringLiteral("student"), QStringLiteral("P○%1").arg(i),
                                       QStringLiteral("A1234*****")};
    return list;
}

QString run(const QString &program, const QStringList &arguments) {
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TstHandOverPrinter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pagesFor_data();
    void pagesFor();
    void printsEveryCardOnItsPages_data();
    void printsEveryCardOnItsPages();
    void anUnknownQueueIsRefused();
};

void TstHandOverPrinter::pagesFor_data() {
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("pages");
    // 27 cards fill a page; the last page holds 20 and the signatures.
    QTest::newRow("none") << 0 << 1;
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("last page full") << 20 << 1;
    QTest::newRow("signatures spill") << 21 << 2;
    QTest::newRow("two pages full") << 47 << 2;
    QTest::newRow("third page") << 48 << 3;
    QTest::newRow("a class of 60") << 60 << 3;
}

void TstHandOverPrinter::pagesFor() {
    QFETCH(int, rows);
    QFETCH(int, pages);
    QCOMPARE(HandOverPrinter::pagesFor(rows), pages);
}

void TstHandOverPrinter::printsEveryCardOnItsPages_data() {
    QTest::addColumn<int>("rows");
    QTest::newRow("one page") << 5;
    QTest::newRow("signatures on a page of their own") << 21;
    QTest::newRow("three pages") << 60;
}

void TstHandOverPrinter::printsEveryCardOnItsPages() {
    QFETCH(int, rows);
    QTemporaryDir dir;
    const QString pdf = dir.filePath("handover.pdf");
    const HandOverList list = listOf(rows);
    const Status printed = HandOverPrinter::print(list, "pdf:" + pdf);
    QVERIFY2(printed.ok(), qPrintable(printed ? QString() : printed.error().toString()));

    const int pages = HandOverPrinter::pagesFor(rows);
    const QString info = run("pdfinfo", {pdf});
    const QRegularExpressionMatch count =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY2(count.hasMatch(), qPrintable(info));
    QCOMPARE(count.captured(1).toInt(), pages);

    for (int page = 1; page <= pages; ++page) {
        const QString text = run("pdftotext", {"-layout", "-f", QString::number(page), "-l",
                                               QString::number(page), pdf, "-"});
        QVERIFY2(text.contains(QStringLiteral("batch 42 \"Jianguo Elementary 2026\"")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                 qPrintable(text));
        QCOMPARE(text.contains(QStringLiteral("Received by")), page == pages);
    }
    const QString all = run("pdftotext", {"-layout", pdf, "-"});
    for (const HandOverList::Row &r : list.rows)
        QCOMPARE(all.count(r.cardNumber), 1);
    QCOMPARE(all.count(QStringLiteral("A1234*****")), rows);
    QVERIFY(all.contains(QStringLiteral("chen.clerk")));
}

void TstHandOverPrinter::anUnknownQueueIsRefused() {
    const Status printed = HandOverPrinter::print(listOf(1), "no-such-queue-here");
    QVERIFY(!printed.ok());
    QCOMPARE(printed.error().code, ErrorCode::DeviceNotFound);
}

QTEST_MAIN(TstHandOverPrinter)
#include "tst_handoverprinter.moc"
