#pragma once

#include "core/domain/cardtype.h"
#include "core/domain/carrier.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cc {

// An application a citizen made online (docs/sync-protocol.md,
// "Pre-applications"): signed with their citizen digital certificate, held by
// the centre for the district office they chose, and pulled by that office's
// stations. At the counter the clerk scans its code (the QR code the citizen
// shows) and the application opens with these choices made; the registry is
// asked as for a walk-in, so nothing here decides eligibility.
struct PreApplication {
    // The document as the citizen signed it, and as the centre serves it.
    static constexpr qsizetype kMaxBodyBytes = 8 * 1024;
    // "PA" and ten characters of Crockford's base32 (no I, L, O, U): 50
    // random bits, short enough to type, never an ID number (whose second
    // character is a digit).
    static constexpr qsizetype kCodeLength = 12;

    QString code;   // given by the centre; empty in what the citizen signs
    QString office; // the station (district office) that will make the card
    QString nationalId;
    QString name; // as the citizen typed it: shown to the clerk, never trusted
    CardType cardType = CardType::General;
    Carrier carrier = Carrier::EasyCard;
    QDateTime submittedAt; // UTC

    // What the citizen signs (no code) or the centre serves (with it).
    QByteArray toJson() const;
    // Reads and checks a bounded document: exactly the fields above (the code
    // required when `withCode`), a valid ID number and station ID, a card
    // type and carrier by their codes. Errors name the JSON path.
    static Result<PreApplication> fromJson(const QByteArray &body, bool withCode);

    // Whether `text` (any case, spaces and dashes between groups dropped) has
    // the form of a code; the code in its upper-case form, else an empty
    // string.
    static QString normalizedCode(const QString &text);
    // A new random code.
    static QString newCode();
};

} // namespace cc
