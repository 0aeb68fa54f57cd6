#pragma once

#include "core/domain/carrier.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QSqlDatabase;

namespace cc {

class Store;

// A card the station hands over: produced (issuance) or the citizen's own
// card linked. The person and the card type are the application's.
struct IssuedCard {
    QString cardNumber;
    qint64 applicationId = 0;
    Carrier carrier = Carrier::EasyCard;
    QString chipUidHex;
    QDate issued;
    QDate expires; // invalid: no expiry
};

// The cards table: the one place a card is written into it.
class Cards {
    Q_DECLARE_TR_FUNCTIONS(Cards)

public:
    explicit Cards(Store &store)
        : m_store(store) {}

    // Inside the caller's transaction: the card, active, and its application
    // marked issued.
    Status issue(QSqlDatabase &db, const IssuedCard &card, const QString &now);

private:
    Store &m_store;
};

} // namespace cc
