// The household registry is authoritative: documents the clerk records stand
// in for it only when it cannot be asked. When it answered (here: 李秀英 has
// moved out of the city), a clerk's offline application is refused, and only
// a supervisor may take the documents over the answer, with a reason.
#include "registry/fixtureregistry.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/domain/offlineevidence.h"
#include "core/workflows/counter.h"

#include <QSqlQuery>
#include <QTest>

using namespace cc;

namespace {

const QString kMovedOut = QStringLiteral("O200000006"); // 李秀英, 76, not a resident any more

} // namespace

class TstRegistryAuthority : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void documentsDoNotOverrideTheRegistry();

private:
    // Her national ID card, as the clerk records it: it makes her a resident.
    CounterApplication fromDocuments(const QString &overrideReason = {}) const;
    int audited(const QString &action, const QString &outcome);

    ManualClock m_clock;
    std::unique_ptr<StoreFixture> m_fixture;
    std::unique_ptr<FixtureRegistry> m_registry;
};

void TstRegistryAuthority::init() {
    m_fixture = std::make_unique<StoreFixture>(m_clock);
    QVERIFY(m_fixture->ok());
    m_registry = FixtureRegistry::load(CITIZENCARD_SOURCE_DIR "/demo/registry").value();
}

CounterApplication TstRegistryAuthority::fromDocuments(const QString &overrideReason) const {
    const OfflineEvidence evidence{
        kMovedOut,
        QDate(1950, 1, 20),
        {{DocumentKind::NationalIdCard, kMovedOut, QDate(2020, 1, 2), {}, {}, {}}}};
    CounterApplication a;
    a.person = {kMovedOut, QStringLiteral("李秀英"), {}, QDate(1950, 1, 20), {}, {}, {}};
    a.facts = evidence.toRecord().value();
    a.documents = evidence.toJson();
    a.offline = true;
    a.type = CardType::Senior;
    a.overrideReason = overrideReason;
    return a;
}

int TstRegistryAuthority::audited(const QString &action, const QString &outcome) {
    int count = -1;
    (void)m_fixture->store().read([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare("SELECT count(*) FROM audit_entries WHERE action = ? AND outcome = ?");
        q.addBindValue(action);
        q.addBindValue(outcome);
        if (q.exec() && q.next())
            count = q.value(0).toInt();
        return Done{};
    });
    return count;
}

void TstRegistryAuthority::documentsDoNotOverrideTheRegistry() {
    Counter counter(m_fixture->store(), m_fixture->audit(), m_clock, EligibilityPolicy::defaults());
    const Session clerk = m_fixture->loginAs(Role::Clerk);
    const Session supervisor = m_fixture->loginAs(Role::Supervisor);
    // Before the registry was asked, the documents may stand in (the
    // offline path when the centre cannot be reached).
    QVERIFY(fromDocuments().facts.registeredResident);
    QVERIFY(counter.evaluate(fromDocuments().facts).decision(CardType::Senior).eligible);

    // The registry answers: not a resident.
    const std::optional<RegistryEntry> entry =
        counter.askRegistry(clerk, *m_registry, kMovedOut).value();
    QVERIFY(entry && !entry->facts.registeredResident);
    // The clerk's documents do not turn that into a senior card, with or
    // without a reason.
    Result<qint64> refused = counter.applyNew(clerk, fromDocuments());
    QCOMPARE(refused.error().code, ErrorCode::Refused);
    QCOMPARE(refused.error().where, QString("documents"));
    QCOMPARE(counter.applyNew(clerk, fromDocuments("she says she moved back")).error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(audited("registry.override", "denied"), 1);
    // A supervisor may, with a reason: audited, kept with the documents,
    // and re-checked on the next sync like any offline application.
    QCOMPARE(counter.applyNew(supervisor, fromDocuments()).error().code, ErrorCode::Refused);
    Result<qint64> made =
        counter.applyNew(supervisor, fromDocuments("household certificate of 11/20 seen"));
    QVERIFY2(made.ok(), qPrintable(made ? QString() : made.error().toString()));
    QCOMPARE(audited("registry.override", "ok"), 1);
    int recheck = -1;
    (void)m_fixture->store().read([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare("SELECT recheck_pending FROM applications WHERE id = ?");
        q.addBindValue(*made);
        if (q.exec() && q.next())
            recheck = q.value(0).toInt();
        return Done{};
    });
    QCOMPARE(recheck, 1);
}

QTEST_GUILESS_MAIN(TstRegistryAuthority)
#include "tst_registryauthority.moc"
