#include "core/station/storecheck.h"

#include "core/domain/cardnumber.h"
#include "core/station/auditlog.h"
#include "core/station/rows.h"
#include "core/station/seals.h"
#include "core/station/session.h"
#include "core/station/store.h"

#include <QHash>

namespace cc {
namespace {

Status checkSqlite(Store &store, QSqlDatabase &db, StoreCheckReport &report) {
    Result<QSqlQuery *> integrity = store.exec(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    QSqlQuery &i = *integrity.value();
    while (i.next())
        if (const QString line = i.value(0).toString(); line != u"ok")
            report.problems << StoreCheck::tr("SQLite integrity: %1").arg(line);
    i.finish();
    Result<QSqlQuery *> fk = store.exec(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!fk)
        return fk.error();
    RowReader f(**fk, QStringLiteral("foreign_key_check"), "rowid");
    while (f.next())
        report.problems << StoreCheck::tr("%1 row %2 refers to a missing %3 row.")
                               .arg(f.text("table"), f.text("rowid"), f.text("parent"));
    (*fk)->finish();
    Result<int> version = store.schemaVersion(db);
    if (!version)
        return version.error();
    report.schemaVersion = *version;
    if (report.schemaVersion != Store::kSchemaVersion)
        report.problems << StoreCheck::tr("The schema version is %1; expected %2.")
                               .arg(report.schemaVersion)
                               .arg(Store::kSchemaVersion);
    return Done{};
}

Status checkCardNumbers(Store &store, QSqlDatabase &db, StoreCheckReport &report) {
    QHash<QString, qint64> next;
    Result<QSqlQuery *> sequences =
        store.exec(db, QStringLiteral("SELECT prefix, next_sequence FROM card_number_sequences"));
    if (!sequences)
        return sequences.error();
    RowReader s(**sequences, QStringLiteral("card_number_sequences"), "prefix");
    while (s.next())
        next.insert(s.text("prefix"), s.integer("next_sequence"));
    (*sequences)->finish();
    // Every number ever handed out, from attempts and from cards; a number in
    // both must be the same card, so count each table on its own.
    const QStringList tables = {QStringLiteral("production_attempts"), QStringLiteral("cards")};
    for (const QString &table : tables) {
        Result<QSqlQuery *> numbers = store.exec(
            db, QStringLiteral("SELECT id, card_number, count(*) OVER (PARTITION BY card_number) "
                               "AS uses FROM %1")
                    .arg(table));
        if (!numbers)
            return numbers.error();
        RowReader n(**numbers, table);
        while (n.next()) {
            const QString where = QStringLiteral("%1 row %2").arg(table, n.text("id"));
            const QString number = n.text("card_number");
            if (table == u"production_attempts")
                ++report.cardNumbers;
            if (n.integer("uses") > 1)
                report.problems << StoreCheck::tr("%1: card number %2 is used more than once.")
                                       .arg(where, number);
            Result<QString> parsed = CardNumber::parse(number);
            if (!parsed) {
                report.problems << StoreCheck::tr("%1: card number %2 is not valid (%3).")
                                       .arg(where, number, parsed.error().message);
                continue;
            }
            const QString prefix = CardNumber::prefixOf(number);
            if (table == u"production_attempts" &&
                CardNumber::sequenceOf(number) >= next.value(prefix, 0))
                report.problems << StoreCheck::tr("%1: card number %2 is not below the next "
                                                  "number of its sequence; it could be handed "
                                                  "out again.")
                                       .arg(where, number);
        }
    }
    return Done{};
}

// Every blank card is accounted for: an issued attempt used one (a linked
// card of the citizen's own used none), a spoiled one spoiled one, a
// cancelled or unfinished one none; and no carrier has fewer than none left.
Status checkStock(Store &store, QSqlDatabase &db, StoreCheckReport &report) {
    Result<QSqlQuery *> attempts = store.exec(
        db, QStringLiteral(
                "SELECT a.id AS id, a.state AS state, p.kind AS kind, "
                "(SELECT count(*) FROM blank_stock_movements m WHERE m.attempt_id = a.id AND "
                "m.movement = 'used') AS used, "
                "(SELECT count(*) FROM blank_stock_movements m WHERE m.attempt_id = a.id AND "
                "m.movement = 'spoiled') AS spoiled "
                "FROM production_attempts a JOIN applications p ON p.id = a.application_id"));
    if (!attempts)
        return attempts.error();
    RowReader a(**attempts, QStringLiteral("production_attempts"));
    while (a.next()) {
        const QString state = a.text("state");
        const int used = state == u"issued" && a.text("kind") != u"link" ? 1 : 0;
        const int spoiled = state == u"spoiled" ? 1 : 0;
        if (a.integer("used") != used || a.integer("spoiled") != spoiled)
            report.problems << StoreCheck::tr("production_attempts row %1 (%2): %3 blank cards "
                                              "used and %4 spoiled are booked; expected %5 "
                                              "and %6.")
                                   .arg(a.text("id"), state, a.text("used"), a.text("spoiled"))
                                   .arg(used)
                                   .arg(spoiled);
    }
    (*attempts)->finish();
    // The running balance Produce reads must be the sum of the log.
    Result<QSqlQuery *> levels = store.exec(
        db, QStringLiteral(
                "WITH log AS (SELECT carrier, "
                "sum(CASE movement WHEN 'received' THEN quantity ELSE 0 END) AS received, "
                "sum(CASE movement WHEN 'used' THEN quantity ELSE 0 END) AS used, "
                "sum(CASE movement WHEN 'spoiled' THEN quantity ELSE 0 END) AS spoiled, "
                "sum(CASE movement WHEN 'returned' THEN quantity ELSE 0 END) AS returned "
                "FROM blank_stock_movements GROUP BY carrier), "
                "carriers AS (SELECT carrier FROM log UNION SELECT carrier FROM "
                "blank_stock_levels) "
                "SELECT c.carrier AS carrier, "
                "coalesce(g.received, 0) - coalesce(g.used, 0) - coalesce(g.spoiled, 0) - "
                "coalesce(g.returned, 0) AS logged, "
                "coalesce(l.received, 0) - coalesce(l.used, 0) - coalesce(l.spoiled, 0) - "
                "coalesce(l.returned, 0) AS kept, "
                "coalesce(g.received, 0) = coalesce(l.received, 0) AND coalesce(g.used, 0) = "
                "coalesce(l.used, 0) AND coalesce(g.spoiled, 0) = coalesce(l.spoiled, 0) AND "
                "coalesce(g.returned, 0) = coalesce(l.returned, 0) AS agree "
                "FROM carriers c LEFT JOIN log g ON g.carrier = c.carrier "
                "LEFT JOIN blank_stock_levels l ON l.carrier = c.carrier"));
    if (!levels)
        return levels.error();
    RowReader level(**levels, QStringLiteral("blank_stock_levels"), "carrier");
    while (level.next()) {
        const QString carrier = level.text("carrier");
        if (level.integer("logged") < 0)
            report.problems << StoreCheck::tr("blank stock of %1: %2 cards on hand.")
                                   .arg(carrier, level.text("logged"));
        if (!level.integer("agree"))
            report.problems << StoreCheck::tr("blank_stock_levels row %1: the running balance "
                                              "(%2 on hand) does not match the movements "
                                              "(%3 on hand).")
                                   .arg(carrier, level.text("kept"), level.text("logged"));
    }
    return Done{};
}

} // namespace

Result<StoreCheckReport> StoreCheck::run(Store &store, AuditLog &audit, const Session *by) {
    StoreCheckReport report;
    report.keyed = by && by->isUnlocked();
    Status read = store.read([&](QSqlDatabase &db) -> Status {
        if (Status ok = checkSqlite(store, db, report); !ok)
            return ok;
        if (Status ok = checkCardNumbers(store, db, report); !ok)
            return ok;
        if (report.keyed) {
            if (Status ok = Seals::checkStation(store, db, *by); !ok) {
                if (ok.error().code != ErrorCode::IntegrityFailed)
                    return ok;
                report.problems << ok.error().where + QStringLiteral(": ") + ok.error().message;
            }
            Result<QStringList> operators = Seals::checkAllOperators(store, db, *by);
            if (!operators)
                return operators.error();
            report.problems << *operators;
            Result<QStringList> batches = Seals::checkAllBatches(store, db, *by);
            if (!batches)
                return batches.error();
            report.problems << *batches;
        }
        return checkStock(store, db, report);
    });
    if (!read)
        return read.error();
    Result<AuditLog::Verification> chain = audit.verify(report.keyed ? by : nullptr);
    if (!chain)
        return chain.error();
    report.auditEntries = chain->entries;
    if (chain->firstBadEntry)
        report.problems << tr("Audit log: %1").arg(chain->problem);
    return report;
}

} // namespace cc
