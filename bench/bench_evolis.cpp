// One colour card (YMCKO, both sides) sent to the Evolis printer emulator
// through the driver: bytes on the wire and time per card, beside the raw
// panel sizes (every panel uncompressed, and y, m, c at 8 bits as a plain
// bitmap would carry them), as a compression ratio.
// Usage: bench_evolis [--cards N]
#include "tests/support/printingpeers.h"

#include "core/domain/cardnumber.h"
#include "printing/evolisprinter.h"
#include "printing/evolisstream.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

cc::CardFaceRequest face(int n) {
    return {"senior",
            "ipass",
            {},
            {{"cardNumber", cc::CardNumber::make(QStringLiteral("0301"), n + 1).value()},
             {"name", "林美華"},
             {"nameLatin", "LIN Mei-hua"},
             {"issued", "2026-11-21"},
             {"expires", "2031-11-20"},
             {"photo", CITIZENCARD_BENCH_PHOTO}},
            {}};
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the faces are rendered with fonts
    QLoggingCategory::setFilterRules(QStringLiteral("citizencard.*.info=false"));
    int cards = 9;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--cards")); i > 0 && i + 1 < args.size())
        cards = args[i + 1].toInt();

    QTemporaryDir dir;
    const QString record = dir.filePath(QStringLiteral("received.prn"));
    cc::test::PrinterEmulatorProcess emulator;
    if (!emulator.start(dir.filePath(QStringLiteral("out")),
                        {QStringLiteral("--record"), record, QStringLiteral("--feeder"),
                         QString::number(cards + 1)})) {
        std::fprintf(stderr, "bench_evolis: the printer emulator did not start\n");
        return 1;
    }
    cc::EvolisPrinter printer(emulator.address());
    QList<double> millis;
    double cpu = 0;
    for (int i = 0; i < cards; ++i) {
        const double cpuBefore = cpuSeconds();
        QElapsedTimer t;
        t.start();
        const cc::PrintJobRecord job = printer.print(face(i));
        millis << double(t.nsecsElapsed()) / 1e6;
        cpu += cpuSeconds() - cpuBefore;
        if (job.outcome != cc::PrintJobOutcome::Printed) {
            std::fprintf(stderr, "bench_evolis: card %d: %s\n", i,
                         qPrintable(job.error ? job.error->toString() : QString()));
            return 1;
        }
    }
    std::sort(millis.begin(), millis.end());
    const double sent = double(QFileInfo(record).size()) / cards;
    namespace evolis = cc::evolis;
    const double mono = double(evolis::downloadSize(2));
    const double colour64 = double(evolis::downloadSize(64));
    const double rawOurs = 2 * (3 * colour64 + 2 * mono);
    const double raw8bit = 2 * (3.0 * evolis::kPanelDots * evolis::kPanelLines + 2 * mono);
    std::printf("bench_evolis: %d colour cards (YMCKO, both sides) to the emulator\n", cards);
    std::printf("  sent per card           %10.0f bytes\n", sent);
    std::printf("  raw panels, Db at 64 levels and 2 (k, o)  %10.0f bytes  ratio sent/raw %.3f\n",
                rawOurs, sent / rawOurs);
    std::printf("  raw panels, y m c at 8 bits, k o at 1     %10.0f bytes  ratio sent/raw %.3f\n",
                raw8bit, sent / raw8bit);
    // y, m, c go uncompressed (Db), so the rest of what was sent is the
    // compressed k and o panels and the commands' own few hundred bytes.
    const double monoSent = sent - 2 * 3 * colour64;
    std::printf("  k and o (Dbc), commands included  %10.0f bytes of %.0f raw  ratio %.3f\n",
                monoSent, 4 * mono, monoSent / (4 * mono));
    std::printf("  time per card (render, encode, send, emulator decodes and writes PNGs): "
                "median %.0f ms, min %.0f ms, max %.0f ms\n",
                millis.at(millis.size() / 2), millis.first(), millis.last());
    std::printf(
        "  our CPU per card (render and encode; the emulator is another process): %.0f ms\n",
        cpu * 1000 / cards);
    return 0;
}
