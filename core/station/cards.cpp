#include "core/station/cards.h"

#include "core/domain/objects.h"
#include "core/station/store.h"

#include <QSqlQuery>

namespace cc {

Status Cards::issue(QSqlDatabase &db, const IssuedCard &card, const QString &now) {
    Result<QSqlQuery *> inserted = m_store.exec(
        db,
        QStringLiteral("INSERT INTO cards (card_number, person_id, application_id, card_type, "
                       "carrier, chip_uid, status, issued_on, expires_on, updated_at) "
                       "SELECT ?, person_id, id, card_type, ?, ?, 'active', ?, ?, ? "
                       "FROM applications WHERE id = ?"),
        {card.cardNumber, Carriers::code(card.carrier), card.chipUidHex,
         card.issued.toString(Qt::ISODate),
         card.expires.isValid() ? QVariant(card.expires.toString(Qt::ISODate)) : QVariant(), now,
         card.applicationId});
    if (!inserted)
        return inserted.error();
    if ((*inserted)->numRowsAffected() != 1)
        return Error{ErrorCode::NotFound, tr("There is no such application."),
                     Objects::application(card.applicationId)};
    return m_store.run(
        db,
        QStringLiteral("UPDATE applications SET status = 'issued', updated_at = ? WHERE id = ?"),
        {now, card.applicationId});
}

} // namespace cc
