#include "core/station/station.h"

#include "core/station/store.h"

namespace cc {

Result<StationRecord> StationRecord::load(Store &store, QSqlDatabase &db) {
    Result<QSqlQuery *> q = store.exec(
        db, QStringLiteral("SELECT station_id, card_prefix, key_salt, scrypt_n, scrypt_r, "
                           "scrypt_p, lockout_failures, lockout_seconds FROM station"));
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    if (!query.next())
        return Error{ErrorCode::NotFound,
                     Store::tr("The store has no station yet; run \"store init\" first."),
                     store.path()};
    StationRecord s;
    s.stationId = query.value(0).toString();
    s.cardPrefix = query.value(1).toString();
    s.keySalt = query.value(2).toByteArray();
    s.scrypt = {query.value(3).toULongLong(), query.value(4).toUInt(), query.value(5).toUInt()};
    s.lockout = {query.value(6).toInt(), query.value(7).toInt()};
    return s;
}

} // namespace cc
