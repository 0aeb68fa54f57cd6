#include "core/station/station.h"

#include "core/station/rows.h"
#include "core/station/store.h"

namespace cc {

Result<StationRecord> StationRecord::load(Store &store, QSqlDatabase &db) {
    Result<QSqlQuery *> q = store.exec(
        db, QStringLiteral("SELECT station_id, card_prefix, key_salt, scrypt_n, scrypt_r, "
                           "scrypt_p, lockout_failures, lockout_seconds FROM station"));
    if (!q)
        return q.error();
    RowReader row(**q, QStringLiteral("station"), "station_id");
    if (!row.next())
        return Error{ErrorCode::NotFound,
                     Store::tr("The store has no station yet; run \"store init\" first."),
                     store.path()};
    StationRecord s;
    s.stationId = row.text("station_id");
    s.cardPrefix = row.text("card_prefix");
    s.keySalt = row.blob("key_salt");
    s.scrypt = row.scrypt();
    s.lockout = {int(row.integer("lockout_failures")), int(row.integer("lockout_seconds"))};
    return s;
}

} // namespace cc
