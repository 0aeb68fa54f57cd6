// The issuance workflow against the counter's real devices: pcscd + vpcd with
// a virtual card stack on the printer emulator's encoder station. A walk-in
// card is encoded, bound, printed and issued; device faults end the attempt
// spoiled (card rejected, stock counted) or cancelled (no card taken).
#include "tests/support/counterworld.h"

#include "core/station/stock.h"
#include "core/workflows/counter.h"
#include "core/workflows/issuance.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace cc;

namespace {

QStringList column(Store &store, const QString &sql, const QVariantList &args = {}) {
    QSqlDatabase db = store.connection();
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &a : args)
        q.addBindValue(a);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

} // namespace

class TstIssuance
    : public QObject
    , private test::CounterWorld {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void walkInIssuance();
    void cardsInARowEachGetABlank();
    void deviceFaultEndsTheAttempt_data();
    void deviceFaultEndsTheAttempt();
    void refusedBeforeAnyCardIsTaken();
    void unprintableFaceCostsNoCard();

private:
    qint64 apply(const QString &nationalId, CardType type);
};

void TstIssuance::initTestCase() {
    const QString failed = startWorld();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TstIssuance::init() {
    const QString failed = freshStore(5);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TstIssuance::cleanup() {
    closeStore();
}

qint64 TstIssuance::apply(const QString &nationalId, CardType type) {
    Counter counter(m_fixture->store(), m_fixture->audit(), m_clock, EligibilityPolicy::defaults());
    Result<qint64> id = counter.applyNew(m_clerk, applicant(nationalId, type, true));
    if (!id)
        qFatal("application refused: %s", qPrintable(id.error().toString()));
    return *id;
}

void TstIssuance::walkInIssuance() {
    const qint64 application = apply("H101234562", CardType::Senior);
    const int printedBefore = m_devices.counters().value("printed");
    Issuance issuance(m_fixture->store(), m_fixture->audit(), m_clock);
    QStringList events;
    Result<IssuanceOutcome> outcome = issuance.produce(
        m_clerk, application, Carrier::EasyCard, m_devices.encoder(), m_devices.printer(),
        [&](const IssuanceEvent &e) {
            static const char *kinds[] = {"committed", "card-fed", "chip-written", "face-printed"};
            events << QString("%1 %2").arg(kinds[int(e.kind)], issuanceStepName(e.step));
        });
    QVERIFY2(outcome.ok(), qPrintable(outcome ? QString() : outcome.error().toString()));
    QVERIFY2(!outcome->failure, qPrintable(outcome->failure ? outcome->failure->toString() : ""));
    QCOMPARE(outcome->end, IssuanceStep::Issued);
    QCOMPARE(events,
             (QStringList{"committed requested", "committed encoding", "card-fed encoding",
                          "chip-written encoding", "committed encoded", "committed printing",
                          "face-printed printing", "committed printed", "committed issued"}));

    // The store: the card issued with its chip UID bound, the application done.
    Store &store = m_fixture->store();
    const QString number = outcome->cardNumber;
    QCOMPARE(test::storeValue(store, "SELECT status FROM cards WHERE card_number = ?", {number})
                 .toString(),
             QString("active"));
    QCOMPARE(test::storeValue(store, "SELECT card_type FROM cards WHERE card_number = ?", {number}),
             QVariant("senior"));
    const QString uid =
        test::storeValue(store, "SELECT chip_uid FROM cards WHERE card_number = ?", {number})
            .toString();
    QCOMPARE(uid, QString::fromLatin1(outcome->chipUid.toHex()));
    QVERIFY(!uid.isEmpty());
    QVERIFY(test::storeValue(store, "SELECT expires_on FROM cards WHERE card_number = ?", {number})
                .isNull());
    QCOMPARE(test::storeValue(store, "SELECT status FROM applications WHERE id = ?", {application}),
             QVariant("issued"));
    QCOMPARE(test::storeValue(store, "SELECT state FROM production_attempts WHERE card_number = ?",
                              {number}),
             QVariant("issued"));

    // Stock: one blank used, and the count reconciles.
    Result<QMap<QString, StockLevel>> levels = Stock(store, m_fixture->audit(), m_clock).levels();
    QVERIFY(levels.ok());
    const StockLevel easy = levels->value("easycard");
    QCOMPARE(easy.received, 5);
    QCOMPARE(easy.used, 1);
    QCOMPARE(easy.spoiled, 0);
    QCOMPARE(easy.onHand(), 4);

    // Audit: every step, and the chain verifies.
    const QStringList actions =
        column(store, "SELECT action FROM audit_entries WHERE object = ? ORDER BY seq",
               {QString("attempt:%1").arg(outcome->attemptId)});
    QCOMPARE(actions,
             (QStringList{"production.begin", "production.encoding", "production.encoded",
                          "production.printing", "production.printed", "production.issued"}));
    Result<AuditLog::Verification> verified = m_fixture->audit().verify();
    QVERIFY(verified.ok());
    QVERIFY(!verified->firstBadEntry);

    // The chip (still on the encoder's reader) verifies with this card's record,
    // and the printed face's back carries the number.
    const QString problem =
        m_devices.producedCardProblem(number, CardType::Senior, uid, printedBefore + 1);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TstIssuance::cardsInARowEachGetABlank() {
    Issuance issuance(m_fixture->store(), m_fixture->audit(), m_clock);
    QSet<QByteArray> uids;
    for (const auto &[id, type] :
         {std::pair{"F222222222", CardType::General}, std::pair{"K187654322", CardType::Student},
          std::pair{"W111111113", CardType::Senior}}) {
        Result<IssuanceOutcome> outcome = issuance.produce(
            m_clerk, apply(id, type), Carrier::EasyCard, m_devices.encoder(), m_devices.printer());
        QVERIFY(outcome.ok());
        QVERIFY2(outcome->end == IssuanceStep::Issued,
                 qPrintable(outcome->failure ? outcome->failure->toString() : ""));
        uids.insert(outcome->chipUid);
    }
    QCOMPARE(uids.size(), 3); // three blank cards, three chips
    QCOMPARE(
        Stock(m_fixture->store(), m_fixture->audit(), m_clock).levels()->value("easycard").onHand(),
        2);
}

void TstIssuance::deviceFaultEndsTheAttempt_data() {
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("spoiled");  // blank cards counted spoiled
    QTest::addColumn<int>("rejected"); // cards added to the reject tray
    QTest::newRow("ribbon out while printing")
        << "ribbon-out"
        << "print" << int(IssuanceStep::Spoiled) << "ribbon-out" << 1 << 1;
    QTest::newRow("jam at eject") << "card-jam"
                                  << "eject" << int(IssuanceStep::Spoiled) << "card-jam" << 1 << 1;
    QTest::newRow("feeder empty") << "feeder-empty"
                                  << "insert" << int(IssuanceStep::Cancelled) << "feeder-empty" << 0
                                  << 0;
    QTest::newRow("cover open at feed")
        << "cover-open"
        << "insert" << int(IssuanceStep::Cancelled) << "cover-open" << 0 << 0;
}

void TstIssuance::deviceFaultEndsTheAttempt() {
    QFETCH(QString, fault);
    QFETCH(QString, stage);
    QFETCH(int, end);
    QFETCH(QString, code);
    QFETCH(int, spoiled);
    QFETCH(int, rejected);
    const qint64 application = apply("F222222222", CardType::General);
    const QHash<QString, int> before = m_devices.counters();
    QVERIFY(m_devices.printer().command(("Xf;" + fault + ";" + stage).toLatin1()).ok());

    Issuance issuance(m_fixture->store(), m_fixture->audit(), m_clock);
    Result<IssuanceOutcome> outcome = issuance.produce(m_clerk, application, Carrier::EasyCard,
                                                       m_devices.encoder(), m_devices.printer());
    QVERIFY(outcome.ok());
    QCOMPARE(int(outcome->end), end);
    QVERIFY(outcome->failure);
    QCOMPARE(errorCodeName(outcome->failure->code), code);

    Store &store = m_fixture->store();
    QCOMPARE(test::storeValue(store, "SELECT state FROM production_attempts WHERE id = ?",
                              {outcome->attemptId}),
             QVariant(issuanceStepName(IssuanceStep(end))));
    QVERIFY(test::storeValue(store, "SELECT failure FROM production_attempts WHERE id = ?",
                             {outcome->attemptId})
                .toString()
                .startsWith(code));
    QCOMPARE(test::storeValue(store, "SELECT count(*) FROM cards").toInt(), 0);
    QCOMPARE(test::storeValue(store, "SELECT status FROM applications WHERE id = ?", {application}),
             QVariant("received"));
    const StockLevel level = Stock(store, m_fixture->audit(), m_clock).levels()->value("easycard");
    QCOMPARE(level.spoiled, spoiled);
    QCOMPARE(level.used, 0);
    QCOMPARE(level.onHand(), 5 - spoiled);
    const QHash<QString, int> after = m_devices.counters();
    QCOMPARE(after.value("rejected") - before.value("rejected"), rejected);
    QCOMPARE(after.value("printed"), before.value("printed"));
    QVERIFY(m_devices.printer().status().state != PrinterState::CardAtEncoder);

    // The clerk tries again: a new card number, and the card is issued.
    Result<IssuanceOutcome> again = issuance.produce(m_clerk, application, Carrier::EasyCard,
                                                     m_devices.encoder(), m_devices.printer());
    QVERIFY(again.ok());
    QCOMPARE(again->end, IssuanceStep::Issued);
    QVERIFY(again->cardNumber != outcome->cardNumber);
}

void TstIssuance::refusedBeforeAnyCardIsTaken() {
    Issuance issuance(m_fixture->store(), m_fixture->audit(), m_clock);
    const qint64 application = apply("F222222222", CardType::General);
    const int fed = m_devices.counters().value("feeder");
    // No iPASS blanks were ever received.
    Result<IssuanceOutcome> noStock = issuance.produce(m_clerk, application, Carrier::IPass,
                                                       m_devices.encoder(), m_devices.printer());
    QVERIFY(!noStock.ok());
    QCOMPARE(noStock.error().code, ErrorCode::OutOfStock);
    // An administrator does not produce cards.
    Session admin = m_fixture->loginAs(Role::Admin);
    Result<IssuanceOutcome> denied = issuance.produce(admin, application, Carrier::EasyCard,
                                                      m_devices.encoder(), m_devices.printer());
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(test::storeValue(m_fixture->store(),
                              "SELECT operator || ' ' || outcome FROM audit_entries WHERE action = "
                              "'production.begin' ORDER BY seq DESC LIMIT 1")
                 .toString(),
             QString("admin denied"));
    QCOMPARE(
        test::storeValue(m_fixture->store(), "SELECT count(*) FROM production_attempts").toInt(),
        0);
    QCOMPARE(m_devices.counters().value("feeder"), fed);
}

void TstIssuance::unprintableFaceCostsNoCard() {
    // The photo on file is not an image: the face is checked before a card
    // is fed, so the attempt is cancelled and no blank card is used.
    QFile bad(CITIZENCARD_TEST_DATA_DIR "/photos/not-an-image.png");
    QVERIFY(bad.open(QIODevice::ReadOnly));
    const RegistryEntry e = m_registry->lookup("F222222222").value().value();
    Counter counter(m_fixture->store(), m_fixture->audit(), m_clock, EligibilityPolicy::defaults());
    Result<qint64> application = counter.applyNew(
        m_clerk, {{e.facts.nationalId, e.name, {}, e.facts.birthDate, {}, {}, bad.readAll()},
                  e.facts,
                  {},
                  false,
                  CardType::General,
                  false});
    QVERIFY(application.ok());
    const int feeder = m_devices.counters().value("feeder");
    Issuance issuance(m_fixture->store(), m_fixture->audit(), m_clock);
    Result<IssuanceOutcome> outcome = issuance.produce(m_clerk, *application, Carrier::EasyCard,
                                                       m_devices.encoder(), m_devices.printer());
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->end, IssuanceStep::Cancelled);
    QCOMPARE(outcome->failure->code, ErrorCode::BadValue);
    QCOMPARE(m_devices.counters().value("feeder"), feeder);
    QCOMPARE(
        Stock(m_fixture->store(), m_fixture->audit(), m_clock).levels()->value("easycard").onHand(),
        5);
}

QTEST_MAIN(TstIssuance)
#include "tst_issuance.moc"
