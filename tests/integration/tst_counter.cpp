// The counter transactions, each through the core use cases against a real
// store and the counter's real devices: new card (with its refusals), lost
// report, replacement (lost, damaged), type conversion, cancellation, linking
// a citizen's own card, face reprint, the offline documents path and the
// registry fixture. Role checks: who may do what, and refusals are audited.
#include "tests/support/counterworld.h"

#include "core/domain/cardnumber.h"
#include "core/domain/offlineevidence.h"
#include "core/station/batches.h"
#include "core/station/stock.h"
#include "core/station/storecheck.h"
#include "core/workflows/counter.h"
#include "core/workflows/issuance.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

class TstCounter
    : public QObject
    , private test::CounterWorld {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newCardRefusals_data();
    void newCardRefusals();
    void collectIntoABatch();
    void lostReportBlocksAtOnce();
    void replacementOfALostCard();
    void replacementOfADamagedCard();
    void conversionAtSixtyFive();
    void cancellationNeedsASupervisor_data();
    void cancellationNeedsASupervisor();
    void unknownStoredStateIsAnError_data();
    void unknownStoredStateIsAnError();
    void linkOwnCard();
    void linkRefusesAChangedAttempt();
    void faceReprint();
    void offlineDocuments();
    void offlineDocumentErrors_data();
    void offlineDocumentErrors();
    void registryFixtureErrors();

private:
    QString issue(const Session &session, qint64 application);
    Counter counter() {
        return Counter(m_fixture->store(), m_fixture->audit(), m_clock,
                       EligibilityPolicy::defaults());
    }
    QString lastAudit(const QString &action);
};

void TstCounter::initTestCase() {
    const QString failed = startWorld();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(m_registry->size(), 9);
}

void TstCounter::init() {
    const QString failed = freshStore(10);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TstCounter::cleanup() {
    if (m_fixture) {
        Result<StoreCheckReport> check = StoreCheck::run(m_fixture->store(), m_fixture->audit());
        QVERIFY(check.ok());
        QVERIFY2(check->ok(), qPrintable(check->problems.join('\n')));
    }
    closeStore();
}

QString TstCounter::issue(const Session &session, qint64 application) {
    Issuance issuance(m_fixture->store(), m_fixture->audit(), m_clock);
    Result<IssuanceOutcome> outcome = issuance.produce(session, application, Carrier::EasyCard,
                                                       m_devices.encoder(), m_devices.printer());
    if (!outcome || outcome->end != IssuanceStep::Issued) {
        qWarning("not issued: %s", qPrintable(!outcome           ? outcome.error().toString()
                                              : outcome->failure ? outcome->failure->toString()
                                                                 : QString()));
        return {};
    }
    return outcome->cardNumber;
}

QString TstCounter::lastAudit(const QString &action) {
    return test::storeValue(
               m_fixture->store(),
               "SELECT operator || ' ' || object || ' ' || outcome || ' ' || detail FROM "
               "audit_entries WHERE action = ? ORDER BY seq DESC LIMIT 1",
               {action})
        .toString();
}

void TstCounter::newCardRefusals_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("consent");
    QTest::addColumn<QString>("code");
    QTest::newRow("too young for a general card")
        << "Z100000002" << int(CardType::General) << false << "bad-value";
    QTest::newRow("moved out: no senior card")
        << "O200000006" << int(CardType::Senior) << false << "bad-value";
    QTest::newRow("disability without consent")
        << "A123456789" << int(CardType::Disability) << false << "missing-field";
    QTest::newRow("disability with consent")
        << "A123456789" << int(CardType::Disability) << true << "";
    QTest::newRow("companion with consent")
        << "A123456789" << int(CardType::Companion) << true << "";
    QTest::newRow("a pupil's student card")
        << "K187654322" << int(CardType::Student) << false << "";
}

void TstCounter::newCardRefusals() {
    QFETCH(QString, id);
    QFETCH(int, type);
    QFETCH(bool, consent);
    QFETCH(QString, code);
    CounterApplication a = applicant(id, CardType(type));
    a.consent = consent;
    Counter c = counter();
    Result<qint64> applied = c.applyNew(m_clerk, a);
    if (!code.isEmpty()) {
        QVERIFY(!applied.ok());
        QCOMPARE(errorCodeName(applied.error().code), code);
        QCOMPARE(test::storeValue(m_fixture->store(), "SELECT count(*) FROM applications").toInt(),
                 0);
        return;
    }
    QVERIFY2(applied.ok(), qPrintable(applied ? "" : applied.error().toString()));
    // A second active card of the same kind (personal, or companion) is refused.
    QVERIFY(!issue(m_clerk, *applied).isEmpty());
    Result<qint64> again = c.applyNew(m_clerk, a);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    // An administrator handles no applicants; the refusal is audited.
    Session admin = m_fixture->loginAs(Role::Admin);
    QCOMPARE(c.applyNew(admin, a).error().code, ErrorCode::PermissionDenied);
    QVERIFY(lastAudit("application.submit").startsWith("admin person:? denied"));
}

// A mobile team's F9: the application goes into the open session batch,
// which records the collector as an editor (four eyes) and stays sealed; the
// same person is refused a second time, whether they wait in this batch,
// another one or at the counter; a role that keeps no batches is refused.
void TstCounter::collectIntoABatch() {
    Batches batches(m_fixture->store(), m_fixture->audit(), m_clock);
    const Session mobile = m_fixture->loginAs(Role::Mobile);
    const qint64 session =
        batches.create(mobile, {BatchKind::MobileSession, "大溪區行動服務 12/2", {}}).value();
    const qint64 other =
        batches.create(mobile, {BatchKind::VillageCollection, "美華里 12/2", {}}).value();
    Counter c = counter();
    const CounterApplication a = applicant("H101234562", CardType::Senior);
    const Result<qint64> added = c.applyNew(m_clerk, a, session);
    QVERIFY2(added.ok(), qPrintable(added ? "" : added.error().toString()));
    QCOMPARE(test::storeValue(m_fixture->store(), "SELECT batch_id FROM applications WHERE id = ?",
                              {*added})
                 .toLongLong(),
             session);
    const BatchSummary shown = batches.show(mobile, session).value();
    QCOMPARE(shown.applications, 1);
    QVERIFY(shown.sealed);
    QVERIFY(shown.editors.contains("clerk"));
    QVERIFY(batches.isOwnWork(m_clerk, session).value());

    for (const qint64 into : {session, other}) {
        const Result<qint64> again = c.applyNew(m_clerk, a, into);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(again.error().message.contains(QString::number(session)), into != session);
    }
    // Someone waiting at the counter (a walk-in whose card failed) is not collected.
    const CounterApplication walkIn = applicant("F222222222", CardType::General);
    QVERIFY(c.applyNew(m_clerk, walkIn).ok());
    const Result<qint64> collected = c.applyNew(m_clerk, walkIn, session);
    QVERIFY(!collected.ok());
    QCOMPARE(collected.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(test::storeValue(m_fixture->store(),
                              "SELECT count(*) FROM applications WHERE batch_id IS NOT NULL")
                 .toInt(),
             1);
    // A submitted (or decided) batch takes no more from the counter: an F9
    // must not undo a decision; nor does a roster batch; nor an admin.
    QVERIFY(batches.submit(mobile, session).ok());
    const CounterApplication late = applicant("W111111113", CardType::Senior);
    QCOMPARE(c.applyNew(m_clerk, late, session).error().code, ErrorCode::WrongState);
    QCOMPARE(batches.status(session).value(), BatchStatus::Submitted);
    const qint64 roster =
        batches.create(mobile, {BatchKind::AgencyRoster, "榮家 12/2", CardType::Senior}).value();
    QCOMPARE(c.applyNew(m_clerk, late, roster).error().code, ErrorCode::WrongState);
    QVERIFY(c.applyNew(m_clerk, late, other).ok());
    Session admin = m_fixture->loginAs(Role::Admin);
    QCOMPARE(c.applyNew(admin, a, other).error().code, ErrorCode::PermissionDenied);
}

void TstCounter::lostReportBlocksAtOnce() {
    Counter c = counter();
    const QString card =
        issue(m_clerk, c.applyNew(m_clerk, applicant("F222222222", CardType::General)).value());
    QVERIFY(!card.isEmpty());
    Session admin = m_fixture->loginAs(Role::Admin);
    QCOMPARE(c.reportLost(admin, card).error().code, ErrorCode::PermissionDenied);
    QVERIFY(c.reportLost(m_clerk, card).ok());
    QCOMPARE(c.card(m_clerk, card)->status, CardStatus::Blocked);
    QCOMPARE(c.card(m_clerk, card)->reason, StatusReason::Lost);
    QCOMPARE(lastAudit("card.report-lost"), "clerk card:" + card + " ok reason=lost");
    QCOMPARE(test::storeValue(m_fixture->store(),
                              "SELECT count(*) FROM outbox WHERE topic = "
                              "'card.blocked' AND object = ?",
                              {QString("card:" + card)})
                 .toInt(),
             1);
    QCOMPARE(c.reportLost(m_clerk, card).error().code, ErrorCode::WrongState);
    QCOMPARE(c.reportLost(m_clerk, CardNumber::make("0301", 999).value()).error().code,
             ErrorCode::NotFound);
    // A number that is not one (a typo, a path) is refused before the store is asked.
    QCOMPARE(c.reportLost(m_clerk, "0301999999999999").error().code, ErrorCode::BadValue);
    QCOMPARE(c.reportLost(m_clerk, "../../x").error().code, ErrorCode::BadValue);
}

void TstCounter::replacementOfALostCard() {
    Counter c = counter();
    const QString old =
        issue(m_clerk, c.applyNew(m_clerk, applicant("H101234562", CardType::Senior)).value());
    QVERIFY(!old.isEmpty());
    // Reported lost by replacing it: the old card is blocked at once.
    Result<qint64> replacement = c.applyReplacement(m_clerk, old, ReplacementReason::Lost);
    QVERIFY2(replacement.ok(), qPrintable(replacement ? "" : replacement.error().toString()));
    QCOMPARE(c.card(m_clerk, old)->status, CardStatus::Blocked);
    QCOMPARE(test::storeValue(m_fixture->store(), "SELECT fee FROM applications WHERE id = ?",
                              {*replacement})
                 .toInt(),
             EligibilityPolicy::defaults().fees.replacementLost);
    QCOMPARE(test::storeValue(m_fixture->store(), "SELECT kind FROM applications WHERE id = ?",
                              {*replacement}),
             QVariant("replacement-lost"));
    const QString renewed = issue(m_clerk, *replacement);
    QVERIFY(!renewed.isEmpty());
    const CardSummary newCard = c.card(m_clerk, renewed).value();
    QCOMPARE(newCard.type, CardType::Senior);
    QCOMPARE(newCard.status, CardStatus::Active);
    QCOMPARE(c.card(m_clerk, old)->replacedBy, renewed);
    // A card already replaced is not replaced again.
    QCOMPARE(c.applyReplacement(m_clerk, old, ReplacementReason::Lost).error().code,
             ErrorCode::WrongState);
}

void TstCounter::replacementOfADamagedCard() {
    Counter c = counter();
    const QString old =
        issue(m_clerk, c.applyNew(m_clerk, applicant("K187654322", CardType::Student)).value());
    Result<qint64> replacement = c.applyReplacement(m_clerk, old, ReplacementReason::Damaged);
    QVERIFY(replacement.ok());
    // Damaged: the old card stays active until the new one is handed over.
    QCOMPARE(c.card(m_clerk, old)->status, CardStatus::Active);
    QCOMPARE(test::storeValue(m_fixture->store(), "SELECT fee FROM applications WHERE id = ?",
                              {*replacement})
                 .toInt(),
             EligibilityPolicy::defaults().fees.replacementDamaged);
    const QString renewed = issue(m_clerk, *replacement);
    QVERIFY(!renewed.isEmpty());
    QCOMPARE(c.card(m_clerk, old)->status, CardStatus::Blocked);
    QCOMPARE(c.card(m_clerk, old)->reason, StatusReason::Replaced);
    // Same expiry as the card it replaces (graduation + grace days).
    QCOMPARE(c.card(m_clerk, renewed)->expires, c.card(m_clerk, old)->expires);
    QVERIFY(c.card(m_clerk, renewed)->expires.isValid());
}

void TstCounter::conversionAtSixtyFive() {
    // Born 1962-03-01: 64 in November 2026, 65 from 2027-03-01.
    RegistryRecord facts;
    facts.nationalId = "F222222222";
    facts.birthDate = QDate(1962, 3, 1);
    facts.registeredResident = true;
    CounterApplication a{
        {facts.nationalId, "林怡君", "LIN Yi-jun", facts.birthDate, {}, {}, test::applicantPhoto()},
        facts,
        {},
        false,
        CardType::General,
        false};
    Counter c = counter();
    const QString general = issue(m_clerk, c.applyNew(m_clerk, a).value());
    QVERIFY(!general.isEmpty());
    a.type = CardType::Senior;
    Result<qint64> early = c.applyConversion(m_clerk, general, a);
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code, ErrorCode::BadValue); // not 65 yet
    m_clock.advanceSeconds(qint64(110) * 24 * 3600);   // 2027-03-11
    a.person.photo.clear(); // none taken at the counter: the one on file is kept
    Result<qint64> conversion = c.applyConversion(m_clerk, general, a);
    QVERIFY2(conversion.ok(), qPrintable(conversion ? "" : conversion.error().toString()));
    QCOMPARE(c.card(m_clerk, general)->status, CardStatus::Active); // until hand-over
    QCOMPARE(c.photoFor(m_clerk, *conversion).value(), test::applicantPhoto());
    // Taken again before the card is made: that one is printed, audited.
    QFile other(CITIZENCARD_TEST_DATA_DIR "/photos/applicant-landscape.png");
    QVERIFY(other.open(QIODevice::ReadOnly));
    const QByteArray retaken = other.readAll();
    QVERIFY(c.retakePhoto(m_clerk, *conversion, retaken).ok());
    QCOMPARE(c.photoFor(m_clerk, *conversion).value(), retaken);
    QVERIFY(lastAudit("applicant.photo").startsWith("clerk application:"));
    const QString senior = issue(m_clerk, *conversion);
    QVERIFY(!senior.isEmpty());
    // Once the card is made, its photo stays as printed.
    QCOMPARE(c.retakePhoto(m_clerk, *conversion, test::applicantPhoto()).error().code,
             ErrorCode::WrongState);
    QCOMPARE(c.card(m_clerk, senior)->type, CardType::Senior);
    QCOMPARE(c.card(m_clerk, general)->status, CardStatus::Blocked);
    QCOMPARE(c.card(m_clerk, general)->reason, StatusReason::Converted);
    QCOMPARE(c.cardsOf(m_clerk, "F222222222")->size(), 2);
}

void TstCounter::cancellationNeedsASupervisor_data() {
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("clerk") << int(Role::Clerk) << false;
    QTest::newRow("mobile team") << int(Role::Mobile) << false;
    QTest::newRow("admin") << int(Role::Admin) << false;
    QTest::newRow("supervisor") << int(Role::Supervisor) << true;
}

void TstCounter::cancellationNeedsASupervisor() {
    QFETCH(int, role);
    QFETCH(bool, allowed);
    Counter c = counter();
    const QString card =
        issue(m_clerk, c.applyNew(m_clerk, applicant("W111111113", CardType::Senior)).value());
    QVERIFY(!card.isEmpty());
    Session who = m_fixture->loginAs(Role(role));
    Status cancelled = c.cancel(who, card, CancellationReason::Death);
    QCOMPARE(cancelled.ok(), allowed);
    QCOMPARE(c.card(m_clerk, card)->status, allowed ? CardStatus::Cancelled : CardStatus::Active);
    QVERIFY(lastAudit("card.cancel").contains(allowed ? " ok reason=death" : " denied"));
    if (allowed)
        QCOMPARE(c.cancel(who, card, CancellationReason::MovedAway).error().code,
                 ErrorCode::WrongState);
}

void TstCounter::unknownStoredStateIsAnError_data() {
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::newRow("status") << "status"
                            << "stolen";
    QTest::newRow("status, another spelling") << "status"
                                              << "Active";
    QTest::newRow("status reason") << "status_reason"
                                   << "mislaid";
    QTest::newRow("card type") << "card_type"
                               << "vip";
}

// A card row written past the schema's checks is an error naming the card
// and the column wherever it is read (the counter's card list, one card, a
// replacement), never shown or acted on as some default state.
void TstCounter::unknownStoredStateIsAnError() {
    QFETCH(QString, column);
    QFETCH(QString, value);
    Counter c = counter();
    const CounterApplication senior = applicant("W111111113", CardType::Senior);
    const QString card = issue(m_clerk, c.applyNew(m_clerk, senior).value());
    QVERIFY(!card.isEmpty());
    QSqlDatabase db = m_fixture->store().connection();
    const auto forge = [&](const QVariant &to) {
        QVERIFY(QSqlQuery(db).exec("PRAGMA ignore_check_constraints = ON"));
        QSqlQuery q(db);
        q.prepare(QString("UPDATE cards SET %1 = ? WHERE card_number = ?").arg(column));
        q.addBindValue(to);
        q.addBindValue(card);
        QVERIFY(q.exec());
        QVERIFY(QSqlQuery(db).exec("PRAGMA ignore_check_constraints = OFF"));
    };
    QSqlQuery original(db);
    QVERIFY(
        original.exec(QString("SELECT %1 FROM cards WHERE card_number = '%2'").arg(column, card)));
    QVERIFY(original.next());
    const QVariant kept = original.value(0);
    original.finish();
    forge(value);
    const QString where = QString("cards:%1/%2").arg(card, column);
    const Result<QList<CardSummary>> listed = c.cardsOf(m_clerk, senior.person.nationalId);
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().code, ErrorCode::IntegrityFailed);
    QCOMPARE(listed.error().where, where);
    QVERIFY2(listed.error().message.contains(value), qPrintable(listed.error().message));
    QCOMPARE(c.card(m_clerk, card).error().where, where);
    QCOMPARE(c.applyReplacement(m_clerk, card, ReplacementReason::Damaged).error().where, where);
    forge(kept);
    QVERIFY(c.cardsOf(m_clerk, senior.person.nationalId).ok());
}

void TstCounter::linkOwnCard() {
    // The citizen's own card lies on the encoder: its UID is read, nothing is
    // written or printed, no blank stock is used.
    QVERIFY(m_devices.placeBlankCard());
    const QHash<QString, int> before = m_devices.counters();
    Result<QByteArray> uid = m_devices.encoder().readUid();
    QVERIFY(uid.ok());
    Counter c = counter();
    const CounterApplication a = applicant("H101234562", CardType::Senior);
    Session admin = m_fixture->loginAs(Role::Admin);
    QCOMPARE(c.linkOwnCard(admin, a, Carrier::IPass, m_devices.encoder()).error().code,
             ErrorCode::PermissionDenied);
    Result<QString> linked = c.linkOwnCard(m_clerk, a, Carrier::IPass, m_devices.encoder());
    QVERIFY2(linked.ok(), qPrintable(linked ? "" : linked.error().toString()));
    const CardSummary card = c.card(m_clerk, *linked).value();
    QCOMPARE(card.chipUid, QString::fromLatin1(uid->toHex()));
    QCOMPARE(card.carrier, Carrier::IPass);
    QCOMPARE(card.status, CardStatus::Active);
    QCOMPARE(m_devices.counters().value("feeder"), before.value("feeder"));
    QCOMPARE(m_devices.counters().value("printed"), before.value("printed"));
    QCOMPARE(Stock(m_fixture->store(), m_fixture->audit(), m_clock).levels()->value("ipass").used,
             0);
    // The same card cannot be linked twice.
    const CounterApplication other = applicant("F222222222", CardType::General);
    QCOMPARE(c.linkOwnCard(m_clerk, other, Carrier::IPass, m_devices.encoder()).error().code,
             ErrorCode::AlreadyExists);
    // A linked card has no face of ours to reprint.
    Issuance issuance(m_fixture->store(), m_fixture->audit(), m_clock);
    QCOMPARE(issuance.reprintFace(m_clerk, *linked, m_devices.printer()).error().code,
             ErrorCode::NotFound);
}

void TstCounter::linkRefusesAChangedAttempt() {
    // Another process (a recovery at its login) closes the attempt between
    // its start and the link: the link must not issue a card on it.
    QVERIFY(m_devices.placeBlankCard());
    QSqlDatabase db = m_fixture->store().connection();
    QVERIFY(QSqlQuery(db).exec("CREATE TEMP TRIGGER closed_elsewhere AFTER INSERT ON "
                               "production_attempts BEGIN UPDATE production_attempts SET "
                               "state = 'cancelled' WHERE id = NEW.id; END"));
    const qint64 cards =
        test::storeValue(m_fixture->store(), "SELECT count(*) FROM cards").toLongLong();
    Result<QString> linked = counter().linkOwnCard(
        m_clerk, applicant("W111111113", CardType::Senior), Carrier::IPass, m_devices.encoder());
    QVERIFY(QSqlQuery(db).exec("DROP TRIGGER temp.closed_elsewhere"));
    QVERIFY(!linked.ok());
    QCOMPARE(linked.error().code, ErrorCode::WrongState);
    QCOMPARE(test::storeValue(m_fixture->store(), "SELECT count(*) FROM cards").toLongLong(),
             cards);
}

void TstCounter::faceReprint() {
    Counter c = counter();
    const QString card =
        issue(m_clerk, c.applyNew(m_clerk, applicant("F222222222", CardType::General)).value());
    const int printed = m_devices.counters().value("printed");
    const StockLevel stock =
        Stock(m_fixture->store(), m_fixture->audit(), m_clock).levels()->value("easycard");
    Issuance issuance(m_fixture->store(), m_fixture->audit(), m_clock);
    Result<PrintJobRecord> job = issuance.reprintFace(m_clerk, card, m_devices.printer());
    QVERIFY(job.ok());
    QCOMPARE(job->outcome, PrintJobOutcome::Printed);
    QCOMPARE(job->cardNumber, card);
    QCOMPARE(m_devices.counters().value("printed"), printed + 1);
    QCOMPARE(
        Stock(m_fixture->store(), m_fixture->audit(), m_clock).levels()->value("easycard").used,
        stock.used); // no blank card booked
    QCOMPARE(lastAudit("card.reprint"), "clerk card:" + card + " ok ");
    QVERIFY(c.reportLost(m_clerk, card).ok());
    QCOMPARE(issuance.reprintFace(m_clerk, card, m_devices.printer()).error().code,
             ErrorCode::WrongState);
}

void TstCounter::offlineDocuments() {
    // No registry: the clerk records the ID card and the disability
    // certificate with the companion mark.
    OfflineEvidence evidence{
        "A123456789",
        QDate(1955, 3, 14),
        {{DocumentKind::NationalIdCard, "A123456789", QDate(2020, 1, 2), {}, {}, {}},
         {DocumentKind::DisabilityCertificate,
          "TY-1234567",
          {},
          QDate(2029, 3, 31),
          "companion",
          {}}}};
    Result<RegistryRecord> facts = evidence.toRecord();
    QVERIFY(facts.ok());
    QVERIFY(facts->registeredResident);
    QVERIFY(facts->disability && facts->disability->companionNeeded);
    Counter c = counter();
    const EligibilityResult eligibility = c.evaluate(*facts);
    QCOMPARE(eligibility.assigned, std::optional<CardType>(CardType::Disability));
    QVERIFY(eligibility.decision(CardType::Companion).eligible);
    Result<qint64> application = c.applyNew(
        m_clerk, {{"A123456789", "陳美玲", {}, QDate(1955, 3, 14), {}, {}, test::applicantPhoto()},
                  *facts,
                  evidence.toJson(),
                  true,
                  CardType::Disability,
                  true});
    QVERIFY(application.ok());
    QCOMPARE(test::storeValue(m_fixture->store(),
                              "SELECT recheck_pending FROM applications WHERE id = ?",
                              {*application})
                 .toInt(),
             1);
    QVERIFY(!test::storeValue(m_fixture->store(),
                              "SELECT consent_at FROM applications WHERE id = ?", {*application})
                 .isNull());
    // The documents are kept sealed with the application.
    Applicants applicants(m_fixture->store(), m_fixture->audit(), m_clock);
    const ApplicantRecord record = applicants.forApplication(m_clerk, *application).value();
    const QJsonObject docs = record.applications.last().documents;
    QCOMPARE(docs.value("recheckPending").toBool(), true);
    QCOMPARE(docs.value("documents").toArray().size(), 2);
    QCOMPARE(docs.value("documents").toArray().at(1).toObject().value("number").toString(),
             QString("TY-1234567"));
    QVERIFY(
        !test::storeValue(m_fixture->store(),
                          "SELECT count(*) FROM applications WHERE CAST(documents AS TEXT) LIKE "
                          "'%TY-1234567%'")
             .toBool());
    // Offline or not, the card is produced the same way.
    const QString card = issue(m_clerk, *application);
    QVERIFY(!card.isEmpty());
    QCOMPARE(c.card(m_clerk, card)->expires, QDate(2029, 3, 31));
}

void TstCounter::offlineDocumentErrors_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QDate>("validUntil");
    QTest::addColumn<QString>("where");
    QTest::newRow("no number") << int(DocumentKind::NationalIdCard) << ""
                               << "" << QDate() << "documents[0].number";
    QTest::newRow("permit without category")
        << int(DocumentKind::ResidentCertificate) << "AB12345677"
        << "" << QDate(2030, 1, 1) << "documents[0].detail";
    QTest::newRow("permit without end") << int(DocumentKind::ResidentCertificate) << "AB12345677"
                                        << "foreign-spouse" << QDate() << "documents[0].validUntil";
    QTest::newRow("student ID without level") << int(DocumentKind::StudentId) << "S-1"
                                              << "" << QDate(2030, 6, 30) << "documents[0].detail";
}

void TstCounter::offlineDocumentErrors() {
    QFETCH(int, kind);
    QFETCH(QString, number);
    QFETCH(QString, detail);
    QFETCH(QDate, validUntil);
    QFETCH(QString, where);
    OfflineEvidence evidence{"A123456789",
                             QDate(1955, 3, 14),
                             {{DocumentKind(kind), number, {}, validUntil, detail, {}}}};
    Result<RegistryRecord> facts = evidence.toRecord();
    QVERIFY(!facts.ok());
    QCOMPARE(facts.error().where, where);
    QVERIFY(!facts.error().message.isEmpty());
}

void TstCounter::registryFixtureErrors() {
    QTemporaryDir dir;
    const QString file = dir.filePath("people.json");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"([{"nationalId": "F222222222", "name": "A", "birthDate": "1990-05-01", )"
            R"("registeredResident": true}, {"nationalId": "H101234562", "name": "B", )"
            R"("birthDate": "1990-02-30", "registeredResident": true}])");
    f.close();
    Result<std::unique_ptr<FixtureRegistry>> bad = FixtureRegistry::load(file);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().where, file + ":$[1].birthDate");
    QCOMPARE(FixtureRegistry::load(dir.filePath("missing.json")).error().code,
             ErrorCode::FileNotFound);
    // A well-formed lookup of someone not in the registry is an empty answer.
    QVERIFY(!m_registry->lookup("A234567893").value().has_value());
    QCOMPARE(m_registry->lookup("A12345678").error().code, ErrorCode::BadValue);
}

QTEST_MAIN(TstCounter)
#include "tst_counter.moc"
