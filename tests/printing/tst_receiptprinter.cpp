// The counter's receipts as paper, read back with pdftotext and pdfinfo
// (poppler-utils): two A4 pages, the applicant's copy and the office's, each
// with the card, the fee paid or waived with its reason, the station, clerk
// and time, the dates in words for English; a lost report's proof.
#include "tests/support/printingpeers.h"

#include "core/domain/cardnumber.h"
#include "printing/receiptprinter.h"

#include <QDir>
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
    r.operatorName = QStringLiteral("Chen Mei-ling");
    r.officeName = QStringLiteral("Taoyuan District Household Registration Office");
    r.officeAddress = QStringLiteral("1 Xianfu Road, Taoyuan District");
    r.officePhone = QStringLiteral("03-332-2101");
    r.number = 42;
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
    void aFolderKeepsEveryReceipt();
};

void TstReceiptPrinter::twoCopies_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("fee");
    QTest::addColumn<bool>("again"); // a copy printed again
    QTest::addColumn<QString>("waiver");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("a new card, no fee")
        << int(Receipt::Kind::Application) << 0 << false << QString()
        << QStringList{"Citizen card application receipt", "1 December 2026 (ROC 115)", "no expiry",
                       "1 December 2026 (ROC 115) 09:05", "Receipt number"}
        << QStringList{"Fee", "NT$", "printed again"};
    QTest::newRow("a copy printed again")
        << int(Receipt::Kind::Application) << 0 << true << QString()
        << QStringList{"printed again", "Printed again", "3 December 2026 (ROC 115) 14:30",
                       "1 December 2026 (ROC 115) 09:05"}
        << QStringList{};
    QTest::newRow("a replacement, fee paid")
        << int(Receipt::Kind::Application) << 100 << false << QString()
        << QStringList{"NT$100 paid"} << QStringList{"waived"};
    QTest::newRow("a replacement, fee waived")
        << int(Receipt::Kind::Application) << 100 << false << "low-income household"
        << QStringList{"NT$100 waived: low-income household"} << QStringList{"paid"};
    QTest::newRow("a lost report's proof")
        << int(Receipt::Kind::LostReport) << 0 << false << QString()
        << QStringList{"Citizen card lost report: proof", "Blocked at",
                       "1 December 2026 (ROC 115) 09:05", "reported lost and blocked"}
        << QStringList{"Application number", "Valid until"};
}

void TstReceiptPrinter::twoCopies() {
    QFETCH(int, kind);
    QFETCH(int, fee);
    QFETCH(bool, again);
    QFETCH(QString, waiver);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, absent);
    Receipt receipt = receiptOf(Receipt::Kind(kind));
    receipt.fee = fee;
    receipt.feeWaived = !waiver.isEmpty();
    receipt.feeWaiver = waiver;
    if (again)
        receipt.printedAgainAt = QDateTime(QDate(2026, 12, 3), QTime(6, 30), Qt::UTC);
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
        // Who signs it, by their display name; the office that made it; its number.
        QVERIFY2(text.contains("H1012*****") && text.contains("Chen Mei-ling"), qPrintable(text));
        QVERIFY2(text.contains(receipt.officeName) && text.contains(receipt.officeAddress) &&
                     text.contains(receipt.officePhone) && text.contains("42"),
                 qPrintable(text));
        for (const QString &s : shown)
            QVERIFY2(text.contains(s), qPrintable(s + " not in:\n" + text));
        for (const QString &s : absent)
            QVERIFY2(!text.contains(s), qPrintable(s + " in:\n" + text));
    }
}

// "pdf:FOLDER/" writes one file per receipt, named by its number, and never
// overwrites: a copy printed again is a file of its own.
void TstReceiptPrinter::aFolderKeepsEveryReceipt() {
    QTemporaryDir dir;
    const QString folder = dir.filePath("receipts/");
    Receipt receipt = receiptOf(Receipt::Kind::Application);
    QVERIFY(ReceiptPrinter::print(receipt, "pdf:" + folder).ok());
    QVERIFY(ReceiptPrinter::print(receipt, "pdf:" + folder).ok());
    receipt.kind = Receipt::Kind::LostReport;
    QVERIFY(ReceiptPrinter::print(receipt, "pdf:" + folder).ok());
    QCOMPARE(QDir(folder).entryList(QDir::Files),
             (QStringList{"citizencard-lost-report-42.pdf", "citizencard-receipt-42-2.pdf",
                          "citizencard-receipt-42.pdf"}));
}

QTEST_MAIN(TstReceiptPrinter)
#include "tst_receiptprinter.moc"
