#include "tests/support/counterworld.h"
#include "tests/support/idnumbers.h"

#include "core/station/applicants.h"
#include "core/station/batches.h"
#include "core/station/stock.h"

namespace cc::test {

QString CounterWorld::startWorld() {
    if (QString failed = m_devices.start(); !failed.isEmpty())
        return failed;
    Result<std::unique_ptr<FixtureRegistry>> registry =
        FixtureRegistry::load(QStringLiteral(CITIZENCARD_SOURCE_DIR "/demo/registry"));
    if (!registry)
        return registry.error().toString();
    m_registry = std::move(registry).value();
    return {};
}

QString CounterWorld::freshStore(int blanks) {
    m_clock = ManualClock();
    m_fixture = std::make_unique<StoreFixture>(m_clock);
    if (!m_fixture->ok())
        return m_fixture->error();
    Session supervisor = m_fixture->loginAs(Role::Supervisor);
    Status received = Stock(m_fixture->store(), m_fixture->audit(), m_clock)
                          .receive(supervisor, Carrier::EasyCard, blanks, "delivery 1");
    if (!received)
        return received.error().toString();
    m_clerk = m_fixture->loginAs(Role::Clerk);
    return {};
}

qint64 CounterWorld::mobileBatch(const QString &label, int count, const char *idPrefix,
                                 const QString &name, const QDate &born) {
    const qint64 batch = Batches(m_fixture->store(), m_fixture->audit(), m_clock)
                             .create(m_clerk, {BatchKind::MobileSession, label, CardType::General})
                             .value();
    QList<Applicants::Item> items;
    for (int i = 1; i <= count; ++i) {
        PersonData p{idNumber(idPrefix, i), name + QString::number(i), {},
                     born.addDays(i - 1),   QStringLiteral("桃園市"),  {},
                     applicantPhoto()};
        ApplicationData a;
        a.cardType = CardType::General;
        a.batchId = batch;
        items.append({p, a});
    }
    if (!Applicants(m_fixture->store(), m_fixture->audit(), m_clock).submitAll(m_clerk, items))
        qFatal("cannot take the applications");
    return batch;
}

void CounterWorld::closeStore() {
    m_clerk.lock();
    m_fixture.reset();
}

CounterApplication CounterWorld::applicant(const QString &nationalId, CardType type,
                                           bool consent) const {
    Result<std::optional<RegistryEntry>> entry = m_registry->lookup(nationalId);
    if (!entry || !*entry)
        qFatal("not in the registry fixture: %s", qPrintable(nationalId));
    const RegistryEntry &e = **entry;
    return {{e.facts.nationalId,
             e.name,
             e.nameLatin,
             e.facts.birthDate,
             e.address,
             {},
             applicantPhoto()},
            e.facts,
            {},
            false,
            type,
            consent};
}

} // namespace cc::test
