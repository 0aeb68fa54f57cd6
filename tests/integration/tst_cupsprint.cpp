// The spooler printer through a real, private cupsd with a cups-pdf queue:
// three cards are printed, the jobs complete, and the PDFs the queue wrote
// are checked as images: ID-1 pages, barcodes that decode, the photo where
// the template puts it.
#include "tests/support/printingpeers.h"

#include "printing/barcode.h"
#include "printing/defaulttemplates.h"
#include "printing/printers.h"
#include "printing/spoolerprinter.h"

#include <QDir>
#include <QTest>

#include <unistd.h>

using namespace cc;

namespace {

const QString kQueue = QStringLiteral("citizencard-test");
const QString kPhotos = QStringLiteral(CITIZENCARD_TEST_DATA_DIR "/photos/");

bool isSkin(QRgb c) {
    return std::abs(qRed(c) - 233) < 30 && std::abs(qGreen(c) - 195) < 30 &&
           std::abs(qBlue(c) - 159) < 30;
}

} // namespace

class TstCupsPrint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        if (geteuid() != 0)
            QSKIP("the cups-pdf backend runs only for a cupsd started as root");
        QVERIFY2(m_cups.start(kQueue), qPrintable("cupsd did not start:\n" + m_cups.log()));
    }

    void listsTheQueue() {
        QVERIFY(SpoolerPrinter::queues().contains(kQueue));
        SpoolerPrinter printer(kQueue);
        QCOMPARE(printer.status().state, PrinterState::Ready);
        QVERIFY(!printer.hasEncoderStation());
        QCOMPARE(SpoolerPrinter("no-such-queue").status().error, ErrorCode::DeviceNotFound);
    }

    void printsThreeCards() {
        Result<std::unique_ptr<CardPrinter>> printer = Printers::open(kQueue);
        QVERIFY(printer.ok());
        const QStringList numbers = {"0301000000000014", "0301000000000022", "0301000000000030"};
        QStringList jobs;
        for (const QString &number : numbers) {
            const CardFaceRequest face{"disability",
                                       "ipass",
                                       {},
                                       {{"cardNumber", number},
                                        {"name", "張志豪"},
                                        {"nameLatin", "CHANG Chih-hao"},
                                        {"issued", "2026-11-21"},
                                        {"expires", "2029-06-30"},
                                        {"photo", kPhotos + "applicant-portrait.png"}},
                                       {}};
            const PrintJobRecord job = (*printer)->print(face);
            QVERIFY2(!job.error, qPrintable(job.error ? job.error->toString() : QString()));
            QCOMPARE(job.outcome, PrintJobOutcome::Printed);
            jobs << job.jobName;
        }
        QVERIFY2(m_cups.waitUntilIdle(60000), qPrintable(m_cups.log()));

        // Where the template puts the photo, in pixels at 300 dpi.
        const CardTemplate layout = DefaultTemplates::get(CardType::Disability, Carrier::IPass);
        QRectF photoMm;
        for (const TemplateElement &e : layout.front.elements)
            if (e.field == "photo")
                photoMm = e.boxMm;
        const double k = 300 / 25.4;
        const QRectF photoBox(photoMm.x() * k, photoMm.y() * k, photoMm.width() * k,
                              photoMm.height() * k);

        for (int i = 0; i < numbers.size(); ++i) {
            const QStringList pdfs =
                QDir(m_cups.outDir()).entryList({jobs[i] + "*.pdf"}, QDir::Files);
            QCOMPARE(pdfs.size(), 1);
            const QList<QImage> pages = test::pdfPages(m_cups.outDir() + '/' + pdfs[0], 300);
            QCOMPARE(pages.size(), 2); // front and back
            for (const QImage &page : pages) {
                // ID-1: 85.60 × 53.98 mm is 1011 × 638 pixels at 300 dpi.
                QVERIFY2(std::abs(page.width() - 1011) <= 2 && std::abs(page.height() - 638) <= 2,
                         qPrintable(QString("%1 x %2").arg(page.width()).arg(page.height())));
            }
            QStringList zxing;
            for (const DecodedBarcode &b : Barcodes::decode(pages[1]))
                zxing << b.format + ':' + b.text;
            zxing.sort();
            QCOMPARE(zxing, (QStringList{"Code128:" + numbers[i], "QRCode:" + numbers[i]}));
            QTemporaryDir dir;
            QVERIFY(pages[1].save(dir.filePath("back.png")));
            QCOMPARE(test::zbarDecode(dir.filePath("back.png")),
                     (QStringList{"CODE-128:" + numbers[i], "QR-Code:" + numbers[i]}));

            // The face in the photo lies inside the photo box, centred across it
            // (below the header, where the city's emblem has skin-like pinks).
            QRect skin;
            const QImage front = pages[0].convertToFormat(QImage::Format_RGB32);
            for (int y = int(11 * k); y < front.height(); ++y)
                for (int x = 0; x < front.width(); ++x)
                    if (isSkin(front.pixel(x, y)))
                        skin |= QRect(x, y, 1, 1);
            QVERIFY(skin.width() > 50);
            QVERIFY2(photoBox.contains(skin), qPrintable(QString("skin at %1,%2 %3x%4")
                                                             .arg(skin.x())
                                                             .arg(skin.y())
                                                             .arg(skin.width())
                                                             .arg(skin.height())));
            QVERIFY(std::abs(skin.center().x() - photoBox.center().x()) < 12);
            // Outside the box, left of it, the card is white.
            QCOMPARE(qGray(front.pixel(int(photoBox.left()) - 8, int(photoBox.center().y()))), 255);
        }
    }

    void cleanupTestCase() { m_cups.stop(); }

private:
    test::CupsDaemon m_cups;
};

QTEST_MAIN(TstCupsPrint)
#include "tst_cupsprint.moc"
