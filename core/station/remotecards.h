#pragma once

#include "core/domain/result.h"
#include "core/protocol/changes.h"

class QSqlDatabase;

namespace cc {

class Store;

// Cards of other stations as the centre reports them (remote_cards): so that
// a card reported lost at one office is refused at every other, for linking,
// replacement and reprint, after the next pull.
class RemoteCards {
public:
    explicit RemoteCards(Store &store)
        : m_store(store) {}

    // Applies one card change another station made, inside the caller's
    // write transaction. A card of this station blocked or cancelled
    // elsewhere is blocked or cancelled here too.
    Status apply(QSqlDatabase &db, const Change &change, const QString &now);
    // AlreadyExists when the card is in use at another station, WrongState
    // when it was blocked or cancelled (naming the station that reported it).
    Status refuseIn(QSqlDatabase &db, const QString &cardNumber);
    // WrongState when a chip with this UID is a card of another station.
    Status refuseChipIn(QSqlDatabase &db, const QString &uidHex);

private:
    Store &m_store;
};

} // namespace cc
