// Applicants::submit and submitMany as they write many rows to a statement
// (core/station/applicantrows.cpp): what is read back is what was given,
// across statement and lookup-block boundaries; a person given twice, or
// already in the store, is one person with the latest values; one refused
// application writes nothing of its chunk; the outbox events get
// time-ordered (version 7) UUIDs.
#include "tests/support/idnumbers.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/domain/nationalid.h"
#include "core/domain/objects.h"
#include "core/station/applicants.h"

#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using cc::ErrorCode;
using cc::Role;

namespace {

cc::Applicants::Item item(int n, const QString &name) {
    cc::PersonData person{
        cc::test::idNumber("A1", n), name, {}, QDate(1990, 1, 1 + n % 28), {}, {}, {}};
    if (n % 3 == 0) // some with the optional columns, some without
        person.phone = QStringLiteral("09%1").arg(n, 8, 10, QLatin1Char('0'));
    return {person, cc::ApplicationData{}};
}

qint64 count(cc::Store &store, const QString &sql) {
    QSqlDatabase db = store.connection();
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestApplicants : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsBackWhatWasGiven_data();
    void readsBackWhatWasGiven();
    void aPersonTwiceIsOnePerson();
    void aKnownPersonIsUpdated();
    void oneRefusedWritesNothing();
    void submitAllIsOneTransaction();
    void outboxIdsAreTimeOrdered();
    void searchByName_data();
    void searchByName();

private:
    ManualClock m_clock;
    std::unique_ptr<StoreFixture> m_fixture;
};

void TestApplicants::init() {
    m_fixture = std::make_unique<StoreFixture>(m_clock);
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
}

void TestApplicants::readsBackWhatWasGiven_data() {
    QTest::addColumn<int>("people");
    QTest::newRow("one") << 1;
    QTest::newRow("a full statement (64)") << 64;
    QTest::newRow("across statements and lookup blocks (450)") << 450;
}

void TestApplicants::readsBackWhatWasGiven() {
    QFETCH(int, people);
    cc::Applicants applicants(m_fixture->store(), m_fixture->audit(), m_clock);
    cc::Session clerk = m_fixture->loginAs(Role::Clerk);
    QList<cc::Applicants::Item> items;
    for (int i = 0; i < people; ++i)
        items << item(i, QStringLiteral("申請人%1").arg(i));
    items.last().second.cardType = cc::CardType::Senior;
    const cc::Status seeded = applicants.submitMany(clerk, items);
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().toString()));
    QCOMPARE(count(m_fixture->store(), "SELECT count(*) FROM persons"), people);
    QCOMPARE(count(m_fixture->store(), "SELECT count(*) FROM applications"), people);
    QCOMPARE(count(m_fixture->store(), "SELECT count(*) FROM outbox"), people);
    QCOMPARE(count(m_fixture->store(),
                   "SELECT count(*) FROM audit_entries WHERE action = 'application.submit'"),
             people);
    for (int i : {0, people / 2, people - 1}) {
        auto found = applicants.findByNationalId(clerk, items[i].first.nationalId);
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->person, items[i].first);
        QCOMPARE((*found)->applications.size(), 1);
        QCOMPARE((*found)->applications.first().cardType, items[i].second.cardType);
    }
    const auto verified = m_fixture->audit().verify(&clerk);
    QVERIFY(verified.ok());
    QVERIFY2(!verified->firstBadEntry, qPrintable(verified->problem));
}

void TestApplicants::aPersonTwiceIsOnePerson() {
    cc::Applicants applicants(m_fixture->store(), m_fixture->audit(), m_clock);
    cc::Session clerk = m_fixture->loginAs(Role::Clerk);
    // 100 people, then person 70 again (a row in the second statement of 64)
    // and person 0 again: each is one person with the later values.
    QList<cc::Applicants::Item> items;
    for (int i = 0; i < 100; ++i)
        items << item(i, QStringLiteral("申請人%1").arg(i));
    items << item(70, "王曉明") << item(0, "李大華");
    items[100].first.address = QStringLiteral("桃園市中壢區");
    QVERIFY(applicants.submitMany(clerk, items).ok());
    QCOMPARE(count(m_fixture->store(), "SELECT count(*) FROM persons"), 100);
    for (const int again : {100, 101}) {
        auto found = applicants.findByNationalId(clerk, items[again].first.nationalId);
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->person, items[again].first); // the later values
        QCOMPARE((*found)->applications.size(), 2);
    }
    // Their neighbours in the statement are untouched.
    for (const int neighbour : {69, 71, 1}) {
        auto found = applicants.findByNationalId(clerk, items[neighbour].first.nationalId);
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->person, items[neighbour].first);
    }
}

void TestApplicants::aKnownPersonIsUpdated() {
    cc::Applicants applicants(m_fixture->store(), m_fixture->audit(), m_clock);
    cc::Session clerk = m_fixture->loginAs(Role::Clerk);
    // People already in the store, found by the lookup in blocks of 200:
    // one in the first block, one in the padded last block.
    QList<cc::Applicants::Item> first;
    for (int i = 0; i < 250; ++i)
        first << item(i, QStringLiteral("申請人%1").arg(i));
    QVERIFY(applicants.submitMany(clerk, first).ok());
    QList<cc::Applicants::Item> again;
    for (int i = 1000; i < 1230; ++i)
        again << item(i, QStringLiteral("新申請人%1").arg(i));
    again[5] = item(5, "陳美齡");
    again[5].first.phone = QStringLiteral("0911222333");
    again[220] = item(240, "林志豪");
    QVERIFY(applicants.submitMany(clerk, again).ok());
    QCOMPARE(count(m_fixture->store(), "SELECT count(*) FROM persons"), 250 + 228);
    for (const int i : {5, 220}) {
        auto found = applicants.findByNationalId(clerk, again[i].first.nationalId);
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->person, again[i].first);
        QCOMPARE((*found)->applications.size(), 2);
    }
}

void TestApplicants::searchByName_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QList<int>>("found"); // the items, in the order found
    QTest::newRow("Chinese name") << "陳美齡" << QList<int>{1, 3};
    QTest::newRow("with spaces") << " 陳 美齡 " << QList<int>{1, 3};
    QTest::newRow("Latin, other case and hyphen") << "chen mei ling" << QList<int>{1, 3};
    QTest::newRow("Latin in full-width letters")
        << "ＣＨＥＮ　ＭＥＩ－ＬＩＮＧ" << QList<int>{1, 3};
    QTest::newRow("a renamed person under the new name") << "林志豪" << QList<int>{2};
    QTest::newRow("the old name finds nobody") << "林志明" << QList<int>{};
    QTest::newRow("part of a name finds nobody") << "陳美" << QList<int>{};
}

void TestApplicants::searchByName() {
    QFETCH(QString, typed);
    QFETCH(QList<int>, found);
    cc::Applicants applicants(m_fixture->store(), m_fixture->audit(), m_clock);
    cc::Session clerk = m_fixture->loginAs(Role::Clerk);
    QList<cc::Applicants::Item> items{item(0, "王小明"), item(1, "陳美齡"), item(2, "林志明"),
                                      item(3, "陳美齡")};
    items[1].first.nameLatin = "CHEN Mei-ling";
    items[3].first.nameLatin = "Chen Meiling";
    QVERIFY(applicants.submitMany(clerk, items).ok());
    items[2].first.name = "林志豪"; // written again under a new name
    QVERIFY(applicants.submit(clerk, items[2].first, items[2].second).ok());
    const cc::Result<QList<cc::ApplicantMatch>> matches = applicants.search(clerk, typed);
    QVERIFY2(matches.ok(), qPrintable(matches ? "" : matches.error().toString()));
    QCOMPARE(matches->size(), found.size());
    for (int i = 0; i < found.size(); ++i) {
        QCOMPARE((*matches)[i].nationalId, items[found[i]].first.nationalId);
        QCOMPARE((*matches)[i].birthDate, items[found[i]].first.birthDate);
    }
    // The audit says how and how many, never the name.
    QSqlQuery q(m_fixture->store().connection());
    QVERIFY(q.exec("SELECT detail FROM audit_entries WHERE action = 'applicant.find' ORDER BY "
                   "seq DESC LIMIT 1") &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("by=name matches=%1").arg(found.size()));
    // The name is in the file only as a keyed tag.
    QCOMPARE(count(m_fixture->store(), "SELECT count(*) FROM persons WHERE name_lookup IS NULL"),
             0);
    // An admin is refused before anything is read.
    cc::Session admin = m_fixture->loginAs(Role::Admin);
    QCOMPARE(applicants.search(admin, typed).error().code, ErrorCode::PermissionDenied);
}

void TestApplicants::oneRefusedWritesNothing() {
    cc::Applicants applicants(m_fixture->store(), m_fixture->audit(), m_clock);
    cc::Session clerk = m_fixture->loginAs(Role::Clerk);
    const cc::Applicants::Item known = item(9, "黃淑芬");
    QVERIFY(applicants.submit(clerk, known.first, known.second).ok());
    const qint64 batch = 9999; // no such batch
    // A person already held (updated before the refusal), a new one, the
    // refused one.
    QList<cc::Applicants::Item> items{item(9, "黃淑芳"), item(2, "李大華"), item(3, "張志明")};
    items[2].second.batchId = batch;
    const qint64 auditBefore = count(m_fixture->store(), "SELECT count(*) FROM audit_entries");
    const cc::Status refused = applicants.submitMany(clerk, items);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QCOMPARE(refused.error().where, QString("item 3"));
    QCOMPARE(count(m_fixture->store(), "SELECT count(*) FROM persons"), 1);
    QCOMPARE(count(m_fixture->store(), "SELECT count(*) FROM applications"), 1);
    QCOMPARE(count(m_fixture->store(), "SELECT count(*) FROM outbox"), 1);
    QCOMPARE(count(m_fixture->store(), "SELECT count(*) FROM audit_entries"), auditBefore);
    auto found = applicants.findByNationalId(clerk, known.first.nationalId);
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE((*found)->person, known.first); // the update was rolled back

    // One item alone is named too; submit() names the field.
    const cc::Status alone = applicants.submitMany(clerk, {items[2]});
    QCOMPARE(alone.error().where, QString("item 1"));
    const auto single = applicants.submit(clerk, items[2].first, items[2].second);
    QCOMPARE(single.error().where, cc::Objects::batch(batch));
}

// submitAll writes a few thousand at a time inside its one transaction: a
// person seen before a flush and again after it is still one person, and a
// refusal after a flush still leaves nothing written.
void TestApplicants::submitAllIsOneTransaction() {
    cc::Applicants applicants(m_fixture->store(), m_fixture->audit(), m_clock);
    cc::Session clerk = m_fixture->loginAs(Role::Clerk);
    QList<cc::Applicants::Item> items;
    for (int i = 0; i < 4100; ++i)
        items << item(i, QStringLiteral("申請人%1").arg(i));
    items[3000] = item(7, "改名的人"); // person 7 again, after the first flush
    items[4099].second.batchId = 9999; // refused after two flushes
    const qint64 audit = count(m_fixture->store(), "SELECT count(*) FROM audit_entries");
    const cc::Status refused = applicants.submitAll(clerk, items);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().where, QString("item 4100"));
    QCOMPARE(count(m_fixture->store(), "SELECT count(*) FROM persons"), 0);
    QCOMPARE(count(m_fixture->store(), "SELECT count(*) FROM applications"), 0);
    QCOMPARE(count(m_fixture->store(), "SELECT count(*) FROM outbox"), 0);
    QCOMPARE(count(m_fixture->store(), "SELECT count(*) FROM audit_entries"), audit);

    items[4099].second.batchId.reset();
    QVERIFY(applicants.submitAll(clerk, items).ok());
    QCOMPARE(count(m_fixture->store(), "SELECT count(*) FROM persons"), 4099);
    QCOMPARE(count(m_fixture->store(), "SELECT count(*) FROM applications"), 4100);
    QCOMPARE(count(m_fixture->store(), "SELECT count(*) FROM audit_entries"), audit + 4100);
    const auto seven = applicants.findByNationalId(clerk, cc::test::idNumber("A1", 7)).value();
    QCOMPARE(seven->person.name, QString("改名的人"));
    QCOMPARE(seven->applications.size(), 2);
}

void TestApplicants::outboxIdsAreTimeOrdered() {
    cc::Applicants applicants(m_fixture->store(), m_fixture->audit(), m_clock);
    cc::Session clerk = m_fixture->loginAs(Role::Clerk);
    QVERIFY(applicants.submitMany(clerk, {item(1, "王小明"), item(2, "李大華")}).ok());
    m_clock.advanceSeconds(1);
    QVERIFY(applicants.submitMany(clerk, {item(3, "張志明")}).ok());
    QSqlDatabase db = m_fixture->store().connection();
    QSqlQuery q(db);
    QVERIFY(q.exec("SELECT event_id FROM outbox ORDER BY id"));
    QStringList ids;
    while (q.next()) {
        const QString id = q.value(0).toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(id[14], QChar('7')); // the version (Qt 6.4's QUuid knows up to 5)
        QCOMPARE(QUuid::fromString(id).variant(), QUuid::DCE);
        ids << id;
    }
    QCOMPARE(ids.size(), 3);
    QVERIFY(ids[0] != ids[1]);
    QVERIFY(ids[2] > ids[0] && ids[2] > ids[1]); // later events sort after
    // The first 48 bits: the milliseconds of the clock the event was made at.
    const qint64 ms = m_clock.nowUtc().toMSecsSinceEpoch();
    QCOMPARE(QStringView(ids[2]).left(8) + QStringView(ids[2]).mid(9, 4),
             QString("%1").arg(ms, 12, 16, QLatin1Char('0')));
}

QTEST_GUILESS_MAIN(TestApplicants)
#include "tst_applicants.moc"
