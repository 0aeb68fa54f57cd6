#include "central/ledger.h"

#include "central/pg.h"
#include "core/protocol/push.h"

#include <QJsonObject>

#include <algorithm>
#include <set>

namespace cc::central {
namespace {

// The batch's events, from the table they were just written to.
#define NEW_EVENTS                                                                                 \
    "n AS (SELECT station_seq AS seq, at, topic, payload FROM events "                             \
    "WHERE station_id = $1 AND station_seq > $2::bigint)"

// A payload number as bigint, or NULL when it is none (a cast that fails
// would abort the station's whole batch).
#define BIGINT(x) "(CASE WHEN (" x ") ~ '^[0-9]{1,18}$' THEN (" x ")::bigint END)"

#define PERSONAL_TYPES "('general', 'student', 'senior', 'disability')"

const char *const kApplications =
    "WITH " NEW_EVENTS " INSERT INTO applications (station_id, application, holder, card_type, "
    "kind) SELECT $1, " BIGINT(
        "payload->>'application'") ", payload->>'holder', "
                                   "payload->>'cardType', payload->>'kind' FROM n WHERE topic = "
                                   "'application.submitted' "
                                   "AND " BIGINT("payload->>'application'") " IS NOT NULL ON "
                                                                            "CONFLICT DO NOTHING";

// One holder's cards are decided one transaction at a time, whatever the
// station: without the lock, two stations pushing a card for the same
// person at once would each miss the other's uncommitted card.
const char *const kLockHolders =
    "WITH " NEW_EVENTS " SELECT pg_advisory_xact_lock(hashtextextended(h, 7201302)) FROM ("
    "SELECT DISTINCT a.holder AS h FROM n JOIN applications a ON a.station_id = $1 AND "
    "a.application = " BIGINT(
        "n.payload->>'application'") " WHERE n.topic IN ('card.issued', "
                                     "'card.linked') AND a.holder IS NOT NULL) x ORDER BY h";

const char *const kCards =
    "WITH " NEW_EVENTS " INSERT INTO cards (card_number, station_id, application, holder, "
    "card_type, status, chip_uid, changed_at) SELECT n.payload->>'cardNumber', $1, "
    "a.application, a.holder, coalesce(n.payload->>'cardType', a.card_type), 'active', "
    "CASE WHEN lower(n.payload->>'chipUid') ~ '^([0-9a-f]{2}){1,10}$' THEN "
    "lower(n.payload->>'chipUid') END, n.at FROM n LEFT JOIN applications a ON a.station_id = $1 "
    "AND a.application = " BIGINT(
        "n.payload->>'application'") " WHERE n.topic IN "
                                     "('card.issued', 'card.linked') AND n.payload->>'cardNumber' "
                                     "~ '^[0-9]{16}$' "
                                     "ON CONFLICT (card_number) DO NOTHING";

// A card replaced (damaged, converted) is no longer in use; one reported
// lost already is blocked. (The hotlist is made from the events when it is
// published: Hotlists.)
const char *const kReplaced =
    "WITH " NEW_EVENTS " UPDATE cards c SET status = 'blocked', reason = coalesce(c.reason, "
    "'replaced'), changed_at = n.at FROM n WHERE n.topic = 'card.issued' AND c.card_number = "
    "n.payload->>'replaces' AND c.status = 'active'";

// The cards' new states, from arrays the batch's events made (Ledger::apply
// reads them from the payloads it already has), the last event of a card
// winning.
const char *const kStatus =
    "UPDATE cards c SET status = u.status, reason = u.reason, changed_at = u.at FROM (SELECT "
    "DISTINCT ON (card) card, status, reason, to_timestamp(ms / 1000.0) AS at FROM "
    "unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) WITH ORDINALITY AS "
    "x(card, status, reason, ms, i) ORDER BY card, i DESC) u WHERE c.card_number = u.card";

// A holder with two active personal cards: a flag to each station, told
// to it as a change (flag.raised, station "centre").
const char *const kConflicts =
    "WITH " NEW_EVENTS ", fresh AS (SELECT c.* FROM cards c WHERE c.card_number IN (SELECT "
    "payload->>'cardNumber' FROM n WHERE topic IN ('card.issued', 'card.linked')) AND "
    "c.status = 'active' AND c.holder IS NOT NULL AND c.card_type IN " PERSONAL_TYPES "), "
    "pairs AS (SELECT f.card_number AS card, f.station_id AS station, f.card_type AS type, "
    "o.card_number AS other, o.station_id AS other_station, o.card_type AS other_type FROM "
    "fresh f JOIN cards o ON o.holder = f.holder AND o.card_number <> f.card_number AND "
    "o.status = 'active' AND o.card_type IN " PERSONAL_TYPES "), "
    "raised AS (INSERT INTO flags (kind, for_station, subject, facts) SELECT 'conflict', "
    "s.station, least(p.card, p.other) || '/' || greatest(p.card, p.other), "
    "jsonb_build_object('kind', 'conflict', 'card', p.card, 'cardType', p.type, 'station', "
    "p.station, 'otherCard', p.other, 'otherCardType', p.other_type, 'otherStation', "
    "p.other_station) FROM pairs p CROSS JOIN LATERAL (VALUES (p.station), (p.other_station)) "
    "AS s(station) ON CONFLICT DO NOTHING RETURNING flag_id, for_station, facts) "
    "INSERT INTO events (event_id, station_id, station_seq, at, topic, object, payload) "
    "SELECT gen_random_uuid(), 'centre', nextval('centre_seq'), now(), 'flag.raised', "
    "'flag:' || flag_id, facts || jsonb_build_object('flag', flag_id, 'for', for_station) "
    "FROM raised";

// The station re-checked an offline application and the registry did not
// confirm it: the station raised the flag for its supervisors; the centre
// keeps it for the city's view.
const char *const kRechecks =
    "WITH " NEW_EVENTS " INSERT INTO flags (kind, for_station, subject, facts) SELECT "
    "'recheck', $1, 'application:' || (payload->>'application'), payload || "
    "'{\"kind\": \"recheck\"}'::jsonb FROM n WHERE topic = 'application.rechecked' AND "
    "payload->>'result' = 'failed' ON CONFLICT DO NOTHING";

const char *const kResolved =
    "WITH " NEW_EVENTS " UPDATE flags f SET resolved_at = n.at, resolution = "
    "left(n.payload->>'because', 256) FROM n WHERE n.topic = 'flag.resolved' AND "
    "f.for_station = $1 AND f.resolved_at IS NULL AND (f.flag_id = " BIGINT(
        "n.payload->>'flag'") " OR (f.kind = n.payload->>'kind' AND f.subject = "
                              "n.payload->>'subject'))";

// A pre-application its office collected: the personal data goes, the fact
// stays.
const char *const kCollected =
    "WITH " NEW_EVENTS " UPDATE preapplications p SET signed = NULL, document = NULL, "
    "collected_at = n.at, application = " BIGINT(
        "n.payload->>'application'") " FROM n WHERE n.topic = 'preapplication.collected' AND "
                                     "p.code = n.payload->>'code' AND p.office = $1 AND "
                                     "p.collected_at IS NULL";

#undef NEW_EVENTS
#undef BIGINT
#undef PERSONAL_TYPES

// "{a,b,c}": a PostgreSQL array value (bound, never SQL text) of items that
// are digits or codes, which need no quoting.
QByteArray arrayOf(const QList<QByteArray> &items) {
    return '{' + items.join(',') + '}';
}

bool isCode(QByteArrayView text) {
    if (text.isEmpty() || text.size() > 32)
        return false;
    for (char c : text)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    return true;
}

bool isCardNumber(QByteArrayView text) {
    return text.size() == 16 &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The states the batch's card.blocked and card.cancelled events give.
Status applyStates(PgConnection &db, const PushBatch &batch, qint64 after) {
    QList<QByteArray> cards, statuses, reasons, times;
    for (const PushedEvent &e : batch.events) {
        if (e.seq <= after ||
            (e.topic != EventTopic::CardBlocked && e.topic != EventTopic::CardCancelled))
            continue;
        const QByteArray card = e.fields.value(QLatin1String("cardNumber")).toString().toLatin1();
        const QByteArray reason = e.fields.value(QLatin1String("reason")).toString().toLatin1();
        if (!isCardNumber(card))
            continue;
        cards << card;
        statuses << (e.topic == EventTopic::CardBlocked ? "blocked" : "cancelled");
        reasons << (isCode(reason) ? reason : QByteArray("blocked"));
        times << QByteArray::number(e.at.toMSecsSinceEpoch());
    }
    if (cards.isEmpty())
        return Done{};
    return db.run(kStatus, {arrayOf(cards), arrayOf(statuses), arrayOf(reasons), arrayOf(times)});
}

} // namespace

Status Ledger::apply(const QString &station, const PushBatch &batch, qint64 after) {
    std::set<EventTopic> topics;
    for (const PushedEvent &e : batch.events)
        if (e.seq > after)
            topics.insert(e.topic);
    const auto has = [&](EventTopic t) { return topics.count(t) > 0; };
    const bool cards = has(EventTopic::CardIssued) || has(EventTopic::CardLinked);
    const QList<PgParam> params{station.toUtf8(), QByteArray::number(after)};
    const auto step = [&](bool needed, const char *sql) -> Status {
        return needed ? m_db.run(sql, params) : Status(Done{});
    };
    // In this order: the cards exist before their replacements and states,
    // and are in their last state before the conflicts are looked for.
    Status ok = step(has(EventTopic::ApplicationSubmitted), kApplications);
    if (ok)
        ok = step(cards, kLockHolders);
    if (ok)
        ok = step(cards, kCards);
    if (ok)
        ok = step(has(EventTopic::CardIssued), kReplaced);
    if (ok)
        ok = applyStates(m_db, batch, after);
    if (ok)
        ok = step(cards, kConflicts);
    if (ok)
        ok = step(has(EventTopic::ApplicationRechecked), kRechecks);
    if (ok)
        ok = step(has(EventTopic::FlagResolved), kResolved);
    if (ok)
        ok = step(has(EventTopic::PreApplicationCollected), kCollected);
    return ok;
}

} // namespace cc::central
