#include "tests/support/reportseed.h"

#include "core/domain/cardnumber.h"
#include "core/station/session.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cc::test {
namespace {

QString iso(const QDateTime &at) {
    return at.toString(Qt::ISODateWithMs);
}

QDateTime nov(int month, int day, int hour, int minute = 0) {
    return taipei(2026, month, day, hour, minute);
}

} // namespace

QDateTime taipei(int year, int month, int day, int hour, int minute) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::OffsetFromUTC, 8 * 3600)
        .toUTC();
}

bool ReportSeed::exec(const QString &sql, const QVariantList &args) {
    QSqlQuery q(m_fixture->store().connection());
    q.prepare(sql);
    for (const QVariant &a : args)
        q.addBindValue(a);
    if (!q.exec()) {
        m_error = sql + QStringLiteral(": ") + q.lastError().text();
        return false;
    }
    return true;
}

bool ReportSeed::movement(const char *carrier, const char *movement, int quantity,
                          const QString &note, const QDateTime &at) {
    return exec("INSERT INTO blank_stock_movements (carrier, movement, quantity, note, "
                "operator_id, at) VALUES (?, ?, ?, ?, ?, ?)",
                {carrier, movement, quantity, note.isEmpty() ? QVariant() : note,
                 m_operators.value(Role::Supervisor), iso(at)});
}

// One card the way the store holds an issued one: its person, application
// (in a batch, or from a pre-application), production attempt, the card and
// the blank it used.
QString ReportSeed::card(const Card &c) {
    const qint64 serial = ++m_serial;
    const QString number = CardNumber::make(QStringLiteral("0301"), serial).value();
    const qint64 op = m_operators.value(c.by);
    const QString channel = QString::fromLatin1(c.channel);
    const QVariant batch = channel == u"batch"    ? QVariant(1)
                           : channel == u"mobile" ? QVariant(2)
                                                  : QVariant();
    bool ok =
        exec("INSERT INTO persons (id, id_lookup, national_id, name, birth_date, created_at, "
             "updated_at) VALUES (?, randomblob(32), randomblob(38), randomblob(37), "
             "randomblob(38), ?, ?)",
             {serial, iso(c.applied), iso(c.applied)}) &&
        exec("INSERT INTO applications (id, person_id, batch_id, kind, card_type, status, "
             "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'issued', ?, ?, ?)",
             {serial, serial, batch, c.kind, c.type, op, iso(c.applied), iso(c.issued)}) &&
        exec("INSERT INTO production_attempts (application_id, card_number, carrier, state, "
             "operator_id, started_at, updated_at) VALUES (?, ?, ?, 'issued', ?, ?, ?)",
             {serial, number, c.carrier, op, iso(c.issued.addSecs(-120)), iso(c.issued)}) &&
        exec("INSERT INTO cards (card_number, person_id, application_id, card_type, "
             "carrier, status, issued_on, updated_at) VALUES (?, ?, ?, ?, ?, 'active', ?, ?)",
             {number, serial, serial, c.type, c.carrier,
              c.issued.toOffsetFromUtc(8 * 3600).date().toString(Qt::ISODate), iso(c.issued)});
    if (ok && channel == u"pre-application")
        ok = exec("INSERT INTO preapplications (code, card_type, received_at, application_id, "
                  "collected_at) VALUES (?, ?, ?, ?, ?)",
                  {QStringLiteral("PRE%1").arg(serial, 9, 10, QLatin1Char('0')), c.type,
                   iso(c.applied), serial, iso(c.issued)});
    if (!ok || !movement(c.carrier, "used", 1, {}, c.issued))
        return {};
    return number;
}

QString ReportSeed::seed(StoreFixture &fixture) {
    m_fixture = &fixture;
    m_serial = 0;
    m_cards.clear();
    for (Role r : {Role::Clerk, Role::Mobile, Role::Supervisor})
        m_operators.insert(r, fixture.loginAs(r).operatorId());
    if (Status named = fixture.accounts().setDisplayName(fixture.admin(), QStringLiteral("clerk"),
                                                         QStringLiteral("陳美玲"));
        !named)
        return named.error().toString();
    if (!exec("INSERT INTO batches (id, label, status, created_by, created_at, kind, card_type) "
              "VALUES (1, '光華國小 115', 'completed', ?, ?, 'school-roster', 'student'), "
              "(2, '市場 11/03', 'completed', ?, ?, 'mobile-session', NULL)",
              {m_operators.value(Role::Clerk), iso(nov(10, 30, 9)), m_operators.value(Role::Mobile),
               iso(nov(11, 3, 9))}) ||
        !movement("easycard", "received", 100, QStringLiteral("delivery"), nov(10, 30, 9)) ||
        !movement("ipass", "received", 50, QStringLiteral("delivery"), nov(10, 30, 9)))
        return m_error;
    const QList<Card> cards = {
        // Outside the period, before it.
        {"general", "easycard", "walk-in", Role::Clerk, "new", nov(10, 31, 9), nov(10, 31, 9, 15)},
        // The week of Monday 11/02.
        {"senior", "easycard", "walk-in", Role::Clerk, "new", nov(11, 2, 9), nov(11, 2, 9, 10)},
        {"general", "ipass", "walk-in", Role::Clerk, "new", nov(11, 2, 10), nov(11, 2, 10, 30)},
        {"student", "easycard", "batch", Role::Supervisor, "new", nov(11, 1, 9), nov(11, 4, 9)},
        {"senior", "easycard", "mobile", Role::Mobile, "new", nov(11, 3, 14), nov(11, 4, 14)},
        // The week of 11/09.
        {"disability", "ipass", "pre-application", Role::Clerk, "new", nov(11, 9, 8),
         nov(11, 10, 10)},
        {"senior", "easycard", "walk-in", Role::Clerk, "replacement-lost", nov(11, 10, 11),
         nov(11, 10, 12)},
        // December, the period's last day, and the day after it.
        {"general", "easycard", "walk-in", Role::Clerk, "conversion", nov(12, 1, 15),
         nov(12, 1, 15, 20)},
        {"general", "ipass", "walk-in", Role::Clerk, "new", nov(12, 2, 9), nov(12, 2, 9, 5)},
    };
    for (const Card &c : cards) {
        m_cards << card(c);
        if (m_cards.last().isEmpty())
            return m_error;
    }
    const bool spoiled =
        movement("easycard", "spoiled", 1, QStringLiteral("card-jam"), nov(11, 4, 9)) &&
        movement("easycard", "spoiled", 1, QStringLiteral("card-jam"), nov(11, 4, 10)) &&
        movement("ipass", "spoiled", 1, QStringLiteral("verify-failed"), nov(11, 10, 10)) &&
        movement("easycard", "spoiled", 1, QStringLiteral("card-jam"), nov(12, 2, 9)) &&
        // Taipei's midnight, not UTC's: 11/01 00:30 in Taipei is 10/31 in UTC.
        movement("ipass", "spoiled", 1, QStringLiteral("cover-open"), nov(11, 1, 0, 30));
    return spoiled ? QString() : m_error;
}

} // namespace cc::test
