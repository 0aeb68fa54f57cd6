#pragma once

#include "tests/support/pcscpeers.h"
#include "tests/support/printingpeers.h"

#include "core/station/store.h"
#include "printing/evolisprinter.h"
#include "reader/keyfile.h"
#include "reader/pcscencoder.h"
#include "reader/readermanager.h"

#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace cc {
class AuditLog;
class Clock;
} // namespace cc

namespace cc::test {

// The counter's devices, all real local peers: a private pcscd with vpcd, the
// printer emulator, and a virtual card stack on the emulator's encoder
// station (each card the printer feeds arrives on the reader blank), plus a
// key file. encoder() and printer() are what the application would use.
class CounterDevices {
public:
    static constexpr char kPassphrase[] = "correct horse battery";

    CounterDevices();
    ~CounterDevices();

    // Starts everything; `emulatorArguments` go to the printer emulator
    // (--feeder N, --ribbon N). Returns an empty string or what failed.
    QString start(const QStringList &emulatorArguments = {});
    void stop();

    QString dir() const { return m_dir.path(); }
    QString outDir() const { return m_dir.filePath(QStringLiteral("out")); }
    QString keyFilePath() const { return m_dir.filePath(QStringLiteral("keys.json")); }
    QString printerAddress() const { return m_emulator.address(); }

    reader::ReaderManager &manager() { return *m_manager; }
    const reader::KeyFile &keys() const { return *m_keys; }
    reader::PcscEncoder &encoder() { return *m_encoder; }
    EvolisPrinter &printer() { return *m_printer; }

    // The emulator's counters (printed, rejected, feeder, …).
    QHash<QString, int> counters();

    // The reader at the printer's contactless station sees a card only while
    // one is there, as a real one does. These put one there by hand: a new
    // blank card (a citizen's own card to link), or the card the printer
    // last ejected, held to the reader again.
    bool placeBlankCard();
    bool holdEjectedCardToReader();
    // The card at the station leaves the reader (a chip that stops answering).
    bool takeCardOffReader();

    // What is wrong with the card just produced, or an empty string: the chip,
    // held to the reader again, reads back personalised with `number`, `type` and
    // the UID `uidHex`, the emulator has printed `printed` faces in all, and the
    // last card fed has a back whose barcodes carry the number.
    QString producedCardProblem(const QString &number, CardType type, const QString &uidHex,
                                int printed);

private:
    bool signalStack(const QByteArray &what, bool present);

    QTemporaryDir m_dir;
    int m_signals = 0;
    PcscDaemon m_daemon;
    PrinterEmulatorProcess m_emulator;
    VirtualCardProcess m_card;
    std::unique_ptr<reader::ReaderManager> m_manager;
    std::unique_ptr<reader::KeyFile> m_keys;
    std::unique_ptr<reader::PcscEncoder> m_encoder;
    std::unique_ptr<EvolisPrinter> m_printer;
};

// What is wrong in `store` after the first card of a station stocked with 5
// EasyCard blanks was issued by `operatorName` (attempt `attempt`), or an
// empty string: one blank used and 4 on hand, the attempt's begin and issue
// audited, and the whole store checking clean.
QString firstIssueProblem(Store &store, AuditLog &audit, const Clock &clock, qint64 attempt,
                          const QString &operatorName);

// The bytes of tests/data/photos/applicant-portrait.png.
QByteArray applicantPhoto();

// The first column of the first row `sql` returns on `store`, or null.
QVariant storeValue(Store &store, const QString &sql, const QVariantList &args = {});

} // namespace cc::test
