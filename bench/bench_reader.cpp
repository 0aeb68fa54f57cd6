// The encoder's costs against a real pcscd with vpcd and the virtual card:
// per-APDU time of our transport (CardChannel on the reader thread) side by
// side with a plain C loop of SCardTransmit on the same card, in interleaved
// rounds; then the APDU count and wall time of one whole personalisation per
// profile. Prints figures; asserts nothing about time.
#include "bench/stats.h"
#include "tests/support/pcscpeers.h"

#include "reader/keyfile.h"
#include "reader/pcscencoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cc;
using namespace cc::reader;

namespace {

constexpr int kApdusPerRound = 2000;
constexpr int kRounds = 7;
const unsigned char kGetUid[] = {0xFF, 0xCA, 0x00, 0x00, 0x00};

// The baseline: what any PC/SC program does, nothing around it.
double plainLoopMicros(const char *reader) {
    SCARDCONTEXT context;
    SCARDHANDLE card;
    DWORD protocol;
    SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
    SCardConnect(context, reader, SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card,
                 &protocol);
    const SCARD_IO_REQUEST *pci = protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    unsigned char response[258];
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kApdusPerRound; ++i) {
        DWORD length = sizeof response;
        if (SCardTransmit(card, pci, kGetUid, sizeof kGetUid, nullptr, response, &length) !=
            SCARD_S_SUCCESS)
            std::fprintf(stderr, "plain SCardTransmit failed\n");
    }
    const double micros = double(timer.nsecsElapsed()) / 1000.0 / kApdusPerRound;
    SCardDisconnect(card, SCARD_LEAVE_CARD);
    SCardReleaseContext(context);
    return micros;
}

double ourTransportMicros(ReaderManager &manager, const QString &reader) {
    return manager
        .withCard<double>(reader,
                          [](CardChannel &channel) -> Result<double> {
                              const Apdu getUid{0xFF, 0xCA, 0x00, 0x00, {}, 0, true, false};
                              QElapsedTimer timer;
                              timer.start();
                              for (int i = 0; i < kApdusPerRound; ++i)
                                  if (!channel.transmit(getUid))
                                      std::fprintf(stderr, "our transmit failed\n");
                              return double(timer.nsecsElapsed()) / 1000.0 / kApdusPerRound;
                          })
        .get()
        .value();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    // As the product runs: APDU debug logging off (QT_LOGGING_RULES can turn it on).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("citizencard.*.debug=false\ncitizencard.*.info=false"));
    QTemporaryDir dir;
    test::PcscDaemon daemon;
    if (!daemon.start()) {
        std::fprintf(stderr, "pcscd with vpcd did not start\n");
        return 1;
    }
    ReaderManager manager;
    manager.start();
    manager.waitForFirstScan(5000);
    test::VirtualCardProcess card;
    card.start({QStringLiteral("--type"), QStringLiteral("desfire-ev2")}, 0);
    test::waitForCard(manager, test::kReader0, true);

    std::vector<double> plain, ours;
    plainLoopMicros("Virtual PCD 00 00"); // warm-up
    ourTransportMicros(manager, test::kReader0);
    for (int round = 0; round < kRounds; ++round) {
        plain.push_back(plainLoopMicros("Virtual PCD 00 00"));
        ours.push_back(ourTransportMicros(manager, test::kReader0));
    }
    const double p = bench::median(plain), o = bench::median(ours);
    std::printf(
        "Per-APDU time, FF CA 00 00 00 against the virtual card, median of %d rounds of %d:\n",
        kRounds, kApdusPerRound);
    std::printf("  plain C loop of SCardTransmit   %8.1f us\n", p);
    std::printf("  our transport (CardChannel)     %8.1f us\n", o);
    std::printf("  ratio ours / plain              %8.3f   (target <= 1.10)\n\n", o / p);
    card.stop();
    test::waitForCard(manager, test::kReader0, false);

    const QString keyPath = dir.filePath(QStringLiteral("keys.json"));
    (void)KeyFile::create(keyPath, "bench passphrase 1",
                          CardKeySettings{"\xF0\xC1\xC1", "TAIPEI", 1},
                          ScryptParams{1u << 10, 8, 1});
    const std::unique_ptr<KeyFile> keys =
        std::move(KeyFile::unlock(keyPath, "bench passphrase 1").value());
    const ChipRecord record{QStringLiteral("0301000000000014"), CardType::Senior,
                            QDate(2026, 11, 21), QDate(2031, 11, 20),
                            QStringLiteral("TPE-DAAN-01")};
    std::printf("One whole personalisation of a blank card (median of 5), read-back included:\n");
    for (const auto &[type, profile] :
         {std::pair{QStringLiteral("desfire-ev2"), QStringLiteral("desfire")},
          std::pair{QStringLiteral("classic-1k"), QStringLiteral("classic")}}) {
        std::vector<double> times;
        int apdus = 0;
        for (int i = 0; i < 5; ++i) {
            card.start({QStringLiteral("--type"), type}, 0);
            test::waitForCard(manager, test::kReader0, true);
            PcscEncoder encoder(manager, test::kReader0, *keys, ChipProfile::byName(profile));
            QElapsedTimer timer;
            timer.start();
            const Result<EncodeResult> result = encoder.personalise(record, false);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!result) {
                std::fprintf(stderr, "%s\n", qPrintable(result.error().toString()));
                return 1;
            }
            apdus = result->apduCount;
            card.stop();
            test::waitForCard(manager, test::kReader0, false);
        }
        std::printf("  %-8s %-12s %3d APDUs  %7.2f ms\n", qPrintable(profile), qPrintable(type),
                    apdus, bench::median(times));
    }
    manager.stop();
    daemon.stop();
    return 0;
}
