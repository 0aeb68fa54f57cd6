#include "core/station/remotecards.h"

#include "core/domain/cardstatus.h"
#include "core/domain/objects.h"
#include "core/station/rows.h"
#include "core/station/store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cc {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("RemoteCards", text);
}

// "blocked (lost)" in the clerk's language, from the stored codes.
QString stateText(const RowReader &row) {
    Result<CardStatus> status = row.cardStatus("status");
    Result<StatusReason> reason = row.statusReason("status_reason");
    if (!status || !reason)
        return row.text("status");
    return cardStateText(CardState{*status, *reason});
}

Error refusal(const RowReader &row, const QString &number) {
    const QString station = row.text("station_id");
    if (row.text("status") == u"active")
        return Error{ErrorCode::AlreadyExists,
                     tr("Card %1 was issued at station %2 and is in use there; it cannot be "
                        "linked, replaced or reprinted here.")
                         .arg(number, station),
                     Objects::card(number)};
    return Error{ErrorCode::WrongState,
                 tr("Card %1 is %2 (reported at station %3): refused here as at every station.")
                     .arg(number, stateText(row), station),
                 Objects::card(number)};
}

} // namespace

Status RemoteCards::apply(QSqlDatabase &db, const Change &change, const QString &now) {
    const QString number = change.payload.value(QStringLiteral("cardNumber")).toString();
    if (number.isEmpty())
        return Done{};
    switch (change.topic) {
    case EventTopic::CardIssued:
    case EventTopic::CardLinked: {
        if (Status ok = m_store.run(
                db,
                QStringLiteral("INSERT OR IGNORE INTO remote_cards (card_number, station_id, "
                               "chip_uid, card_type, status, updated_at) "
                               "VALUES (?, ?, ?, ?, 'active', ?)"),
                {number, change.station,
                 change.payload.value(QStringLiteral("chipUid")).toString().toLower(),
                 change.payload.value(QStringLiteral("cardType")).toString(), now});
            !ok)
            return ok;
        // The card it replaces is no longer in use.
        const QString replaced = change.payload.value(QStringLiteral("replaces")).toString();
        if (replaced.isEmpty())
            return Done{};
        return m_store.run(db,
                           QStringLiteral("UPDATE remote_cards SET status = 'blocked', "
                                          "status_reason = coalesce(status_reason, 'replaced'), "
                                          "updated_at = ? WHERE card_number = ? AND status = "
                                          "'active'"),
                           {now, replaced});
    }
    case EventTopic::CardBlocked:
    case EventTopic::CardCancelled: {
        const QString status = change.topic == EventTopic::CardBlocked
                                   ? QStringLiteral("blocked")
                                   : QStringLiteral("cancelled");
        const QString reason = change.payload.value(QStringLiteral("reason")).toString();
        const std::optional<StatusReason> known = States::statusReason(reason);
        const QVariant storedReason =
            known && *known != StatusReason::None ? QVariant(reason) : QVariant();
        if (Status ok = m_store.run(
                db,
                QStringLiteral("INSERT INTO remote_cards (card_number, station_id, status, "
                               "status_reason, updated_at) VALUES (?, ?, ?, ?, ?) "
                               "ON CONFLICT (card_number) DO UPDATE SET status = "
                               "excluded.status, status_reason = excluded.status_reason, "
                               "updated_at = excluded.updated_at"),
                {number, change.station, status, storedReason, now});
            !ok)
            return ok;
        return m_store.run(db,
                           QStringLiteral("UPDATE cards SET status = ?, status_reason = ?, "
                                          "updated_at = ? WHERE card_number = ? AND status = "
                                          "'active'"),
                           {status, storedReason, now, number});
    }
    default:
        return Done{};
    }
}

Status RemoteCards::refuseIn(QSqlDatabase &db, const QString &cardNumber) {
    Result<QSqlQuery *> q = m_store.exec(
        db,
        QStringLiteral("SELECT card_number, station_id, status, status_reason FROM remote_cards "
                       "WHERE card_number = ?"),
        {cardNumber});
    if (!q)
        return q.error();
    RowReader row(**q, QStringLiteral("remote_cards"), "card_number");
    if (!row.next())
        return Done{};
    const Error refused = refusal(row, cardNumber);
    (*q)->finish();
    return refused;
}

Status RemoteCards::refuseChipIn(QSqlDatabase &db, const QString &uidHex) {
    Result<QSqlQuery *> q = m_store.exec(
        db,
        QStringLiteral("SELECT card_number, station_id, status, status_reason FROM remote_cards "
                       "WHERE chip_uid = ? ORDER BY status = 'active' DESC LIMIT 1"),
        {uidHex.toLower()});
    if (!q)
        return q.error();
    RowReader row(**q, QStringLiteral("remote_cards"), "card_number");
    if (!row.next())
        return Done{};
    const Error refused = refusal(row, row.text("card_number"));
    (*q)->finish();
    return refused;
}

} // namespace cc
