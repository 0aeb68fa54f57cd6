#pragma once

#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace cc::test {

// A moment in Taipei (UTC+8), as UTC.
QDateTime taipei(int year, int month, int day, int hour, int minute = 0);

// A station's November 2026 written into a real store the way issuance
// leaves its rows (docs/supervisor-guide.md, "Reports", has the figures):
// nine cards, from 10/31 to 12/02, of the four personal card types, both
// carriers, every channel
// (walk-in, school roster, mobile session, pre-application) and three
// operators (the clerk signs as 陳美玲); two deliveries of blanks, five
// spoiled. The reports' tests know each figure it makes.
class ReportSeed {
public:
    // On `fixture`'s store; empty on success, else what failed.
    QString seed(StoreFixture &fixture);
    // The cards' numbers in the order above.
    const QStringList &cards() const { return m_cards; }

private:
    struct Card {
        const char *type;
        const char *carrier;
        const char *channel;
        Role by;
        const char *kind;
        QDateTime applied;
        QDateTime issued;
    };
    bool exec(const QString &sql, const QVariantList &args = {});
    bool movement(const char *carrier, const char *movement, int quantity, const QString &note,
                  const QDateTime &at);
    QString card(const Card &card);

    StoreFixture *m_fixture = nullptr;
    QHash<Role, qint64> m_operators;
    QStringList m_cards;
    QString m_error;
    int m_serial = 0;
};

} // namespace cc::test
