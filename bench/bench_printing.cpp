// Card faces: 1,000 personalised cards (each its own photo, name, QR, Code 128,
// both sides) rendered into one PDF by our CLI, side by side in interleaved
// pairs with glabels-3-batch producing the equivalent PDF from the same CSV and
// the equivalent template bench/cardfaces.glabels; then the time to render one
// card at 300 dpi (composite images, and the printer's panels). Prints
// figures; asserts nothing about time.
//
// The same work on both sides: every photo is given already at the size the
// card face shows it at 300 dpi (300 x 396), lossless (PNG), so neither side
// scales or re-encodes a larger picture the other does not; both processes
// run pinned to the same one core (taskset), and each is measured by its CPU
// time (user + system, from the kernel's accounting of the child) besides
// its wall time.
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
#include <sys/resource.h>
#include <vector>

using namespace cc;

namespace {

constexpr int kCards = 1000;
constexpr int kPairs = 7;
constexpr char kCore[] = "0"; // both programs run on this one core

// A photo of its own for every card, as at a real counter: the test photo
// with each card's own tint, pre-scaled to the photo box at 300 dpi.
QString makePhoto(const QTemporaryDir &dir, const QImage &base, int i) {
    QImage photo = base.scaled(300, 396, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                       .convertToFormat(QImage::Format_RGB32);
    QPainter painter(&photo);
    painter.fillRect(photo.rect(), QColor::fromHsv(i * 37 % 360, 60, 255, 40));
    painter.end();
    const QString path = dir.filePath(QString("photo-%1.png").arg(i));
    photo.save(path, "PNG");
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

double childrenCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct Timing {
    double wall = -1; // negative when the run failed
    double cpu = -1;
};

// A process run to the end on kCore: its wall time and CPU time, in seconds.
Timing timeProcess(const QString &program, const QStringList &arguments,
                   const QString &workingDirectory = {}) {
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    const double cpuBefore = childrenCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("taskset"),
                  QStringList{QStringLiteral("-c"), QString::fromLatin1(kCore), program} +
                      arguments);
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        return {};
    return {timer.nsecsElapsed() / 1e9, childrenCpuSeconds() - cpuBefore};
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

    std::vector<double> oursWall, theirsWall, oursCpu, theirsCpu, ratios;
    for (int pair = 0; pair < kPairs; ++pair) {
        const Timing a = timeProcess(CITIZENCARD_CLI, {"render", "--type", "senior", "--carrier",
                                                       "easycard", "--data", csv, "--out", ours});
        const Timing b = timeProcess(
            "glabels-3-batch", {"-o", theirs, "-i", csv, CITIZENCARD_BENCH_GLABELS}, dir.path());
        if (a.wall < 0 || b.wall < 0) {
            std::printf("a run failed; no figures\n");
            return 1;
        }
        oursWall.push_back(a.wall);
        theirsWall.push_back(b.wall);
        oursCpu.push_back(a.cpu);
        theirsCpu.push_back(b.cpu);
        ratios.push_back(a.cpu / b.cpu);
        std::printf("pair %d: citizencard-cli render %.2f s (cpu %.2f s), glabels-3-batch %.2f s "
                    "(cpu %.2f s), cpu ratio %.3f\n",
                    pair + 1, a.wall, a.cpu, b.wall, b.cpu, ratios.back());
        std::fflush(stdout);
    }
    std::printf("\n%d cards, both sides, into one PDF, photos pre-scaled to 300 x 396 PNG, both "
                "on core %s (median of %d interleaved pairs):\n",
                kCards, kCore, kPairs);
    std::printf("  citizencard-cli render  wall %7.2f s  cpu %7.2f s  %6.1f MiB\n",
                bench::median(oursWall), bench::median(oursCpu), fileMiB(ours));
    std::printf("  glabels-3-batch         wall %7.2f s  cpu %7.2f s  %6.1f MiB\n",
                bench::median(theirsWall), bench::median(theirsCpu), fileMiB(theirs));
    std::printf(
        "  ratio ours/glabels, cpu (median of the pairs' ratios) %7.3f   (target <= 0.2)\n\n",
        bench::median(ratios));

    // One card at the printer's resolution.
    const CardFaceRequest request{"senior",
                                  "easycard",
                                  {},
                                  {{"cardNumber", "0301000000000014"},
                                   {"name", "王小明"},
                                   {"nameLatin", "WANG Hsiao-ming"},
                                   {"issued", "2026-11-21"},
                                   {"expires", "2031-11-20"},
                                   {"photo", dir.filePath("photo-0.png")}},
                                  {}};
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
