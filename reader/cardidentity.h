#pragma once

#include "core/domain/result.h"
#include "core/ports/cardencoder.h"
#include "reader/cardchannel.h"

#include <QByteArray>

namespace cc::reader {

// Who the card on a channel is: its UID (FF CA 00 00 00, PC/SC Part 3) and its
// kind, from the ATR the reader builds for a storage card (PC/SC Part 3,
// section 3.1.3.2.3) or, for an ISO 14443-4 card, from DESFire GET VERSION.
struct CardIdentity {
    QByteArray uid;
    CardKind kind = CardKind::Unknown;
    QByteArray version; // the 28 bytes of GET VERSION, for DESFire

    static Result<CardIdentity> read(CardChannel &channel);
    // The storage-card kind an ATR names, or Unknown for any other ATR.
    static CardKind kindFromAtr(const QByteArray &atr);
    // The DESFire generation from GET VERSION's hardware major version.
    static CardKind kindFromVersion(const QByteArray &version);
};

// Status words of PC/SC Part 3 and ISO 7816 as named errors for a clerk.
Error cardRefused(const ApduResponse &response, const QString &what);

} // namespace cc::reader
