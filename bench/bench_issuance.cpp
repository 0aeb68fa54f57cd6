// Software time per walk-in issuance, from Produce to Issued, against the
// counter's real local devices (pcscd + vpcd with the virtual card stack, the
// printer emulator with no movement delay), on an empty store and again on one
// holding years of history (1,000,000 applicants, 500,000 cards, their stock
// movements and outbox events). Software time is this process's own CPU time
// (every thread: the workflow, the store, our face rendering and APDU
// cryptography); the devices are other processes, so only their work and our
// waits for them are left out. Wall time inside device calls is shown beside.
#include "bench/stats.h"
#include "tests/support/counterdevices.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/ports/registrygateway.h"
#include "core/station/stock.h"
#include "core/workflows/counter.h"
#include "core/workflows/issuance.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <ctime>

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

// This process's CPU time, all threads, in ns.
qint64 cpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Years of a busy office, written straight into the file (the rows' shape
// matters here, not their content: personal columns are random bytes the
// size of sealed values). History cards use prefix 0399, so they do not meet
// the station's own numbers.
bool seedHistory(Store &store, qint64 applicants, qint64 cards) {
    QSqlDatabase db = store.connection();
    QSqlQuery last(db);
    last.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM persons"));
    last.next();
    const qint64 before = last.value(0).toLongLong();
    last.finish();
    QStringList sql = {
        QStringLiteral("BEGIN"),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                       "APPLICANTS) INSERT INTO persons (id_lookup, national_id, name, "
                       "birth_date, created_at, updated_at) SELECT randomblob(32), "
                       "randomblob(38), randomblob(37), randomblob(38), NOW, NOW FROM n"),
        QStringLiteral("INSERT INTO applications (person_id, kind, card_type, status, created_by, "
                       "created_at, updated_at) SELECT id, 'new', 'general', CASE WHEN id % 2 "
                       "= 0 THEN 'issued' ELSE 'received' END, 1, NOW, NOW FROM persons WHERE id > "
                       "BEFORE"),
        QStringLiteral("INSERT INTO production_attempts (application_id, card_number, carrier, "
                       "state, chip_uid, operator_id, started_at, updated_at) SELECT id, '0399' "
                       "|| printf('%012d', id), 'easycard', 'issued', hex(randomblob(7)), 1, "
                       "NOW, NOW FROM applications WHERE status = 'issued' AND person_id > BEFORE "
                       "LIMIT CARDS"),
        QStringLiteral("INSERT INTO cards (card_number, person_id, application_id, card_type, "
                       "carrier, chip_uid, status, issued_on, expires_on, updated_at) SELECT "
                       "a.card_number, p.person_id, p.id, 'general', 'easycard', a.chip_uid, "
                       "'active', '2024-01-01', NULL, NOW FROM production_attempts a JOIN "
                       "applications p ON p.id = a.application_id WHERE a.card_number LIKE "
                       "'0399%'"),
        QStringLiteral("INSERT INTO blank_stock_movements (carrier, movement, quantity, note, "
                       "operator_id, at) SELECT 'easycard', 'received', 100, 'history', 1, NOW "
                       "FROM production_attempts WHERE card_number LIKE '0399%' AND id % 100 = 0"),
        QStringLiteral("INSERT INTO blank_stock_movements (carrier, movement, quantity, "
                       "attempt_id, operator_id, at) SELECT 'easycard', 'used', 1, id, 1, NOW "
                       "FROM production_attempts WHERE card_number LIKE '0399%'"),
        QStringLiteral("INSERT INTO outbox (at, topic, object, payload) SELECT NOW, "
                       "'card.issued', 'card:' || card_number, randomblob(120) FROM cards WHERE "
                       "card_number LIKE '0399%'"),
        QStringLiteral("COMMIT"),
    };
    for (QString &statement : sql) {
        statement.replace(QStringLiteral("APPLICANTS"), QString::number(applicants))
            .replace(QStringLiteral("BEFORE"), QString::number(before))
            .replace(QStringLiteral("CARDS"), QString::number(cards))
            .replace(QStringLiteral("NOW"), QStringLiteral("'2024-01-01T00:00:00.000Z'"));
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            std::fprintf(stderr, "seeding: %s\n", qPrintable(q.lastError().text()));
            return false;
        }
    }
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
    return true;
}

struct Figures {
    std::vector<double> wall, device, cpu;
};

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    constexpr int kCards = 20;
    qint64 kApplicants = 1'000'000;
    qint64 kHistoryCards = 500'000;
    if (argc > 2 && QByteArray(argv[1]) == "--applicants") { // for a quick try
        kApplicants = QByteArray(argv[2]).toLongLong();
        kHistoryCards = kApplicants / 2;
    }
    test::CounterDevices devices;
    if (const QString failed = devices.start(); !failed.isEmpty()) {
        std::fprintf(stderr, "bench_issuance: %s\n", qPrintable(failed));
        return 3;
    }
    ManualClock clock;
    StoreFixture fixture(clock);
    Session supervisor = fixture.loginAs(Role::Supervisor);
    (void)Stock(fixture.store(), fixture.audit(), clock)
        .receive(supervisor, Carrier::EasyCard, 2 * kCards, "bench");
    Session clerk = fixture.loginAs(Role::Clerk);
    QFile photo(QStringLiteral(CITIZENCARD_BENCH_PHOTO));
    photo.open(QIODevice::ReadOnly);
    const QByteArray photoBytes = photo.readAll();
    Counter counter(fixture.store(), fixture.audit(), clock, EligibilityPolicy::defaults());
    Issuance issuance(fixture.store(), fixture.audit(), clock);

    const auto run = [&](int cards, Figures &f) -> bool {
        for (int i = 0; i < cards; ++i) {
            RegistryRecord facts;
            facts.nationalId = QStringLiteral("F222222222");
            facts.birthDate = QDate(1990, 5, 1);
            facts.registeredResident = true;
            qint64 encoderNs = 0;
            qint64 printerNs = 0;
            TimedEncoder encoder(devices.encoder(), encoderNs);
            TimedPrinter printer(devices.printer(), printerNs);
            QElapsedTimer t;
            t.start();
            const qint64 cpu0 = cpuNs();
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
                return false;
            }
            Result<IssuanceOutcome> outcome =
                issuance.produce(clerk, *application, Carrier::EasyCard, encoder, printer);
            const qint64 cpu = cpuNs() - cpu0;
            const qint64 all = t.nsecsElapsed();
            if (!outcome || outcome->end != IssuanceStep::Issued) {
                std::fprintf(stderr, "card %d not issued\n", i);
                return false;
            }
            f.wall.push_back(all / 1e6);
            f.device.push_back((encoderNs + printerNs) / 1e6);
            f.cpu.push_back(cpu / 1e6);
            // The next applicant: this card is cancelled so the same person may apply again.
            (void)counter.cancel(supervisor, outcome->cardNumber, CancellationReason::MovedAway);
        }
        return true;
    };
    const auto print = [](const char *store, const Figures &f) {
        std::printf("  %-34s wall %7.1f  in devices %7.1f  our CPU %7.1f\n", store,
                    bench::median(f.wall), bench::median(f.device), bench::median(f.cpu));
    };

    Figures empty, history;
    if (!run(kCards, empty))
        return 2;
    std::fprintf(stderr, "seeding %lld applicants and %lld cards...\n", kApplicants, kHistoryCards);
    if (!seedHistory(fixture.store(), kApplicants, kHistoryCards))
        return 2;
    if (!run(kCards, history))
        return 2;
    std::printf("Walk-in issuance, application + Produce to Issued, %d cards each (median, ms)\n",
                kCards);
    print("empty store", empty);
    const QByteArray label =
        QStringLiteral("%1 applicants, %2 cards").arg(kApplicants).arg(kHistoryCards).toUtf8();
    print(label.constData(), history);
    std::printf("  our CPU on the full store: %.1f ms (target <= 300), %.2f x the empty store "
                "(target <= 1.2)\n",
                bench::median(history.cpu), bench::median(history.cpu) / bench::median(empty.cpu));
    return 0;
}
