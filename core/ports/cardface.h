#pragma once

#include "core/domain/cardtype.h"
#include "core/domain/carrier.h"
#include "core/ports/cardprinter.h"

#include <QByteArray>
#include <QDate>
#include <QLatin1String>
#include <QString>

namespace cc {

// The names of a card face's fields, as the shipped templates bind them
// (printing/resources/templates): the one place they are spelled in code.
namespace FaceFields {
inline constexpr QLatin1String kCardNumber{"cardNumber"};
inline constexpr QLatin1String kName{"name"};
inline constexpr QLatin1String kNameLatin{"nameLatin"};
inline constexpr QLatin1String kIssued{"issued"};   // ISO date
inline constexpr QLatin1String kExpires{"expires"}; // ISO date, empty: no expiry
inline constexpr QLatin1String kPhoto{"photo"};
inline constexpr QLatin1String kSchool{"school"}; // student cards; empty on the others
} // namespace FaceFields

// What the face of one city card shows; request() is what a card printer (or
// the preview) is handed, the photo as bytes.
struct CardFace {
    CardType type = CardType::General;
    Carrier carrier = Carrier::EasyCard;
    QString cardNumber;
    QString name;
    QString nameLatin;
    QDate issued;
    QDate expires; // invalid: no expiry
    QByteArray photo;
    QString school = {}; // a student card's school

    CardFaceRequest request() const;
};

} // namespace cc
