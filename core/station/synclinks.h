#pragma once

#include "core/domain/result.h"
#include "core/ports/clock.h"
#include "core/ports/synctransport.h"

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

class QSqlDatabase;

namespace cc {

class AuditLog;
class Clock;
class Session;
class Store;

// When the centre last answered, by the wall clock and the steady clock, and
// the latest wall time the station has seen since.
struct SyncContact {
    QDateTime at;
    SteadyTime steady;
    QDateTime highWater;
};

// The station's one link to the central service (sync_link): the centre's
// address, the city CA, the station's certificate and its private key,
// sealed (Session::sealStationSecret). Made by enrolment, read by sync.
class SyncLinks {
public:
    SyncLinks(Store &store, AuditLog &audit, const Clock &clock);

    // Keeps `link` (replacing an earlier one), audited as station.enrol.
    Status save(const Session &session, const SyncLink &link);
    // The link with its key opened; none when the station is not enrolled.
    Result<std::optional<SyncLink>> load(const Session &session);
    // The centre answered now: the offline limits count from here.
    Status noteContact(const Session &session);
    // The last contact, its tag checked (IntegrityFailed when the row was
    // changed outside the program); none when the station is not enrolled.
    Result<std::optional<SyncContact>> contact(const Session &session);
    // Moves the latest wall time seen forward to now (never back; at most
    // once a minute).
    Status noteClock(const Session &session);
    Result<QDateTime> lastContact(); // invalid: never; unchecked, for display
    // Where the last pull stopped ("0": from the start); SyncPull moves it
    // in the transaction that applies a page.
    Result<QString> pullCursor();

    // The city's holder key, opened, inside a transaction (empty when the
    // station is not enrolled) ...
    static Result<QByteArray> holderKeyIn(Store &store, QSqlDatabase &db, const Session &session);
    // ... and the pseudonym by which every station of the city names a
    // person to the centre: a keyed hash of the ID number that the centre
    // compares but cannot reverse. Empty without a key.
    static QString holderOf(QByteArrayView key, const QString &normalizedId);

private:
    Status writeContact(const Session &session, const SyncContact &contact, bool contacted);

    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace cc
