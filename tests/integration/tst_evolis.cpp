// An Evolis printer spoken to directly, against tools/printer-emulator: the
// one-pass encode-then-print flow with a real pcscd, vpcd and the virtual card
// as the printer's encoder, and every injected fault ending with the card in
// the reject tray, the named error on the job, and nothing counted as printed.
#include "tests/support/pcscpeers.h"
#include "tests/support/printingpeers.h"

#include "printing/barcode.h"
#include "printing/boundface.h"
#include "printing/evolisprinter.h"
#include "printing/evolisstream.h"
#include "printing/printers.h"
#include "reader/keyfile.h"
#include "reader/pcscencoder.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;
using namespace cc::reader;

namespace {

const QString kPhotos = QStringLiteral(CITIZENCARD_TEST_DATA_DIR "/photos/");

CardFaceRequest face(const QString &number = "0301000000000014") {
    return {"senior",
            "ipass",
            {},
            {{"cardNumber", number},
             {"name", "林美華"},
             {"nameLatin", "LIN Mei-hua"},
             {"issued", "2026-11-21"},
             {"expires", "2031-11-20"},
             {"photo", kPhotos + "applicant-portrait.png"}},
            {}};
}

// The emulator's counters as name → value.
QHash<QString, int> counters(EvolisPrinter &printer) {
    QHash<QString, int> out;
    const Result<QByteArray> reply = printer.command("Xc");
    for (const QByteArray &pair : reply.value().split(';'))
        out.insert(QString::fromLatin1(pair.split('=').value(0)), pair.split('=').value(1).toInt());
    return out;
}

// Our rendered side's panel as the printer's 1016 × 648 area in reading
// orientation: the side centred on it (docs/printing.md).
bool samePrintedDots(const QImage &decoded, const QImage &rendered) {
    for (int y = 0; y < decoded.height(); ++y)
        for (int x = 0; x < decoded.width(); ++x) {
            const int rx = x - 2, ry = y - 5;
            const bool inside =
                rx >= 0 && ry >= 0 && rx < rendered.width() && ry < rendered.height();
            if (decoded.pixelIndex(x, y) != (inside ? rendered.pixelIndex(rx, ry) : 0))
                return false;
        }
    return true;
}

// The largest difference between a decoded dye panel (levels) and the dye
// our rendering asked for (255 − the channel), on the 0–255 scale.
int largestDyeError(const QImage &levels, int count, const QImage &rgb, int channel) {
    int worst = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb c = rgb.pixel(x, y);
            const int asked = 255 - (channel == 0 ? qBlue(c) : channel == 1 ? qGreen(c) : qRed(c));
            const int got = levels.constScanLine(y + 5)[x + 2] * 255 / (count - 1);
            worst = std::max(worst, std::abs(asked - got));
        }
    return worst;
}

QStringList pngs(const QString &dir) {
    return QDir(dir).entryList({"*.png"}, QDir::Files, QDir::Name);
}

} // namespace

class TstEvolis : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_emulator.start(m_dir.filePath("out")), "printer emulator did not start");
    }

    void cleanup() { m_card.stop(); }

    void parkEncodePrintEject() {
        QVERIFY2(m_daemon.start(), "pcscd with vpcd did not start");
        QVERIFY(KeyFile::create(m_dir.filePath("keys.json"), "correct horse battery",
                                CardKeySettings{"\xF0\xC1\xC1", "TAIPEI", 1}, {1u << 10, 8, 1}));
        std::unique_ptr<KeyFile> keys = std::move(
            KeyFile::unlock(m_dir.filePath("keys.json"), "correct horse battery").value());
        ReaderManager manager;
        manager.start();
        QVERIFY(manager.waitForFirstScan(5000));

        EvolisPrinter printer(m_emulator.address());
        QCOMPARE(printer.status().state, PrinterState::Ready);
        QVERIFY(printer.hasEncoderStation());

        // 1. The printer feeds a blank card and parks it at the contactless station.
        QVERIFY(printer.parkAtEncoder().ok());
        QCOMPARE(printer.status().state, PrinterState::CardAtEncoder);

        // 2. The encoder (here the virtual card on vpcd) writes the chip.
        QVERIFY(m_card.start({"--type", "desfire-ev2", "--state", m_dir.filePath("chip.state")}));
        QVERIFY(test::waitForCard(manager, test::kReader0, true));
        PcscEncoder encoder(manager, test::kReader0, *keys, ChipProfile::byName("desfire"));
        const ChipRecord record{"0301000000000014", CardType::Senior, QDate(2026, 11, 21),
                                QDate(2031, 11, 20), "TPE-DAAN-01"};
        Result<EncodeResult> encoded = encoder.personalise(record, false);
        QVERIFY2(encoded.ok(), qPrintable(encoded ? QString() : encoded.error().toString()));

        // 3. The same card is printed and ejected.
        const PrintJobRecord job = printer.print(face());
        QVERIFY2(!job.error, qPrintable(job.error ? job.error->toString() : QString()));
        QCOMPARE(job.outcome, PrintJobOutcome::Printed);
        QCOMPARE(job.cardNumber, QString("0301000000000014"));
        QCOMPARE(printer.status().state, PrinterState::Ready);
        QCOMPARE(counters(printer).value("printed"), 1);
        QCOMPARE(counters(printer).value("rejected"), 0);

        // Both sides, every panel, on disk, named by the number the back
        // carries; the printed back decodes.
        const QString out = m_dir.filePath("out");
        const QString n = "0301000000000014";
        const QStringList panels = {"back-c",  "back-k",  "back-m",  "back-o",  "back-y",  "back",
                                    "front-c", "front-k", "front-m", "front-o", "front-y", "front"};
        QStringList expected;
        for (const QString &panel : panels)
            expected << n + "-" + panel + ".png";
        QCOMPARE(pngs(out), expected);
        QStringList decoded;
        for (const DecodedBarcode &b : Barcodes::decode(QImage(out + "/" + n + "-back.png")))
            decoded << b.text;
        QCOMPARE(decoded, (QStringList{n, n}));
        QCOMPARE(test::zbarDecode(out + "/" + n + "-back-k.png"),
                 (QStringList{"CODE-128:" + n, "QR-Code:" + n}));
        // The chip still verifies after printing.
        Result<ChipReading> reading = encoder.verify();
        QVERIFY(reading.ok());
        QCOMPARE(reading->state, ChipState::Personalised);
        // The same number printed again (a reprint) never overwrites the first.
        const QDateTime first = QFileInfo(out + "/" + n + "-front.png").lastModified();
        QVERIFY(printer.parkAtEncoder().ok());
        QCOMPARE(printer.print(face()).outcome, PrintJobOutcome::Printed);
        QVERIFY(QFile::exists(out + "/" + n + "-2-front.png"));
        QVERIFY(QFile::exists(out + "/" + n + "-2-back.png"));
        QCOMPARE(QFileInfo(out + "/" + n + "-front.png").lastModified(), first);
        m_card.stop();
        m_daemon.stop();
    }

    void faultRejectsTheCard_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<bool>("park");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("rejected"); // cards added to the reject tray
        QTest::newRow("ribbon out while printing")
            << "ribbon-out"
            << "print" << true << "ribbon-out" << int(PrintJobOutcome::Rejected) << 1;
        QTest::newRow("jam while printing")
            << "card-jam"
            << "print" << true << "card-jam" << int(PrintJobOutcome::Rejected) << 1;
        QTest::newRow("cover opened while printing")
            << "cover-open"
            << "print" << true << "cover-open" << int(PrintJobOutcome::Rejected) << 1;
        QTest::newRow("jam at eject")
            << "card-jam"
            << "eject" << true << "card-jam" << int(PrintJobOutcome::Rejected) << 1;
        QTest::newRow("feeder empty, no card parked")
            << "feeder-empty"
            << "insert" << false << "feeder-empty" << int(PrintJobOutcome::Failed) << 0;
        QTest::newRow("cover open at feed, no card parked")
            << "cover-open"
            << "insert" << false << "cover-open" << int(PrintJobOutcome::Failed) << 0;
    }

    void faultRejectsTheCard() {
        QFETCH(QString, fault);
        QFETCH(QString, stage);
        QFETCH(bool, park);
        QFETCH(QString, code);
        QFETCH(int, outcome);
        QFETCH(int, rejected);
        EvolisPrinter printer(m_emulator.address());
        const QHash<QString, int> before = counters(printer);
        const QStringList filesBefore = pngs(m_dir.filePath("out"));
        if (park)
            QVERIFY(printer.parkAtEncoder().ok());
        QVERIFY(printer.command("Xf;" + fault.toLatin1() + ';' + stage.toLatin1()).ok());

        const PrintJobRecord job = printer.print(face("0301000000000022"));
        QVERIFY(job.error);
        QCOMPARE(errorCodeName(job.error->code), code);
        QVERIFY(!job.error->message.isEmpty());
        QCOMPARE(int(job.outcome), outcome);

        const QHash<QString, int> after = counters(printer);
        QCOMPARE(after.value("printed"), before.value("printed"));
        QCOMPARE(after.value("rejected") - before.value("rejected"), rejected);
        QCOMPARE(pngs(m_dir.filePath("out")), filesBefore);
        // A rejected card is out of the way; a fault without a card stays
        // shown until the next card goes through.
        const PrinterStatus status = printer.status();
        QCOMPARE(status.state, rejected ? PrinterState::Ready : PrinterState::Error);
        if (!rejected)
            QCOMPARE(status.error, job.error->code);
        QCOMPARE(printer.print(face("0301000000000030")).outcome, PrintJobOutcome::Printed);
    }

    void faultWhileParking_data() {
        QTest::addColumn<QString>("fault");
        QTest::newRow("feeder empty") << "feeder-empty";
        QTest::newRow("jam") << "card-jam";
        QTest::newRow("cover open") << "cover-open";
    }

    void faultWhileParking() {
        QFETCH(QString, fault);
        EvolisPrinter printer(m_emulator.address());
        QVERIFY(printer.command("Xf;" + fault.toLatin1() + ";insert").ok());
        const Status parked = printer.parkAtEncoder();
        QVERIFY(!parked.ok());
        QCOMPARE(errorCodeName(parked.error().code), fault);
        const PrinterStatus status = printer.status();
        QVERIFY2(status.state == PrinterState::Error, qPrintable(status.reason));
        QCOMPARE(printer.status().error, parked.error().code);
    }

    // A ribbon that runs out for real: the front prints, the back cannot.
    void ribbonRunsOut() {
        test::PrinterEmulatorProcess emulator;
        QTemporaryDir out;
        QVERIFY(emulator.start(out.path(), {"--ribbon", "1"}));
        EvolisPrinter printer(emulator.address());
        const PrintJobRecord job = printer.print(face());
        QCOMPARE(job.outcome, PrintJobOutcome::Rejected);
        QCOMPARE(job.error->code, ErrorCode::RibbonOut);
        QCOMPARE(counters(printer).value("printed"), 0);
        QCOMPARE(pngs(out.path()), QStringList());
        QVERIFY(!pngs(out.path() + "/rejected").isEmpty());
    }

    void emptyFeeder() {
        test::PrinterEmulatorProcess emulator;
        QTemporaryDir out;
        QVERIFY(emulator.start(out.path(), {"--feeder", "0"}));
        EvolisPrinter printer(emulator.address());
        const Status parked = printer.parkAtEncoder();
        QCOMPARE(parked.error().code, ErrorCode::FeederEmpty);
        const PrintJobRecord job = printer.print(face());
        QCOMPARE(job.outcome, PrintJobOutcome::Failed);
        QCOMPARE(job.error->code, ErrorCode::FeederEmpty);
    }

    void printerUnreachable() {
        test::PrinterEmulatorProcess emulator;
        QTemporaryDir out;
        QVERIFY(emulator.start(out.path()));
        const QString address = emulator.address();
        emulator.stop();
        EvolisPrinter printer(address, 2000);
        QCOMPARE(printer.status().state, PrinterState::Offline);
        const PrintJobRecord job = printer.print(face());
        QCOMPARE(job.outcome, PrintJobOutcome::Failed);
        QCOMPARE(job.error->code, ErrorCode::DeviceNotFound);
    }

    // What the driver sends, as the emulator received it: framed as the real
    // jobs are, with their commands in their order, and every panel the
    // same dots as our rendering (k and o exactly, y, m, c within one of
    // the 64 levels).
    void streamAsTheRealJobs() {
        test::PrinterEmulatorProcess emulator;
        QTemporaryDir out;
        const QString record = out.filePath("received.prn");
        QVERIFY(emulator.start(out.path(), {"--record", record}));
        EvolisPrinter printer(emulator.address());
        QCOMPARE(printer.print(face()).outcome, PrintJobOutcome::Printed);
        QFile f(record);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto commands = evolis::parseStream(f.readAll());
        QVERIFY2(commands.ok(), qPrintable(commands ? QString() : commands.error().toString()));
        QStringList names;
        for (const evolis::Command &c : *commands)
            names << QString::fromLatin1(
                c.name + (c.name.startsWith("Db") ? QByteArray(";" + c.params[0]) : QByteArray()));
        QCOMPARE(names,
                 QStringList({"Pem", "Pr", "Pmi", "Ss", "Sr", "Db;y", "Db;m", "Db;c", "Dbc;k",
                              "Dbc;o", "Sv", "Db;y", "Db;m", "Db;c", "Dbc;k", "Dbc;o", "Se"}));
        // The real jobs' commands, in their order, are among ours.
        const auto real = evolis::parseStream([] {
            QFile job(CITIZENCARD_TEST_DATA_DIR "/evolis/evolis-card-text.prn");
            return job.open(QIODevice::ReadOnly) ? job.readAll() : QByteArray();
        }());
        QVERIFY(real.ok());
        qsizetype at = 0;
        for (const evolis::Command &c : *real) {
            if (c.name == "Pc" || c.name == "Pdt" || c.name == "Mr" || c.name == "Ppws")
                continue; // the Windows driver's own settings: contrast, job stamp, …
            while (at < commands->size() && commands->at(at).name != c.name)
                ++at;
            QVERIFY2(at < commands->size(), c.name.constData());
            if (c.name == "Pr") // their ribbon is black only, ours YMCKO
                QCOMPARE(commands->at(at).params, QList<QByteArray>({"ymcko"}));
            else if (c.name != "Dbc")
                QCOMPARE(commands->at(at).params, c.params);
            else
                QCOMPARE(commands->at(at).params.mid(0, 2), c.params.mid(0, 2));
            ++at; // the next real command is looked for after this one
        }

        const BoundFace bound = BoundFace::bind(face()).value();
        int download = 0;
        for (const CardSide side : {CardSide::Front, CardSide::Back}) {
            const PanelImages rendered = bound.renderer.panels(side, bound.content);
            while (!commands->at(download).name.startsWith("Db"))
                ++download;
            for (int channel = 0; channel < 3; ++channel) {
                const evolis::Command &c = commands->at(download++);
                const QImage levels = evolis::toReading(evolis::decodePanel(c).value());
                QVERIFY2(largestDyeError(levels, c.params[1].toInt(), rendered.colour, channel) <=
                             255 / 63 / 2 + 1,
                         qPrintable(c.params[0]));
            }
            for (const QImage *mono : {&rendered.resin, &rendered.overlay}) {
                const QImage decoded =
                    evolis::toReading(evolis::decodePanel(commands->at(download++)).value());
                QVERIFY(samePrintedDots(decoded, *mono));
            }
        }
    }

    // The devices panel and printers list show what the printer says of
    // itself (Rfv, Rsn, Rr).
    void listedWithItsIdentity() {
        const QString name = "evolis://" + m_emulator.address();
        const QList<PrinterListing> listed = Printers::list({name});
        const auto found = std::find_if(listed.begin(), listed.end(),
                                        [&](const PrinterListing &p) { return p.name == name; });
        QVERIFY(found != listed.end());
        QCOMPARE(found->kind, QString("evolis"));
        QCOMPARE(found->detail, QString("firmware citizencard printer emulator 2.0 (Programming "
                                        "Guide A5013 Rev. E), serial EMU00000001, ribbon ymcko"));
    }

    void badFaceIsRefusedBeforeFeeding() {
        EvolisPrinter printer(m_emulator.address());
        const QHash<QString, int> before = counters(printer);
        CardFaceRequest bad = face();
        bad.fields.remove("name");
        const PrintJobRecord job = printer.print(bad);
        QCOMPARE(job.error->code, ErrorCode::MissingField);
        QCOMPARE(job.outcome, PrintJobOutcome::Failed);
        QCOMPARE(counters(printer).value("feeder"), before.value("feeder"));
    }

private:
    QTemporaryDir m_dir;
    test::PrinterEmulatorProcess m_emulator;
    test::PcscDaemon m_daemon;
    test::VirtualCardProcess m_card;
};

QTEST_MAIN(TstEvolis)
#include "tst_evolis.moc"
