#include "central/schema.h"

#include "central/pg.h"
#include "core/crypto/crypto.h"
#include "core/protocol/enrol.h"

#include <QCoreApplication>

#include <initializer_list>

namespace cc::central {
namespace {

// Any fixed number: the lock that serialises migrations between processes.
constexpr const char *kMigrationLock = "SELECT pg_advisory_xact_lock(7201301)";

struct Migration {
    int version;
    std::initializer_list<const char *> statements;
};

// Add a migration at the end; never change one that has shipped.
const Migration kMigrations[] = {
    // Version 1: enrolled stations, their one-time enrolment codes, and the
    // events they push. (station_id, station_seq) is each station's outbox
    // order; xid is the transaction that wrote the row, so that a reader of
    // "changes since" never skips a row committed late.
    {1,
     {R"(CREATE TABLE stations (
            station_id text PRIMARY KEY CHECK (station_id ~ '^[A-Za-z0-9-]{1,32}$'),
            created_at timestamptz NOT NULL DEFAULT now(),
            certificate_serial text,
            enrolled_at timestamptz,
            revoked_at timestamptz,
            held_through bigint NOT NULL DEFAULT 0 CHECK (held_through >= 0)))",
      R"(CREATE TABLE enrolment_codes (
            code_hash bytea PRIMARY KEY,
            station_id text NOT NULL REFERENCES stations,
            created_at timestamptz NOT NULL DEFAULT now(),
            expires_at timestamptz NOT NULL,
            used_at timestamptz))",
      R"(CREATE TABLE events (
            event_id uuid PRIMARY KEY,
            station_id text NOT NULL REFERENCES stations,
            station_seq bigint NOT NULL CHECK (station_seq > 0),
            at timestamptz NOT NULL,
            topic text NOT NULL,
            object text NOT NULL,
            payload jsonb NOT NULL,
            received_at timestamptz NOT NULL DEFAULT now(),
            xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
            UNIQUE (station_id, station_seq)))"}},
    // Version 2: changes are read in the order of the transactions that
    // wrote them (GET /v1/changes).
    {2, {"CREATE INDEX events_by_xid ON events (xid, station_id, station_seq)"}},
    // Version 3: what only the centre can see, kept up to date from the
    // events in the transaction that takes them (Ledger). The city's keys;
    // the centre's own events (flags) under the station name "centre";
    // applications and cards by holder pseudonym; the hotlist, its versions
    // made at publication from the events, in their transactions' order;
    // flags for the stations' supervisors.
    {3,
     {"CREATE TABLE city_keys (name text PRIMARY KEY, key bytea NOT NULL)",
      // Never a station that connects: revoked from the start.
      "INSERT INTO stations (station_id, revoked_at) VALUES ('centre', now()) "
      "ON CONFLICT (station_id) DO UPDATE SET revoked_at = now()",
      "CREATE SEQUENCE centre_seq",
      R"(CREATE TABLE applications (
            station_id text NOT NULL REFERENCES stations,
            application bigint NOT NULL,
            holder text,
            card_type text,
            kind text,
            PRIMARY KEY (station_id, application)))",
      R"(CREATE TABLE cards (
            card_number text PRIMARY KEY,
            station_id text NOT NULL REFERENCES stations,
            application bigint,
            holder text,
            card_type text,
            status text NOT NULL CHECK (status IN ('active', 'blocked', 'cancelled')),
            reason text,
            chip_uid text,
            changed_at timestamptz NOT NULL))",
      "CREATE INDEX cards_by_holder ON cards (holder) WHERE holder IS NOT NULL",
      R"(CREATE TABLE hotlist (
            card_number text PRIMARY KEY,
            chip_uid text NOT NULL DEFAULT '',
            since timestamptz NOT NULL,
            reason text NOT NULL,
            version bigint NOT NULL))",
      "CREATE INDEX hotlist_by_version ON hotlist (version)", "CREATE SEQUENCE hotlist_version",
      // Where the last publication stopped in the events (their xid order).
      R"(CREATE TABLE hotlist_cursor (
            id integer PRIMARY KEY CHECK (id = 1),
            xid xid8 NOT NULL,
            station_id text NOT NULL,
            station_seq bigint NOT NULL))",
      "INSERT INTO hotlist_cursor VALUES (1, '0', '', 0)",
      R"(CREATE TABLE flags (
            flag_id bigserial PRIMARY KEY,
            kind text NOT NULL,
            for_station text NOT NULL REFERENCES stations,
            subject text NOT NULL,
            facts jsonb NOT NULL,
            raised_at timestamptz NOT NULL DEFAULT now(),
            resolved_at timestamptz,
            resolution text,
            UNIQUE (kind, for_station, subject)))"}},
    // Version 4: what the city publishes for every station (Documents).
    {4, {R"(CREATE TABLE documents (
            kind text NOT NULL CHECK (kind IN ('policy')),
            version bigint NOT NULL CHECK (version > 0),
            body bytea NOT NULL,
            sha256 text NOT NULL,
            published_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (kind, version)))"}},
    // Version 5: applications citizens made online (PreApplications): the
    // signed document (personal data) until the office collects it, then
    // only that it was collected.
    {5, {R"(CREATE TABLE preapplications (
            code text PRIMARY KEY CHECK (code ~ '^PA[0-9A-Z]{10}$'),
            office text NOT NULL REFERENCES stations,
            signed bytea,
            signed_sha256 bytea NOT NULL UNIQUE,
            document bytea,
            received_at timestamptz NOT NULL DEFAULT now(),
            collected_at timestamptz,
            application bigint,
            CHECK ((collected_at IS NULL) = (document IS NOT NULL))))"}},
    // Version 6: reports. The events of a kind in a period (cards issued,
    // reported lost, cancelled), found by topic and time.
    {6, {"CREATE INDEX events_by_topic_at ON events (topic, at)"}},
};

} // namespace

Result<int> Schema::version(PgConnection &db) {
    Result<PgResult> exists = db.exec("SELECT to_regclass('schema_migrations') IS NOT NULL");
    if (!exists)
        return exists.error();
    if (exists->bytes(0, 0) != "t")
        return 0;
    Result<PgResult> v = db.exec("SELECT coalesce(max(version), 0) FROM schema_migrations");
    if (!v)
        return v.error();
    return int(v->integer(0, 0));
}

Result<int> Schema::migrate(PgConnection &db) {
    int reached = 0;
    Status done = db.transaction([&]() -> Status {
        if (Status locked = db.run(kMigrationLock); !locked)
            return locked;
        if (Status made = db.run("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                 "version integer PRIMARY KEY, "
                                 "applied_at timestamptz NOT NULL DEFAULT now())");
            !made)
            return made;
        Result<int> at = version(db);
        if (!at)
            return at.error();
        if (*at > kVersion)
            return Error{ErrorCode::SchemaTooNew,
                         QCoreApplication::translate(
                             "Schema", "The database is at schema version %1; this program "
                                       "knows up to %2. Run the newer citizencard-central.")
                             .arg(*at)
                             .arg(kVersion),
                         QStringLiteral("schema_migrations")};
        reached = *at;
        for (const Migration &m : kMigrations) {
            if (m.version <= *at)
                continue;
            for (const char *sql : m.statements)
                if (Status ran = db.run(sql); !ran)
                    return ran;
            if (Status noted = db.run("INSERT INTO schema_migrations (version) VALUES ($1)",
                                      {QByteArray::number(m.version)});
                !noted)
                return noted;
            reached = m.version;
        }
        // The holder key: made once, by whichever process migrates first.
        return db.run("INSERT INTO city_keys (name, key) VALUES ('holder', decode($1, 'hex')) "
                      "ON CONFLICT (name) DO NOTHING",
                      {Crypto::randomBytes(EnrolAnswer::kHolderKeySize).toHex()});
    });
    if (!done)
        return done.error();
    return reached;
}

} // namespace cc::central
