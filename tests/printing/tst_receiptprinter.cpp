// The counter's receipts as paper, read back with pdftotext and pdfinfo
// (poppler-utils): two A4 pages, the applicant's copy and the office's, each
// with the card, the fee paid or waived with its reason, the station, clerk
// and time, the dates in words for English; a lost report's proof.
#include "tests/support/printingpeers.h"

#include "core/domain/cardnumber.h"
#include "printing/receiptprinter.h"

#include <QGuiApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

Receipt receiptOf(Receipt::Kind kind) {
    Receipt r;
    r.kind = kind;
    r.applicationId = kind == Receipt::Kind::Application ? 17 : 0;
    r.cardNumber = QStringLiteral("0301000000000147");
    r.cardType = QStringLiteral("Senior card");
    r.carrier = QStringLiteral("EasyCard");
    r.name = QStringLiteral("CHANG Chih-ming");
    r.maskedId = QStringLiteral("H1012*****");
    r.issued = QDate(2026, 12, 1);
    r.stationId = QStringLiteral("TYC-0301");
    r.operatorName = QStringLiteral("chen.clerk");
    r.at = QDateTime(QDate(2026, 12, 1), QTime(1, 5), Qt::UTC); // 09:05 in Taipei
    return r;
}

} // namespace

class TstReceiptPrinter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void twoCopies_data();
    void twoCopies();
};

void TstReceiptPrinter::twoCopies_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("fee");
    QTest::addColumn<QString>("waiver");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("a new card, no fee")
        << int(Receipt::Kind::Application) << 0 << QString()
        << QStringList{"Citizen card application receipt", "1 December 2026 (ROC 115)", "no expiry",
                       "1 December 2026 (ROC 115) 09:05"}
        << QStringList{"Fee", "NT$"};
    QTest::newRow("a replacement, fee paid") << int(Receipt::Kind::Application) << 100 << QString()
                                             << QStringList{"NT$100 paid"} << QStringList{"waived"};
    QTest::newRow("a replacement, fee waived")
        << int(Receipt::Kind::Application) << 100 << "low-income household"
        << QStringList{"NT$100 waived: low-income household"} << QStringList{"paid"};
    QTest::newRow("a lost report's proof")
        << int(Receipt::Kind::LostReport) << 0 << QString()
        << QStringList{"Citizen card lost report: proof", "Blocked at",
                       "1 December 2026 (ROC 115) 09:05", "reported lost and blocked"}
        << QStringList{"Application number", "Valid until"};
}

void TstReceiptPrinter::twoCopies() {
    QFETCH(int, kind);
    QFETCH(int, fee);
    QFETCH(QString, waiver);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, absent);
    Receipt receipt = receiptOf(Receipt::Kind(kind));
    receipt.fee = fee;
    receipt.feeWaived = !waiver.isEmpty();
    receipt.feeWaiver = waiver;
    QTemporaryDir dir;
    const QString pdf = dir.filePath("receipt.pdf");
    const Status printed = ReceiptPrinter::print(receipt, "pdf:" + pdf);
    QVERIFY2(printed.ok(), qPrintable(printed ? QString() : printed.error().toString()));
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                              .match(test::runTool("pdfinfo", {pdf}));
    QCOMPARE(pages.captured(1).toInt(), 2);
    const QString copies[] = {"Applicant's copy", "Office copy"};
    for (int page = 1; page <= 2; ++page) {
        const QString text = test::runTool(
            "pdftotext", {"-f", QString::number(page), "-l", QString::number(page), pdf, "-"});
        QVERIFY2(text.contains(copies[page - 1]) && !text.contains(copies[2 - page]),
                 qPrintable(text));
        QVERIFY2(text.contains(CardNumber::grouped(receipt.cardNumber)), qPrintable(text));
        QVERIFY2(text.contains("H1012*****") && text.contains("chen.clerk"), qPrintable(text));
        for (const QString &s : shown)
            QVERIFY2(text.contains(s), qPrintable(s + " not in:\n" + text));
        for (const QString &s : absent)
            QVERIFY2(!text.contains(s), qPrintable(s + " in:\n" + text));
    }
}

QTEST_MAIN(TstReceiptPrinter)
#include "tst_receiptprinter.moc"
