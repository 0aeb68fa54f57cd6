#pragma once

#include "registry/fixtureregistry.h"
#include "tests/support/counterdevices.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/workflows/counter.h"

#include <memory>

namespace cc::test {

// What the counter's integration tests stand on: the counter's real devices
// and the demo registry for the whole test case, and a fresh store per test
// function with blank EasyCard stock and a logged-in clerk. A test class
// derives from it (beside QObject) and uses the members directly.
struct CounterWorld {
    // Starts the devices and loads the registry; an empty string on success.
    QString startWorld();
    // A new store with `blanks` blank EasyCards received and a clerk logged in.
    QString freshStore(int blanks);
    void closeStore();

    // The application the registry's `nationalId` makes for `type`, with the
    // test photo.
    CounterApplication applicant(const QString &nationalId, CardType type,
                                 bool consent = false) const;
    // A mobile-team session of `count` general-card applications taken by
    // the clerk, each with the test photo: people idNumber(idPrefix, i) named
    // `name` and i, born on day i of `born`'s month. Returns the batch, open.
    qint64 mobileBatch(const QString &label, int count, const char *idPrefix, const QString &name,
                       const QDate &born);

    CounterDevices m_devices;
    ManualClock m_clock;
    std::unique_ptr<FixtureRegistry> m_registry;
    std::unique_ptr<StoreFixture> m_fixture;
    Session m_clerk;
};

} // namespace cc::test
