// Card faces: 1,000 personalised cards (each its own 600 x 800 JPEG photo,
// name, QR, Code 128, both sides)
// rendered into one PDF by our CLI, side by side in interleaved rounds with
// glabels-3-batch producing the equivalent PDF from the same CSV and the
// equivalent template bench/cardfaces.glabels; then the time to render one
// card at 300 dpi (composite images, and the printer's panels). Prints
// figures; asserts nothing about time.
#include "bench/stats.h"

#include "printing/boundface.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cc;

namespace {

constexpr int kCards = 1000;
constexpr int kRounds = 3;

// A photo of its own for every card, as at a real counter: the test photo
// with each card's own tint, saved as a JPEG of passport-photo size.
QString makePhoto(const QTemporaryDir &dir, const QImage &base, int i) {
    QImage photo = base.scaled(600, 800, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                       .convertToFormat(QImage::Format_RGB32);
    QPainter painter(&photo);
    painter.fillRect(photo.rect(), QColor::fromHsv(i * 37 % 360, 60, 255, 40));
    painter.end();
    const QString path = dir.filePath(QString("photo-%1.jpg").arg(i));
    photo.save(path, "JPEG", 90);
    return path;
}

QString makeCsv(const QTemporaryDir &dir) {
    const QImage base(CITIZENCARD_BENCH_PHOTO);
    const QStringList surnames = {"王", "陳", "林", "黃", "張", "李", "歐陽", "鍾", "蔡", "許"};
    const QStringList given = {"小明", "美玲", "志豪", "淑芬", "家豪", "雅婷", "娜娜", "建宏"};
    QString csv = "cardNumber,name,nameLatin,issued,expires,photo,issuedRoc,expiresRoc,"
                  "cardNumberGrouped\n";
    for (int i = 0; i < kCards; ++i) {
        const QString body = QString("030100%1").arg(i + 1, 9, 10, QChar('0'));
        int sum = 0; // Luhn check digit
        for (int k = 0; k < body.size(); ++k) {
            int d = body.at(body.size() - 1 - k).digitValue();
            if (k % 2 == 0)
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        const QString number = body + QString::number((10 - sum % 10) % 10);
        const QString photo = makePhoto(dir, base, i);
        const QString grouped =
            number.left(4) + ' ' + number.mid(4, 4) + ' ' + number.mid(8, 4) + ' ' + number.mid(12);
        csv +=
            QString("%1,%2%3,WANG Hsiao-ming %4,2026-11-21,2031-11-20,%5,115/11/21,120/11/20,%6\n")
                .arg(number, surnames[i % surnames.size()], given[i % given.size()])
                .arg(i)
                .arg(photo, grouped);
    }
    const QString path = dir.filePath("cards.csv");
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(csv.toUtf8());
    return path;
}

// Wall time of a process run to the end, in seconds; negative when it failed.
double timeProcess(const QString &program, const QStringList &arguments,
                   const QString &workingDirectory = {}) {
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        return -1;
    return timer.nsecsElapsed() / 1e9;
}

double fileMiB(const QString &path) {
    return QFile(path).size() / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules("citizencard.*.info=false");
    QTemporaryDir dir;
    const QString csv = makeCsv(dir);
    const QString ours = dir.filePath("ours.pdf");
    const QString theirs = dir.filePath("glabels.pdf");

    std::vector<double> oursSeconds, theirsSeconds;
    for (int round = 0; round < kRounds; ++round) {
        oursSeconds.push_back(
            timeProcess(CITIZENCARD_CLI, {"render", "--type", "senior", "--carrier", "easycard",
                                          "--data", csv, "--out", ours}));
        theirsSeconds.push_back(timeProcess(
            "glabels-3-batch", {"-o", theirs, "-i", csv, CITIZENCARD_BENCH_GLABELS}, dir.path()));
        std::printf("round %d: citizencard-cli render %.2f s, glabels-3-batch %.2f s\n", round + 1,
                    oursSeconds.back(), theirsSeconds.back());
        std::fflush(stdout);
    }
    if (*std::min_element(oursSeconds.begin(), oursSeconds.end()) < 0 ||
        *std::min_element(theirsSeconds.begin(), theirsSeconds.end()) < 0) {
        std::printf("a run failed; no figures\n");
        return 1;
    }
    const double a = bench::median(oursSeconds), b = bench::median(theirsSeconds);
    std::printf("\n%d cards, both sides, into one PDF (median of %d interleaved rounds):\n", kCards,
                kRounds);
    std::printf("  citizencard-cli render  %7.2f s  %6.1f MiB\n", a, fileMiB(ours));
    std::printf("  glabels-3-batch         %7.2f s  %6.1f MiB\n", b, fileMiB(theirs));
    std::printf("  ratio ours/glabels      %7.3f   (target <= 0.2)\n\n", a / b);

    // One card at the printer's resolution.
    const CardFaceRequest request{"senior",
                                  "easycard",
                                  {},
                                  {{"cardNumber", "0301000000000014"},
                                   {"name", "王小明"},
                                   {"nameLatin", "WANG Hsiao-ming"},
                                   {"issued", "2026-11-21"},
                                   {"expires", "2031-11-20"},
                                   {"photo", dir.filePath("photo-0.jpg")}}};
    std::vector<double> composite, panels;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Result<BoundFace> face = BoundFace::bind(request);
        const QImage front = face->renderer.render(CardSide::Front, face->content, 300);
        const QImage back = face->renderer.render(CardSide::Back, face->content, 300);
        composite.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        const PanelImages f = face->renderer.panels(CardSide::Front, face->content, 300);
        const PanelImages k = face->renderer.panels(CardSide::Back, face->content, 300);
        panels.push_back(timer.nsecsElapsed() / 1e6);
        if (front.isNull() || back.isNull() || f.resin.isNull() || k.resin.isNull())
            return 1;
    }
    std::printf("one card at 300 dpi (1011 x 638 px a side, median of 30):\n");
    std::printf("  bind + both sides as images           %7.1f ms\n", bench::median(composite));
    std::printf("  both sides as colour/resin/overlay     %7.1f ms\n", bench::median(panels));
    return 0;
}
