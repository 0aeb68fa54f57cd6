#include "core/station/dayclose.h"

#include "core/domain/carrier.h"
#include "core/domain/objects.h"
#include "core/domain/rocdate.h"
#include "core/ports/clock.h"
#include "core/station/auditlog.h"
#include "core/station/session.h"
#include "core/station/stock.h"
#include "core/station/store.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace cc {
namespace {

const QString kSignOff = QStringLiteral("day.sign-off");

// The day in Taipei as the stock log's UTC timestamps bound it.
std::pair<QString, QString> utcBounds(const QDate &day) {
    return {RocDate::taipeiMidnightUtc(day), RocDate::taipeiMidnightUtc(day.addDays(1))};
}

} // namespace

int DayFigures::issuedTotal() const {
    int total = 0;
    for (int n : issued)
        total += n;
    return total;
}

DayClose::DayClose(Store &store, AuditLog &audit, const Clock &clock)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock) {}

Result<DayFigures> DayClose::figures(const Session &session, const QDate &day) {
    if (Status ok = m_audit.authorize(session, Permission::ReceiveStock,
                                      QStringLiteral("day.figures"), Objects::day(day));
        !ok)
        return ok.error();
    DayFigures f;
    f.day = day;
    const QString date = day.toString(Qt::ISODate);
    const auto [from, to] = utcBounds(day);
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("SELECT card_type, count(*) FROM cards WHERE issued_on = ? GROUP BY "
                           "card_type"),
            {date});
        if (!q)
            return q.error();
        while ((*q)->next())
            f.issued[(*q)->value(0).toString()] = (*q)->value(1).toInt();
        (*q)->finish();
        q = m_store.exec(
            db,
            QStringLiteral("SELECT coalesce(sum(a.fee * (1 - a.fee_waived)), 0), "
                           "coalesce(sum(a.fee * a.fee_waived), 0), coalesce(sum(a.fee_waived), 0) "
                           "FROM cards c JOIN applications a ON a.id = c.application_id "
                           "WHERE c.issued_on = ? AND a.fee > 0"),
            {date});
        if (!q)
            return q.error();
        if ((*q)->next()) {
            f.feesPaid = (*q)->value(0).toInt();
            f.feesWaived = (*q)->value(1).toInt();
            f.waivers = (*q)->value(2).toInt();
        }
        (*q)->finish();
        q = m_store.exec(db,
                         QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM "
                                        "blank_stock_movements WHERE movement = 'spoiled' AND "
                                        "at >= ? AND at < ?"),
                         {from, to});
        if (!q)
            return q.error();
        if ((*q)->next())
            f.spoiled = (*q)->value(0).toInt();
        (*q)->finish();
        return Done{};
    });
    if (!read)
        return read.error();
    Result<QMap<QString, StockLevel>> levels = Stock(m_store, m_audit, m_clock).levels();
    if (!levels)
        return levels.error();
    for (auto it = levels->cbegin(); it != levels->cend(); ++it)
        f.onHand[it.key()] = it->onHand();
    return f;
}

Result<std::optional<DaySignOff>> DayClose::signedOff(const Session &session, const QDate &day) {
    if (Status ok = session.require(Permission::ReceiveStock); !ok)
        return ok.error();
    std::optional<DaySignOff> found;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("SELECT operator, at, detail FROM audit_entries WHERE object = ? AND "
                           "action = ? AND outcome = 'ok' ORDER BY seq LIMIT 1"),
            {Objects::day(day), kSignOff});
        if (!q)
            return q.error();
        if ((*q)->next()) {
            found = DaySignOff{(*q)->value(0).toString(),
                               QDateTime::fromString((*q)->value(1).toString(), Qt::ISODateWithMs),
                               (*q)->value(2).toString(),
                               {}};
            // The counts as signOff wrote them: "… counted/expected easycard=4/5 ipass=0/0".
            const QString counts = found->detail.section(QStringLiteral("counted/expected"), 1);
            static const QRegularExpression pair(QStringLiteral("([a-z]+)=(\\d+)/\\d+"));
            for (const QRegularExpressionMatch &m : pair.globalMatch(counts))
                found->counted.insert(m.captured(1), m.captured(2).toLongLong());
        }
        (*q)->finish();
        return Done{};
    });
    if (!read)
        return read.error();
    return found;
}

Status DayClose::signOff(const Session &session, const QDate &day,
                         const QMap<QString, qint64> &counted) {
    const QString object = Objects::day(day);
    if (Status ok = m_audit.authorize(session, Permission::SignOffDay, kSignOff, object); !ok)
        return ok;
    if (day > m_clock.todayInTaipei())
        return Error{ErrorCode::BadValue, tr("A day is signed off once it has come."),
                     QStringLiteral("day")};
    Result<DayFigures> f = figures(session, day);
    if (!f)
        return f.error();
    QStringList stock;
    for (auto it = f->onHand.cbegin(); it != f->onHand.cend(); ++it) {
        const std::optional<Carrier> carrier = Carriers::fromCode(it.key());
        if (!counted.contains(it.key()))
            return Error{ErrorCode::MissingField,
                         tr("Count the %1 blank cards first.")
                             .arg(carrier ? Carriers::displayName(*carrier) : it.key()),
                         QStringLiteral("counted.") + it.key()};
        if (counted.value(it.key()) < 0)
            return Error{ErrorCode::BadValue, tr("A count cannot be negative."),
                         QStringLiteral("counted.") + it.key()};
        stock << QStringLiteral("%1=%2/%3").arg(it.key()).arg(counted.value(it.key())).arg(*it);
    }
    QStringList issued;
    for (auto it = f->issued.cbegin(); it != f->issued.cend(); ++it)
        issued << QStringLiteral("%1:%2").arg(it.key()).arg(*it);
    const QString detail =
        QStringLiteral(
            "issued=%1 (%2) spoiled=%3 fees-paid=%4 fees-waived=%5/%6 counted/expected %7")
            .arg(f->issuedTotal())
            .arg(issued.join(u','))
            .arg(f->spoiled)
            .arg(f->feesPaid)
            .arg(f->feesWaived)
            .arg(f->waivers)
            .arg(stock.join(u' '));
    return m_store.write([&](QSqlDatabase &db) -> Status {
        // Once per day, checked in the write so two supervisors do not both sign.
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("SELECT operator FROM audit_entries WHERE object = ? AND action = ? AND "
                           "outcome = 'ok' LIMIT 1"),
            {object, kSignOff});
        if (!q)
            return q.error();
        if ((*q)->next())
            return Error{ErrorCode::AlreadyExists,
                         tr("%1 has already signed off this day.").arg((*q)->value(0).toString()),
                         object};
        (*q)->finish();
        return m_audit.append(
            db, {session.username(), kSignOff, object, QStringLiteral("ok"), detail}, &session);
    });
}

} // namespace cc
