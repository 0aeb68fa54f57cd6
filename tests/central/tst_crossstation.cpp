// What only the centre can see, end to end: two real station stores (0301
// and 0302) producing real cards on the counter's real devices, enrolled
// with the real central process over a throwaway PostgreSQL, each syncing
// as the station does (SyncRound: push, re-check, pull).
// - one person, a personal card at each station: a conflict flag at both;
// - a card reported lost at 0301: blocked at the centre, refused at 0302;
// - the hotlist carries it, and `openssl pkeyutl -verify` checks it;
// - an offline application the registry disagrees with: a re-check flag.
#include "sync/centralregistry.h"
#include "sync/httpstransport.h"
#include "tests/support/centralpeers.h"
#include "tests/support/counterworld.h"

#include "core/domain/offlineevidence.h"
#include "core/station/centralpolicies.h"
#include "core/station/flags.h"
#include "core/station/remotecards.h"
#include "core/station/stock.h"
#include "core/station/storecheck.h"
#include "core/station/synclinks.h"
#include "core/workflows/issuance.h"
#include "core/workflows/syncround.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

// One station: its store, a clerk and a supervisor.
struct Station {
    std::unique_ptr<StoreFixture> store;
    Session clerk;
    Session supervisor;
};

} // namespace

class TstCrossStation
    : public QObject
    , private test::CounterWorld {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void conflictFlagOnBothStations();
    void lostAtABlockedAtB();
    void hotlistVerifiesWithOpenssl();
    void hotlistDelta();
    void recheckFlag();
    void flagResolvedAtTheCentre();
    void policyPublishedReachesTheStations();
    void registryThroughTheCentre();
    void cleanupTestCase();

private:
    QString open(Station &s, const QString &id);
    QString issue(Station &s, const QString &nationalId, CardType type);
    QString sync(Station &s);
    std::unique_ptr<HttpsTransport> transportOf(Station &s);
    QList<Flag> flagsOf(Station &s) {
        return Flags(s.store->store(), s.store->audit(), m_clock).list(s.supervisor, false).value();
    }
    QJsonArray centreFlags() {
        return QJsonDocument::fromJson(
                   test::CentralProcess::run(m_world.postgres.conninfo(), {"flags", "--json"})
                       .toUtf8())
            .array();
    }

    test::CentralWorld m_world;
    Station m_a, m_b;
    QString m_cardA, m_cardB; // one person's two personal cards
};

QString TstCrossStation::open(Station &s, const QString &id) {
    s.store = std::make_unique<StoreFixture>(m_clock, LockoutPolicy{}, id);
    if (!s.store->ok())
        return s.store->error();
    s.supervisor = s.store->loginAs(Role::Supervisor);
    if (Status ok = Stock(s.store->store(), s.store->audit(), m_clock)
                        .receive(s.supervisor, Carrier::EasyCard, 10, "delivery 1");
        !ok)
        return ok.error().toString();
    s.clerk = s.store->loginAs(Role::Clerk);
    return m_world.enrol(*s.store, m_clock);
}

QString TstCrossStation::issue(Station &s, const QString &nationalId, CardType type) {
    Counter counter(s.store->store(), s.store->audit(), m_clock, EligibilityPolicy::defaults());
    Result<qint64> application = counter.applyNew(s.clerk, applicant(nationalId, type));
    if (!application) {
        qWarning("not applied: %s", qPrintable(application.error().toString()));
        return {};
    }
    Result<IssuanceOutcome> outcome = Issuance(s.store->store(), s.store->audit(), m_clock)
                                          .produce(s.clerk, *application, Carrier::EasyCard,
                                                   m_devices.encoder(), m_devices.printer());
    if (!outcome || outcome->end != IssuanceStep::Issued)
        return {};
    return outcome->cardNumber;
}

std::unique_ptr<HttpsTransport> TstCrossStation::transportOf(Station &s) {
    const SyncLink link =
        SyncLinks(s.store->store(), s.store->audit(), m_clock).load(s.clerk)->value();
    return HttpsTransport::open(link).value();
}

// One round as the station's sync worker makes it, the registry asked
// through the centre.
QString TstCrossStation::sync(Station &s) {
    const SyncLink link =
        SyncLinks(s.store->store(), s.store->audit(), m_clock).load(s.clerk)->value();
    std::unique_ptr<HttpsTransport> transport = HttpsTransport::open(link).value();
    CentralRegistry registry(nullptr);
    registry.connect(link);
    Result<SyncRoundResult> round = SyncRound(s.store->store(), s.store->audit(), m_clock,
                                              *transport, &registry, EligibilityPolicy::defaults())
                                        .run(s.clerk);
    return round ? QString() : round.error().toString();
}

void TstCrossStation::initTestCase() {
    QString failed = m_world.start();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = startWorld();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = open(m_a, "0301");
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = open(m_b, "0302");
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TstCrossStation::conflictFlagOnBothStations() {
    // Both offline from each other: each station's own store says the
    // person holds no card.
    m_cardA = issue(m_a, "F222222222", CardType::General);
    QVERIFY(!m_cardA.isEmpty());
    QCOMPARE(sync(m_a), QString());
    m_cardB = issue(m_b, "F222222222", CardType::General);
    QVERIFY(!m_cardB.isEmpty());
    QCOMPARE(sync(m_b), QString());
    QCOMPARE(sync(m_a), QString());
    for (Station *s : {&m_a, &m_b}) {
        const QList<Flag> flags = flagsOf(*s);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].kind, FlagKind::Conflict);
        QVERIFY(flags[0].isOpen());
        const QStringList cards{flags[0].facts.value("card").toString(),
                                flags[0].facts.value("otherCard").toString()};
        QVERIFY2(cards.contains(m_cardA) && cards.contains(m_cardB), qPrintable(cards.join(' ')));
        const QString said = Flags::describe(flags[0]);
        QVERIFY2(said.contains("0301") && said.contains("0302"), qPrintable(said));
    }
    // The centre names no person: the flag's facts are cards and stations.
    const QJsonArray atCentre = centreFlags();
    QCOMPARE(atCentre.size(), 2);
    QVERIFY(!QJsonDocument(atCentre).toJson().contains("F222222222"));
    // A third round raises nothing twice.
    QCOMPARE(sync(m_b), QString());
    QCOMPARE(flagsOf(m_b).size(), 1);
}

void TstCrossStation::lostAtABlockedAtB() {
    QVERIFY(!m_cardA.isEmpty());
    const QString uid =
        test::storeValue(m_a.store->store(), "SELECT chip_uid FROM cards WHERE card_number = ?",
                         {m_cardA})
            .toString();
    QVERIFY(!uid.isEmpty());
    Counter atA(m_a.store->store(), m_a.store->audit(), m_clock, EligibilityPolicy::defaults());
    Counter atB(m_b.store->store(), m_b.store->audit(), m_clock, EligibilityPolicy::defaults());
    // Before the report, B knows the card as 0301's, in use.
    QCOMPARE(atB.card(m_b.clerk, m_cardA).error().code, ErrorCode::AlreadyExists);
    QVERIFY(atA.reportLost(m_a.clerk, m_cardA).ok());
    QCOMPARE(sync(m_a), QString());
    QCOMPARE(m_world.postgres.psql(
                 QString("SELECT status || ' ' || reason FROM cards WHERE card_number = '%1'")
                     .arg(m_cardA)),
             QString("blocked lost"));
    QCOMPARE(sync(m_b), QString());
    // At B: shown blocked, refused for replacement and for linking its chip.
    const Error shown = atB.card(m_b.clerk, m_cardA).error();
    QCOMPARE(shown.code, ErrorCode::WrongState);
    QVERIFY2(shown.message.contains("0301"), qPrintable(shown.message));
    QCOMPARE(atB.applyReplacement(m_b.clerk, m_cardA, ReplacementReason::Lost).error().code,
             ErrorCode::WrongState);
    Status chip = m_b.store->store().read(
        [&](QSqlDatabase &db) { return RemoteCards(m_b.store->store()).refuseChipIn(db, uid); });
    QCOMPARE(chip.error().code, ErrorCode::WrongState);
    QCOMPARE(test::storeValue(m_b.store->store(),
                              "SELECT status_reason FROM remote_cards WHERE card_number = ?",
                              {m_cardA})
                 .toString(),
             QString("lost"));
}

void TstCrossStation::hotlistVerifiesWithOpenssl() {
    Result<SignedHotlist> list = transportOf(m_b)->hotlist(0);
    QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().toString()));
    const Hotlist parsed = Hotlist::fromText(list->text).value();
    const QString uid =
        test::storeValue(m_a.store->store(), "SELECT chip_uid FROM cards WHERE card_number = ?",
                         {m_cardA})
            .toString();
    QVERIFY(std::any_of(parsed.entries.cbegin(), parsed.entries.cend(), [&](const auto &e) {
        return e.cardNumber == m_cardA && e.chipUid == uid && e.reason == "lost";
    }));
    QTemporaryDir dir;
    const QString file = dir.filePath("hotlist.txt");
    QVERIFY(list->save(file).ok());
    const auto verify = [&](const QString &path) {
        QProcess openssl;
        openssl.start("openssl", {"pkeyutl", "-verify", "-pubin", "-inkey",
                                  QDir(m_world.caDir()).filePath("hotlist-signing.pub.pem"),
                                  "-rawin", "-in", path, "-sigfile", file + ".sig"});
        return openssl.waitForFinished(10000) ? openssl.exitCode() : -1;
    };
    QCOMPARE(verify(file), 0);
    // One byte changed: the signature no longer holds.
    QByteArray changed = list->text;
    changed[changed.size() - 3] = changed[changed.size() - 3] == '1' ? '2' : '1';
    QFile f(dir.filePath("changed.txt"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(changed);
    f.close();
    QVERIFY(verify(f.fileName()) != 0);
}

void TstCrossStation::hotlistDelta() {
    std::unique_ptr<HttpsTransport> b = transportOf(m_b);
    const Hotlist all = Hotlist::fromText(b->hotlist(0)->text).value();
    const Hotlist none = Hotlist::fromText(b->hotlist(all.version)->text).value();
    QCOMPARE(none.entries.size(), 0);
    QCOMPARE(none.version, all.version);
    // B's own card is cancelled: the next delta has it, and only it.
    Counter atB(m_b.store->store(), m_b.store->audit(), m_clock, EligibilityPolicy::defaults());
    QVERIFY(atB.cancel(m_b.supervisor, m_cardB, CancellationReason::MovedAway).ok());
    QCOMPARE(sync(m_b), QString());
    const Hotlist delta = Hotlist::fromText(b->hotlist(all.version)->text).value();
    QCOMPARE(delta.entries.size(), 1);
    QCOMPARE(delta.entries[0].cardNumber, m_cardB);
    QCOMPARE(delta.entries[0].reason, QString("moved-away"));
    QCOMPARE(delta.since, all.version);
    QVERIFY(delta.version > all.version);
}

void TstCrossStation::recheckFlag() {
    // Offline, the clerk saw a household transcript; the registry says 李秀英
    // moved out of the city.
    OfflineEvidence evidence{
        "O200000006",
        QDate(1950, 1, 20),
        {{DocumentKind::NationalIdCard, "O200000006", QDate(2020, 1, 2), {}, {}, {}},
         {DocumentKind::HouseholdTranscript, "T-115-0042", QDate(2026, 11, 1), {}, {}, {}}}};
    Result<RegistryRecord> facts = evidence.toRecord();
    QVERIFY(facts.ok());
    Counter atA(m_a.store->store(), m_a.store->audit(), m_clock, EligibilityPolicy::defaults());
    Result<qint64> application = atA.applyNew(
        m_a.clerk,
        {{"O200000006", "李秀英", {}, QDate(1950, 1, 20), {}, {}, test::applicantPhoto()},
         *facts,
         evidence.toJson(),
         true,
         CardType::Senior,
         false});
    QVERIFY2(application.ok(),
             qPrintable(application.ok() ? QString() : application.error().toString()));
    QCOMPARE(sync(m_a), QString());
    QCOMPARE(test::storeValue(m_a.store->store(),
                              "SELECT recheck_pending || ' ' || recheck_result FROM applications "
                              "WHERE id = ?",
                              {*application})
                 .toString(),
             QString("0 failed"));
    const QList<Flag> flags = flagsOf(m_a);
    const auto recheck = std::find_if(flags.cbegin(), flags.cend(),
                                      [](const Flag &f) { return f.kind == FlagKind::Recheck; });
    QVERIFY(recheck != flags.cend());
    QVERIFY2(recheck->facts.value("failedRules").toString().contains("registeredResident"),
             qPrintable(recheck->facts.value("failedRules").toString()));
    // The centre has it for the city's view.
    QVERIFY(centreFlags().toVariantList().size() >= 3);
    QCOMPARE(m_world.postgres.psql(QString("SELECT count(*) FROM flags WHERE kind = 'recheck' "
                                           "AND for_station = '0301' AND subject = "
                                           "'application:%1'")
                                       .arg(*application)),
             QString("1"));
    // Resolved at the station: closed at the centre too.
    QVERIFY(Flags(m_a.store->store(), m_a.store->audit(), m_clock)
                .resolve(m_a.supervisor, recheck->id, "moved back: new household transcript")
                .ok());
    QCOMPARE(sync(m_a), QString());
    QCOMPARE(m_world.postgres.psql(QString("SELECT resolution FROM flags WHERE kind = 'recheck' "
                                           "AND subject = 'application:%1'")
                                       .arg(*application)),
             QString("moved back: new household transcript"));
}

void TstCrossStation::flagResolvedAtTheCentre() {
    const QList<Flag> flags = flagsOf(m_b);
    QCOMPARE(flags.size(), 1);
    Flags b(m_b.store->store(), m_b.store->audit(), m_clock);
    QCOMPARE(b.resolve(m_b.clerk, flags[0].id, "cancelled").error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(b.resolve(m_b.supervisor, flags[0].id, "  ").error().code, ErrorCode::MissingField);
    QVERIFY(b.resolve(m_b.supervisor, flags[0].id, "card 0302 cancelled: moved away").ok());
    QCOMPARE(b.openCount().value(), 0);
    QCOMPARE(sync(m_b), QString());
    QCOMPARE(m_world.postgres.psql("SELECT count(*) FROM flags WHERE for_station = '0302' AND "
                                   "resolution = 'card 0302 cancelled: moved away'"),
             QString("1"));
}

void TstCrossStation::policyPublishedReachesTheStations() {
    QTemporaryDir dir;
    const auto publish = [&](const QByteArray &json) {
        QFile f(dir.filePath("policy.json"));
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(json);
        f.close();
        int exit = -1;
        (void)test::CentralProcess::run(m_world.postgres.conninfo(),
                                        {"policy", "publish", "--file", f.fileName()}, &exit);
        return exit;
    };
    // A policy the stations could not read is refused at the centre.
    QCOMPARE(publish(R"({"senior": {"minAge": "seventy"}})"), 2);
    const QByteArray city = R"({"senior": {"minAge": 70}})";
    QCOMPARE(publish(city), 0);
    QCOMPARE(m_world.postgres.psql("SELECT max(version) FROM documents"), QString("1"));
    // Before its next pull B decides by the shipped policy; after it, by the city's.
    qint64 version = -1;
    QCOMPARE(CentralPolicies(m_b.store->store()).current(&version)->senior.minAge, 65);
    QCOMPARE(version, 0);
    QCOMPARE(sync(m_b), QString());
    QCOMPARE(CentralPolicies(m_b.store->store()).current(&version)->senior.minAge, 70);
    QCOMPARE(version, 1);
    // The body kept changed with sqlite3: not the city's any more.
    QVERIFY(
        m_b.store->store()
            .write([&](QSqlDatabase &db) {
                return m_b.store->store().run(
                    db,
                    "UPDATE central_policies SET body = CAST('{\"senior\": {\"minAge\": 60}}' AS "
                    "BLOB)");
            })
            .ok());
    QCOMPARE(CentralPolicies(m_b.store->store()).current().error().code,
             ErrorCode::IntegrityFailed);
}

void TstCrossStation::registryThroughTheCentre() {
    const SyncLink link =
        SyncLinks(m_a.store->store(), m_a.store->audit(), m_clock).load(m_a.clerk)->value();
    CentralRegistry registry(nullptr, 2);
    registry.connect(link);
    const std::optional<RegistryEntry> found = registry.lookup("F222222222").value();
    QVERIFY(found.has_value());
    QCOMPARE(found->name, QString("林怡君"));
    QVERIFY(found->facts.registeredResident);
    QCOMPARE(registry.lookup("A100000001").value(), std::nullopt); // valid, not in the registry
    QCOMPARE(registry.lookup("A12345678").error().code, ErrorCode::BadValue);
    // The centre gone: a clear error at once, not a frozen counter; the
    // clerk is sent to the offline documents path.
    m_world.central.stop();
    QElapsedTimer waited;
    waited.start();
    const Error down = registry.lookup("F222222222").error();
    QVERIFY2(waited.elapsed() < 5000, qPrintable(QString::number(waited.elapsed())));
    QCOMPARE(down.code, ErrorCode::NetworkFailed);
    QVERIFY2(down.message.contains("documents"), qPrintable(down.message));
}

void TstCrossStation::cleanupTestCase() {
    // What the pulls and re-checks wrote keeps both stores whole.
    for (Station *s : {&m_a, &m_b}) {
        if (!s->store)
            continue;
        Result<StoreCheckReport> check = StoreCheck::run(s->store->store(), s->store->audit());
        QVERIFY(check.ok());
        QVERIFY2(check->ok(), qPrintable(check->problems.join('\n')));
    }
}

QTEST_MAIN(TstCrossStation)
#include "tst_crossstation.moc"
