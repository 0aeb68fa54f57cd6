#include "core/station/stock.h"

#include "core/ports/clock.h"
#include "core/station/auditlog.h"
#include "core/station/rows.h"
#include "core/station/session.h"
#include "core/station/store.h"

namespace cc {

Stock::Stock(Store &store, AuditLog &audit, const Clock &clock)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock) {}

Status Stock::receive(const Session &session, Carrier carrier, int quantity, const QString &note) {
    const QString action = QStringLiteral("stock.receive");
    const QString object = QStringLiteral("stock:") + Carriers::code(carrier);
    if (Status ok = m_audit.authorize(session, Permission::ReceiveStock, action, object); !ok)
        return ok;
    if (quantity <= 0 || quantity > 100'000)
        return Error{ErrorCode::BadValue, tr("Receive between 1 and 100,000 cards at a time."),
                     QString::number(quantity)};
    return m_store.write([&](QSqlDatabase &db) -> Status {
        if (Status ok = record(m_store, db, carrier, "received", quantity, 0, note,
                               session.operatorId(), m_clock.nowUtc().toString(Qt::ISODateWithMs));
            !ok)
            return ok;
        return m_audit.append(db,
                              {session.username(), action, object, QStringLiteral("ok"),
                               QStringLiteral("quantity=%1").arg(quantity)},
                              &session);
    });
}

Status Stock::record(Store &store, QSqlDatabase &db, Carrier carrier, const char *movement,
                     int quantity, qint64 attempt, const QString &note, qint64 operatorId,
                     const QString &now) {
    return store.run(db,
                     QStringLiteral("INSERT INTO blank_stock_movements (carrier, movement, "
                                    "quantity, attempt_id, note, operator_id, at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {Carriers::code(carrier), QString::fromLatin1(movement), quantity,
                      attempt ? QVariant(attempt) : QVariant(),
                      note.isEmpty() ? QVariant() : QVariant(note), operatorId, now});
}

Result<QMap<QString, StockLevel>> Stock::levels() {
    Result<QMap<QString, StockLevel>> levels = Error{};
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        levels = levelsIn(m_store, db);
        return levels ? Status(Done{}) : Status(levels.error());
    });
    if (!read)
        return read.error();
    return levels;
}

Result<QMap<QString, StockLevel>> Stock::levelsIn(Store &store, QSqlDatabase &db) {
    // The running balance the movements' trigger keeps: one row per carrier,
    // whatever the length of the log (store check compares them).
    Result<QSqlQuery *> q = store.exec(
        db, QStringLiteral(
                "SELECT carrier, received, used, spoiled, returned FROM blank_stock_levels"));
    if (!q)
        return q.error();
    QMap<QString, StockLevel> levels;
    RowReader row(**q, QStringLiteral("blank_stock_levels"), "carrier");
    while (row.next())
        levels[row.text("carrier")] = {row.integer("received"), row.integer("used"),
                                       row.integer("spoiled"), row.integer("returned")};
    return levels;
}

} // namespace cc
