#pragma once

#include "core/domain/result.h"
#include "core/protocol/changes.h"
#include "core/protocol/push.h"

namespace cc {

// Where and as whom the station talks to the centre: the centre's URL, the
// city CA that signs it (the only one trusted), and the station's own
// certificate and private key, in memory (the store keeps the key sealed).
struct SyncLink {
    QString url; // https://host:port
    QByteArray caCertificate;
    QByteArray certificate;
    QByteArray privateKey; // PEM, in clear only in memory
    QByteArray holderKey;  // the city's holder key (EnrolAnswer), in clear only in memory
};

// How the station reaches the central service (docs/sync-protocol.md). A
// call blocks: run it on the sync worker. Errors: NetworkFailed when the
// centre could not be reached or the connection broke (the worker retries
// later; the centre may or may not hold what was sent), Refused when the
// centre refused the station (certificate, revocation: retrying does not
// help), AlreadyExists when it holds other events at the same places.
class SyncTransport {
public:
    virtual ~SyncTransport() = default;

    // Sends a batch, as PushBatch::toJson wrote it (made ahead, while the
    // previous batch was on its way); the answer says how far the centre
    // holds this station's events, also when the batch started beyond that
    // (a gap).
    virtual Result<PushAnswer> push(const QByteArray &batchJson) = 0;
    // What other stations changed, and the flags raised for this one, after
    // the cursor `since` ("0": from the start), at most `limit`.
    virtual Result<ChangesPage> changes(const QString &since, int limit) = 0;
    // A document the centre published (kind "policy"), as its bytes.
    virtual Result<QByteArray> document(const QString &kind, qint64 version) = 0;
    // A pre-application made online for this station's office, as the
    // centre serves it (PreApplication::fromJson with its code).
    virtual Result<QByteArray> preApplication(const QString &code) = 0;
};

} // namespace cc
