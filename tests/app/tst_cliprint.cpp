// render, printers list and print through the real CLI binary: files named by
// card number, one PDF of ID-1 pages, CSV problems named by file and line with
// nothing written, and printing on the printer emulator.
#include "tests/support/printingpeers.h"

#include "printing/barcode.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

struct Run {
    int code;
    QString out;
    QString err;
};

Run cli(const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(CITIZENCARD_CLI, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const char *kHeader = "cardNumber,name,nameLatin,issued,expires,photo\n";

} // namespace

class TstCliPrint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        // Photos are given relative to the CSV.
        QFile::remove(m_dir.filePath("face.png"));
        QVERIFY(QFile::copy(CITIZENCARD_TEST_DATA_DIR "/photos/applicant-portrait.png",
                            m_dir.filePath("face.png")));
    }

    void renderPngs_data() {
        QTest::addColumn<QString>("dpi");
        QTest::addColumn<QSize>("size");
        QTest::newRow("300 dpi") << "300" << QSize(1011, 638);
        QTest::newRow("150 dpi") << "150" << QSize(506, 319);
    }

    void renderPngs() {
        QFETCH(QString, dpi);
        QFETCH(QSize, size);
        const QString csv =
            write("cards.csv",
                  QByteArray(kHeader) +
                      "0301000000000014,王小明,WANG Hsiao-ming,2026-11-21,2031-11-20,face.png\n"
                      "0301000000000022,陳美玲,CHEN Mei-ling,2026-11-21,,face.png\n");
        const QString out = m_dir.filePath("png-" + dpi);
        const Run r = cli({"render", "--type", "senior", "--carrier", "ipass", "--data", csv,
                           "--out", out, "--dpi", dpi});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name),
                 (QStringList{"0301000000000014-back.png", "0301000000000014-front.png",
                              "0301000000000022-back.png", "0301000000000022-front.png"}));
        const QImage back(out + "/0301000000000022-back.png");
        QCOMPARE(back.size(), size);
        if (dpi == "300") {
            QCOMPARE(Barcodes::decode(back).size(), size_t(2));
            QCOMPARE(Barcodes::decode(back).front().text, QString("0301000000000022"));
        }
    }

    void renderOnePdf() {
        QString rows = kHeader;
        for (int i = 0; i < 3; ++i)
            rows += QString("030100000000%1,林志明,LIN Chih-ming,2026-11-21,2031-11-20,face.png\n")
                        .arg(QStringList{"0014", "0022", "0030"}[i]);
        const QString csv = write("three.csv", rows.toUtf8());
        const QString pdf = m_dir.filePath("cards.pdf");
        const Run r = cli({"render", "--type", "student", "--data", csv, "--out", pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QList<QImage> pages = test::pdfPages(pdf, 300);
        QCOMPARE(pages.size(), 6);
        QVERIFY(std::abs(pages[0].width() - 1011) <= 2 && std::abs(pages[0].height() - 638) <= 2);
        QCOMPARE(Barcodes::decode(pages[5]).front().text, QString("0301000000000030"));
    }

    void rejectsBadInput_data() {
        QTest::addColumn<QStringList>("args"); // DATA is replaced by the CSV
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QByteArray good =
            QByteArray(kHeader) + "0301000000000014,王小明,WANG,2026-11-21,2031-11-20,face.png\n";
        QTest::newRow("no name column")
            << QStringList{"--type", "general"}
            << QByteArray("cardNumber,nameLatin,issued,expires,photo\n"
                          "0301000000000014,WANG,2026-11-21,2031-11-20,face.png\n")
            << 2 << "bad.csv:2, name";
        QTest::newRow("photo missing in row 3")
            << QStringList{"--type", "general"}
            << QByteArray(good + "0301000000000022,陳美玲,CHEN,2026-11-21,2031-11-20,nobody.jpg\n")
            << 2 << "bad.csv:3, photo";
        QTest::newRow("ROC date in data")
            << QStringList{"--type", "general"}
            << QByteArray(QByteArray(kHeader) +
                          "0301000000000014,王小明,WANG,115/11/21,,face.png\n")
            << 2 << "bad.csv:2, issued";
        QTest::newRow("short row")
            << QStringList{"--type", "general"} << QByteArray(good + "0301000000000022,陳美玲\n")
            << 2 << "bad.csv:3";
        QTest::newRow("card number climbs out")
            << QStringList{"--type", "general"}
            << QByteArray(QByteArray(kHeader) + "../../x,王小明,WANG,2026-11-21,,face.png\n") << 2
            << "bad.csv:2, cardNumber";
        QTest::newRow("card number is absolute")
            << QStringList{"--type", "general"}
            << QByteArray(QByteArray(kHeader) + "/tmp/x,王小明,WANG,2026-11-21,,face.png\n") << 2
            << "bad.csv:2, cardNumber";
        QTest::newRow("card number repeated")
            << QStringList{"--type", "general"}
            << QByteArray(good + "0301000000000022,陳美玲,CHEN,2026-11-21,,face.png\n" +
                          "0301 0000 0000 0014,林志明,LIN,2026-11-21,,face.png\n")
            << 2 << "bad.csv:4, cardNumber";
        QTest::newRow("unknown type") << QStringList{"--type", "platinum"} << good << 2 << "type";
        QTest::newRow("template and type")
            << QStringList{"--type", "general", "--template", "x.json"} << good << 2
            << "exactly one";
    }

    void rejectsBadInput() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, csv);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString data = write("bad.csv", csv);
        const QString out = m_dir.filePath("bad-out");
        QDir(out).removeRecursively();
        const Run r = cli(QStringList{"render", "--data", data, "--out", out} + args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList()); // nothing half-written
        // Nor anywhere else: a card number never becomes a path.
        QCOMPARE(QDir(m_dir.path()).entryList({"*-front.png", "*-back.png"}, QDir::Files),
                 QStringList());
        QVERIFY(!QFile::exists("/tmp/x-front.png"));
    }

    void printerPortOutOfRange() {
        const QString data =
            write("port.csv", QByteArray(kHeader) + "0301000000000014,王小明,WANG,2026-11-21,,"
                                                    "face.png\n");
        const Run r = cli({"print", "--printer", "evolis://127.0.0.1:99999", "--type", "general",
                           "--data", data});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("65535"), qPrintable(r.err));
    }

    void emptyOutIsUsageError() {
        const Run r = cli({"render", "--type", "general", "--data",
                           QStringLiteral(CITIZENCARD_SOURCE_DIR "/demo/cards.csv"), "--out", ""});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--out"), qPrintable(r.err));
        QVERIFY2(!r.err.contains("QDir"), qPrintable(r.err));
    }

    // An endless data file is refused, not read until memory runs out.
    void endlessDataIsRefused() {
        const Run r = cli({"render", "--type", "general", "--data", "/dev/zero", "--out",
                           m_dir.filePath("endless")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("/dev/zero"), qPrintable(r.err));
    }

    // The proof printer names its files by card number too.
    void printToProofRefusesPathNumbers() {
        const QString data =
            write("proof.csv", QByteArray(kHeader) + "../x,王小明,WANG,2026-11-21,,face.png\n");
        const QString out = m_dir.filePath("proof-out/inner");
        const Run r =
            cli({"print", "--printer", "proof:" + out, "--type", "general", "--data", data});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("proof.csv:2, cardNumber"), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath("proof-out/x-front.png")));
    }

    void malformedTemplateNamesThePath() {
        const QString face = write("face.json", R"({"format": "citizencard-face/1", "back": {},)"
                                                R"("front": {"elements": [{"kind": "text"}]}})");
        const QString csv = write("one.csv", "name\nA\n");
        const Run r =
            cli({"render", "--template", face, "--data", csv, "--out", m_dir.filePath("t")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(face + ":$.front.elements[0].x"), qPrintable(r.err));
        // The template's own error, not the first data row's.
        QVERIFY2(!r.err.contains("one.csv:2"), qPrintable(r.err));
    }

    void printsOnTheEmulator() {
        QTemporaryDir cards;
        test::PrinterEmulatorProcess emulator;
        QVERIFY(emulator.start(cards.path(), {"--feeder", "2"}));
        const QString printer = "evolis://" + emulator.address();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("CITIZENCARD_PRINTERS", printer + ",evolis://127.0.0.1:1");
        const Run list = cli({"printers", "list", "--json"}, env);
        QCOMPARE(list.code, 0);
        const QJsonArray printers =
            QJsonDocument::fromJson(list.out.toUtf8())["printers"].toArray();
        QJsonObject emulated, unreachable;
        for (const QJsonValue &p : printers) {
            if (p["name"] == printer)
                emulated = p.toObject();
            if (p["name"] == "evolis://127.0.0.1:1")
                unreachable = p.toObject();
        }
        QCOMPARE(emulated["state"].toString(), QString("ready"));
        QCOMPARE(emulated["kind"].toString(), QString("evolis"));
        QCOMPARE(unreachable["state"].toString(), QString("offline"));
        QCOMPARE(unreachable["error"].toString(), QString("device-not-found"));

        // Three cards, two blanks in the feeder: the third stops the run.
        const QString csv =
            write("print.csv", QByteArray(kHeader) +
                                   "0301000000000014,王小明,WANG,2026-11-21,2031-11-20,face.png\n"
                                   "0301000000000022,陳美玲,CHEN,2026-11-21,2031-11-20,face.png\n"
                                   "0301000000000030,林志明,LIN,2026-11-21,2031-11-20,face.png\n");
        const Run r =
            cli({"print", "--printer", printer, "--type", "general", "--data", csv, "--json"});
        QCOMPARE(r.code, 3);
        const QJsonArray jobs = QJsonDocument::fromJson(r.out.toUtf8())["jobs"].toArray();
        QCOMPARE(jobs.size(), 3);
        QCOMPARE(jobs[0]["outcome"].toString(), QString("printed"));
        QCOMPARE(jobs[1]["outcome"].toString(), QString("printed"));
        QCOMPARE(jobs[2]["outcome"].toString(), QString("failed"));
        QCOMPARE(jobs[2]["error"].toString(), QString("feeder-empty"));
        QVERIFY(QFile::exists(cards.filePath("0301000000000022-back.png")));
        QVERIFY(!QFile::exists(cards.filePath("0301000000000030-back.png")));
    }

private:
    QString write(const QString &name, const QByteArray &bytes) {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TstCliPrint)
#include "tst_cliprint.moc"
