#include "central/hotlists.h"

#include "central/pg.h"

namespace cc::central {

Result<Hotlist> Hotlists::since(qint64 since) {
    if (since < 0)
        return Error{ErrorCode::BadValue, QStringLiteral("A hotlist version is 0 or more."),
                     QStringLiteral("since")};
    Status published = m_db.transaction([&]() -> Status {
        if (Status locked = m_db.run("SELECT pg_advisory_xact_lock(7201303)"); !locked)
            return locked;
        return m_db.run("UPDATE hotlist SET version = nextval('hotlist_version') WHERE "
                        "card_number IN (SELECT card_number FROM hotlist WHERE version IS NULL "
                        "ORDER BY since, card_number)");
    });
    if (!published)
        return published.error();
    Hotlist list;
    Status read = m_db.transaction([&]() -> Status {
        if (Status ok = m_db.run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"); !ok)
            return ok;
        Result<PgResult> head =
            m_db.exec("SELECT coalesce(max(version), 0), to_char(now() AT TIME ZONE 'UTC', "
                      "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM hotlist");
        if (!head)
            return head.error();
        list.version = std::max(head->integer(0, 0), since);
        list.since = since;
        list.generated = QDateTime::fromString(head->text(0, 1), Qt::ISODateWithMs);
        Result<PgResult> rows =
            m_db.exec("SELECT card_number, chip_uid, to_char(since AT TIME ZONE 'UTC', "
                      "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), reason, version FROM hotlist "
                      "WHERE version > $1 ORDER BY version",
                      {QByteArray::number(since)});
        if (!rows)
            return rows.error();
        list.entries.reserve(rows->rows());
        for (int r = 0; r < rows->rows(); ++r)
            list.entries.append({rows->text(r, 0), rows->text(r, 1),
                                 QDateTime::fromString(rows->text(r, 2), Qt::ISODateWithMs),
                                 rows->text(r, 3), rows->integer(r, 4)});
        return Done{};
    });
    if (!read)
        return read.error();
    return list;
}

} // namespace cc::central
