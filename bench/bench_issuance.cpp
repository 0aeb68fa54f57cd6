// Software time per walk-in issuance, from Produce to Issued, against the
// counter's real local devices (pcscd + vpcd with the virtual card stack, the
// printer emulator with no movement delay). Every device call is timed where
// the workflow makes it; software time is the whole minus the time spent
// inside device calls (the APDUs through pcscd, the card feed, the panels
// over TCP), i.e. what issuance costs with devices that answer at once.
#include "bench/stats.h"
#include "tests/support/counterdevices.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/counter.h"
#include "core/issuance.h"
#include "core/registrygateway.h"
#include "core/stock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>

using namespace cc;

namespace {

// Runs `f`, adding its wall time to `spent`.
template<typename F> auto timeInto(qint64 &spent, F f) -> decltype(f()) {
    QElapsedTimer t;
    t.start();
    auto r = f();
    spent += t.nsecsElapsed();
    return r;
}

// Adds the wall time of each call into `spent`; does nothing else.
class TimedEncoder final : public CardEncoder {
public:
    TimedEncoder(CardEncoder &inner, qint64 &spent)
        : m_inner(inner)
        , m_spent(spent) {}
    Result<QByteArray> readUid() override {
        return timeInto(m_spent, [&] { return m_inner.readUid(); });
    }
    Result<EncodeResult> personalise(const ChipRecord &r, bool o) override {
        return timeInto(m_spent, [&] { return m_inner.personalise(r, o); });
    }
    Result<ChipReading> verify() override {
        return timeInto(m_spent, [&] { return m_inner.verify(); });
    }

private:
    CardEncoder &m_inner;
    qint64 &m_spent;
};

class TimedPrinter final : public CardPrinter {
public:
    TimedPrinter(CardPrinter &inner, qint64 &spent)
        : m_inner(inner)
        , m_spent(spent) {}
    QString name() const override { return m_inner.name(); }
    PrinterStatus status() override {
        return timeInto(m_spent, [&] { return m_inner.status(); });
    }
    bool hasEncoderStation() const override { return m_inner.hasEncoderStation(); }
    Status checkFace(const CardFaceRequest &f) override { return m_inner.checkFace(f); }
    Status parkAtEncoder() override {
        return timeInto(m_spent, [&] { return m_inner.parkAtEncoder(); });
    }
    PrintJobRecord print(const CardFaceRequest &f) override {
        return timeInto(m_spent, [&] { return m_inner.print(f); });
    }
    Status reject() override {
        return timeInto(m_spent, [&] { return m_inner.reject(); });
    }

private:
    CardPrinter &m_inner;
    qint64 &m_spent;
};

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    constexpr int kCards = 20;
    test::CounterDevices devices;
    if (const QString failed = devices.start(); !failed.isEmpty()) {
        std::fprintf(stderr, "bench_issuance: %s\n", qPrintable(failed));
        return 3;
    }
    ManualClock clock;
    StoreFixture fixture(clock);
    Session supervisor = fixture.loginAs(Role::Supervisor);
    (void)Stock(fixture.store(), fixture.audit(), clock)
        .receive(supervisor, Carrier::EasyCard, kCards, "bench");
    Session clerk = fixture.loginAs(Role::Clerk);
    QFile photo(QStringLiteral(CITIZENCARD_BENCH_PHOTO));
    photo.open(QIODevice::ReadOnly);
    const QByteArray photoBytes = photo.readAll();
    Counter counter(fixture.store(), fixture.audit(), clock, EligibilityPolicy::defaults());
    Issuance issuance(fixture.store(), fixture.audit(), clock);

    std::vector<double> total, device, software, chip, face;
    for (int i = 0; i < kCards; ++i) {
        RegistryRecord facts;
        facts.nationalId = QStringLiteral("F222222222");
        facts.birthDate = QDate(1990, 5, 1);
        facts.registeredResident = true;
        Result<qint64> application = counter.applyNew(clerk, {{facts.nationalId,
                                                               QStringLiteral("林怡君"),
                                                               QStringLiteral("LIN Yi-jun"),
                                                               facts.birthDate,
                                                               {},
                                                               {},
                                                               photoBytes},
                                                              facts,
                                                              {},
                                                              false,
                                                              CardType::General,
                                                              false});
        if (!application) {
            std::fprintf(stderr, "%s\n", qPrintable(application.error().toString()));
            return 2;
        }
        qint64 encoderNs = 0;
        qint64 printerNs = 0;
        TimedEncoder encoder(devices.encoder(), encoderNs);
        TimedPrinter printer(devices.printer(), printerNs);
        QElapsedTimer t;
        t.start();
        Result<IssuanceOutcome> outcome =
            issuance.produce(clerk, *application, Carrier::EasyCard, encoder, printer);
        const qint64 all = t.nsecsElapsed();
        if (!outcome || outcome->end != IssuanceStep::Issued) {
            std::fprintf(stderr, "card %d not issued\n", i);
            return 2;
        }
        total.push_back(all / 1e6);
        device.push_back((encoderNs + printerNs) / 1e6);
        software.push_back((all - encoderNs - printerNs) / 1e6);
        chip.push_back(encoderNs / 1e6);
        face.push_back(printerNs / 1e6);
        // The next applicant: this card is cancelled so the same person may apply again.
        (void)counter.cancel(supervisor, outcome->cardNumber, CancellationReason::MovedAway);
    }
    std::printf("Walk-in issuance, Produce to Issued, %d cards (median, ms)\n", kCards);
    std::printf("  whole, devices included        %8.1f\n", bench::median(total));
    std::printf("  inside encoder calls (pcscd)   %8.1f\n", bench::median(chip));
    std::printf("  inside printer calls (TCP)     %8.1f\n", bench::median(face));
    std::printf("  software time (whole - devices)%8.1f   target <= 300\n",
                bench::median(software));
    std::printf("  ratio to target                %8.2f\n", bench::median(software) / 300.0);
    return 0;
}
