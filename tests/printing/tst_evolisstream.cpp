// The Evolis command language read and written (printing/evolisstream.cpp),
// proven first on real job streams from Evolis's own Windows driver
// (tests/data/evolis/): each parses to the fixture's commands, and its k
// panel decodes dot for dot to the fixture's PNG; a truncated or corrupted
// stream is refused with the byte offset. Then what we write: every kind of
// panel survives encoding and decoding, and our compression of the real
// panels takes no more bytes than the Windows driver's.
#include "printing/evolisstream.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

namespace evolis = cc::evolis;

namespace {

QByteArray fixture(const QString &name) {
    QFile f(QStringLiteral(CITIZENCARD_TEST_DATA_DIR "/evolis/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The fixture PNG as printed dots: true where resin is printed (black).
QList<bool> printedDots(const QImage &image) {
    QList<bool> dots;
    dots.reserve(qsizetype(image.width()) * image.height());
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dots << (qGray(image.pixel(x, y)) < 128);
    return dots;
}

QStringList names(const QList<evolis::Command> &commands) {
    QStringList out;
    for (const evolis::Command &c : commands)
        out << QString::fromLatin1(c.name);
    return out;
}

QImage randomMono(quint32 seed) {
    QImage image(evolis::kPanelDots, evolis::kPanelLines, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    QRandomGenerator rng(seed);
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = image.scanLine(y);
        const int kind = y % 4; // white, black, a short line, a full random line
        for (int i = 0; i < evolis::kMonoLineBytes; ++i)
            line[i] = kind == 0   ? 0
                      : kind == 1 ? 0xff
                      : kind == 2 ? (i < 10 ? uchar(rng.bounded(256)) : 0)
                                  : uchar(rng.bounded(256));
    }
    return image;
}

} // namespace

class TestEvolisStream : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realJobs_data();
    void realJobs();
    void badStreams_data();
    void badStreams();
    void arrivesInPieces();
    void monoRoundTrip();
    void colourRoundTrip_data();
    void colourRoundTrip();
    void geometry();
};

void TestEvolisStream::realJobs_data() {
    QTest::addColumn<QString>("name");
    for (const char *name : {"card-black", "card-black-fit", "card-white", "card-white-fit",
                             "card-gradient", "evolis-card-text"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestEvolisStream::realJobs() {
    QFETCH(QString, name);
    const QByteArray stream = fixture(name + ".prn");
    QVERIFY(!stream.isEmpty());
    const auto commands = evolis::parseStream(stream);
    QVERIFY2(commands.ok(), qPrintable(commands.ok() ? QString() : commands.error().toString()));
    QCOMPARE(names(*commands),
             QStringList({"Pr", "Pmi", "Pc", "Pdt", "Mr", "Ppws", "Ss", "Sr", "Dbc", "Se"}));
    QCOMPARE(commands->at(0).params, QList<QByteArray>({"k"}));
    QCOMPARE(commands->at(1).params, QList<QByteArray>({"F", "s"}));
    QCOMPARE(commands->at(9).params, QList<QByteArray>({"1"}));
    const evolis::Command &download = commands->at(8);
    QCOMPARE(download.params.mid(0, 2), QList<QByteArray>({"k", "2"}));
    QCOMPARE(download.data.size(), download.params.at(2).toLongLong());

    const auto panel = evolis::decodePanel(download);
    QVERIFY2(panel.ok(), qPrintable(panel.ok() ? QString() : panel.error().toString()));
    QCOMPARE(panel->size(), QSize(evolis::kPanelDots, evolis::kPanelLines));
    const QImage expected(QStringLiteral(CITIZENCARD_TEST_DATA_DIR "/evolis/") + name +
                          ".k-panel.png");
    QVERIFY(!expected.isNull());
    const QImage reading = evolis::toReading(*panel);
    QCOMPARE(reading.size(), expected.size());
    QVERIFY(printedDots(reading) == printedDots(expected)); // dot for dot

    // Ours compresses the same panel to no more bytes than Evolis's driver
    // did, and it decodes to the same dots.
    const QByteArray ours = evolis::compressMono(*panel);
    QVERIFY(ours.size() <= download.data.size());
    evolis::Command again = download;
    again.params[2] = QByteArray::number(ours.size());
    again.data = ours;
    QVERIFY(evolis::decodePanel(again).value() == *panel);
}

void TestEvolisStream::badStreams_data() {
    const QByteArray good = fixture("evolis-card-text.prn");
    const qsizetype dbc = good.indexOf("\x1b"
                                       "Dbc;");
    qsizetype data = dbc; // after "Dbc;k;2;<count>;"
    for (int i = 0; i < 4; ++i)
        data = good.indexOf(';', data) + 1;
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<qsizetype>("offset");

    QTest::newRow("truncated in the bitmap") << good.left(data + 4000) << data + 4000;
    QTest::newRow("truncated in a command") << good.left(38) << qsizetype(38); // in "Mr;s"
    QByteArray noCr = good;
    noCr[data + good.mid(dbc).split(';').at(3).toLongLong()] = 'x';
    QTest::newRow("data not followed by CR")
        << noCr << data + good.mid(dbc).split(';').at(3).toLongLong();
    QByteArray garbage = good;
    garbage[0x39] = 'Z'; // the ESC of "Ss" (after "Ppws;1281754918" CR)
    QTest::newRow("no ESC") << garbage << qsizetype(0x39);
    QByteArray badLine = good;
    badLine[data] = char(82); // a line of 82 bytes
    QTest::newRow("a line longer than 81 bytes") << badLine << data;
    QByteArray huge = good.left(dbc) + "\x1b"
                                       "Dbc;k;2;999999999;";
    QTest::newRow("an impossible length") << huge << dbc;
    QTest::newRow("a command without end")
        << QByteArray("\x1bPr;" + QByteArray(600, 'k')) << qsizetype(0);
    QTest::newRow("colour compressed") << QByteArray("\x1b"
                                                     "Dbc;y;32;5000;")
                                       << qsizetype(0);
}

void TestEvolisStream::badStreams() {
    QFETCH(QByteArray, stream);
    QFETCH(qsizetype, offset);
    auto commands = evolis::parseStream(stream);
    cc::Error error;
    if (commands) {
        // The framing is whole; the panel inside it is not.
        QVERIFY(commands->size() >= 9);
        auto panel = evolis::decodePanel(commands->at(8));
        QVERIFY(!panel.ok());
        error = panel.error();
    } else {
        error = commands.error();
    }
    QCOMPARE(error.code, cc::ErrorCode::BadValue);
    QCOMPARE(error.where, QStringLiteral("offset %1").arg(offset));
}

void TestEvolisStream::arrivesInPieces() {
    // Bytes as a socket delivers them: any split, the same commands.
    const QByteArray stream = fixture("card-gradient.prn");
    for (const qsizetype piece : {1, 7, 4096}) {
        evolis::CommandReader reader;
        QStringList seen;
        for (qsizetype at = 0; at < stream.size(); at += piece) {
            reader.append(QByteArrayView(stream).sliced(at, std::min(piece, stream.size() - at)));
            for (;;) {
                auto next = reader.next();
                QVERIFY(next.ok());
                if (!*next)
                    break;
                seen << QString::fromLatin1((*next)->name);
            }
        }
        QVERIFY(!reader.holdsPartial());
        QCOMPARE(seen.size(), 10);
    }
}

void TestEvolisStream::monoRoundTrip() {
    const QImage panel = randomMono(7);
    for (const bool compressed : {false, true}) {
        const QByteArray data =
            compressed ? evolis::compressMono(panel) : evolis::encodeMono(panel);
        const QByteArray header =
            compressed ? "Dbc;k;2;" + QByteArray::number(data.size()) + ';' : QByteArray("Db;o;2;");
        const QByteArray stream = "\x1b" + header + data + "\r";
        const auto commands = evolis::parseStream(stream);
        QVERIFY(commands.ok());
        const auto decoded = evolis::decodePanel(commands->first());
        QVERIFY(decoded.ok());
        QVERIFY(*decoded == panel);
    }
    // White and black lines take one byte each, as the guide's compression says.
    QImage white = randomMono(1);
    white.fill(0);
    QCOMPARE(evolis::compressMono(white), QByteArray(evolis::kPanelLines, '\0'));
    white.fill(1);
    QCOMPARE(evolis::compressMono(white), QByteArray(evolis::kPanelLines, '\xff'));
}

void TestEvolisStream::colourRoundTrip_data() {
    QTest::addColumn<int>("levels");
    QTest::newRow("32 levels (5 bits)") << 32;
    QTest::newRow("64 levels (6 bits)") << 64;
    QTest::newRow("128 levels (7 bits)") << 128;
}

void TestEvolisStream::colourRoundTrip() {
    QFETCH(int, levels);
    QImage panel(evolis::kPanelDots, evolis::kPanelLines, QImage::Format_Grayscale8);
    QRandomGenerator rng(levels);
    for (int y = 0; y < panel.height(); ++y)
        for (int x = 0; x < panel.width(); ++x)
            panel.scanLine(y)[x] = uchar(rng.bounded(levels));
    const QByteArray data = evolis::encodeColour(panel, levels);
    QCOMPARE(data.size(), qsizetype(648) * 1016 * qCeil(std::log2(levels)) / 8);
    const QByteArray stream = "\x1b"
                              "Db;m;" +
                              QByteArray::number(levels) + ';' + data + "\r";
    const auto commands = evolis::parseStream(stream);
    QVERIFY(commands.ok());
    const auto decoded = evolis::decodePanel(commands->first());
    QVERIFY(decoded.ok());
    QVERIFY(*decoded == panel);
    // The first dots, packed by hand: the highest bit of the first dot first.
    quint64 first = 0;
    const int bits = int(std::log2(levels));
    for (int i = 0; i < 8; ++i)
        first = (first << bits) | panel.constScanLine(0)[i];
    quint64 packed = 0;
    for (int i = 0; i < bits; ++i)
        packed = (packed << 8) | quint8(data[i]);
    QCOMPARE(first, packed);
}

void TestEvolisStream::geometry() {
    // A dot in the top-left corner of the side as one reads it lands where
    // the real job's text starts; toReading() undoes toPanel().
    QImage side(1011, 638, QImage::Format_Mono);
    side.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    side.fill(0);
    side.setPixel(0, 0, 1);
    side.setPixel(1010, 637, 1);
    const QImage panel = evolis::toPanel(side);
    QCOMPARE(panel.size(), QSize(648, 1016));
    const QImage back = evolis::toReading(panel);
    QCOMPARE(back.size(), QSize(1016, 648));
    QCOMPARE(back.pixelIndex(2, 5), 1); // centred: 2 dots left, 5 dots top
    QCOMPARE(back.pixelIndex(2 + 1010, 5 + 637), 1);
    QCOMPARE(back.pixelIndex(0, 0), 0);
}

QTEST_GUILESS_MAIN(TestEvolisStream)
#include "tst_evolisstream.moc"
