#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QString>

namespace cc {

// POST /v1/enrol (docs/sync-protocol.md): a station's one-time code and its
// certificate request; the answer is its certificate and the city CA's.
struct EnrolRequest {
    static constexpr qsizetype kMaxBodyBytes = 16 * 1024;

    QString station;
    QString code;
    QByteArray csr; // PEM

    QByteArray toJson() const;
    static Result<EnrolRequest> fromJson(const QByteArray &body);
};

struct EnrolAnswer {
    static constexpr int kHolderKeySize = 32;

    QByteArray certificate; // PEM, CN = the station ID
    QByteArray ca;          // PEM
    // The city's key for holder pseudonyms (Holders): every station names a
    // person to the centre by the same keyed hash of the ID number. Secret.
    QByteArray holderKey;

    QByteArray toJson() const;
    static Result<EnrolAnswer> fromJson(const QByteArray &body);
};

} // namespace cc
