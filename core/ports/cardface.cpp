#include "core/ports/cardface.h"

namespace cc {

CardFaceRequest CardFace::request() const {
    using namespace FaceFields;
    CardFaceRequest face;
    face.cardType = CardTypes::code(type);
    face.carrier = Carriers::code(carrier);
    face.fields = {
        {kCardNumber, cardNumber},
        {kName, name},
        {kNameLatin, nameLatin},
        {kIssued, issued.toString(Qt::ISODate)},
        {kExpires, expires.isValid() ? expires.toString(Qt::ISODate) : QString()},
        {kSchool, type == CardType::Student ? school : QString()},
    };
    face.images = {{kPhoto, photo}};
    return face;
}

} // namespace cc
