#include "core/station/store.h"

// The store's schema, one list of statements per version; version N+1 is applied
// to a store at version N inside one transaction (Store::migrate). Never edit a
// released version: add a new one.
//
// Columns holding personal data are BLOBs sealed with AES-256-GCM under the
// station data key (see docs/store.md); their associated data is
// "<table>/<row id>/<column>", so a value copied to another row does not open.

namespace cc {

const QList<QStringList> &storeMigrations() {
    static const QList<QStringList> migrations = {
        // Version 1: the first schema.
        {
            QStringLiteral(R"(CREATE TABLE station (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                station_id TEXT NOT NULL,
                card_prefix TEXT NOT NULL CHECK (length(card_prefix) = 4),
                created_at TEXT NOT NULL,
                key_salt BLOB NOT NULL,
                scrypt_n INTEGER NOT NULL,
                scrypt_r INTEGER NOT NULL,
                scrypt_p INTEGER NOT NULL,
                lockout_failures INTEGER NOT NULL CHECK (lockout_failures >= 1),
                lockout_seconds INTEGER NOT NULL CHECK (lockout_seconds >= 0),
                audit_key BLOB NOT NULL,
                audit_head_seq INTEGER NOT NULL DEFAULT 0,
                audit_head_mac BLOB NOT NULL DEFAULT x'',
                audit_head_tag BLOB
            ) STRICT)"),
            QStringLiteral(R"(CREATE TABLE operators (
                id INTEGER PRIMARY KEY,
                username TEXT NOT NULL UNIQUE COLLATE NOCASE,
                role TEXT NOT NULL CHECK (role IN ('clerk', 'mobile', 'supervisor', 'admin')),
                scrypt_n INTEGER NOT NULL,
                scrypt_r INTEGER NOT NULL,
                scrypt_p INTEGER NOT NULL,
                salt BLOB NOT NULL,
                verifier BLOB NOT NULL,
                wrapped_key BLOB NOT NULL,
                failed_logins INTEGER NOT NULL DEFAULT 0,
                locked_until TEXT,
                created_at TEXT NOT NULL,
                created_by INTEGER REFERENCES operators(id)
            ) STRICT)"),
            QStringLiteral(R"(CREATE TABLE persons (
                id INTEGER PRIMARY KEY,
                id_lookup BLOB NOT NULL UNIQUE,
                national_id BLOB NOT NULL,
                name BLOB NOT NULL,
                name_latin BLOB,
                birth_date BLOB NOT NULL,
                address BLOB,
                phone BLOB,
                photo BLOB,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            ) STRICT)"),
            QStringLiteral(R"(CREATE TABLE batches (
                id INTEGER PRIMARY KEY,
                label TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN
                    ('open', 'submitted', 'approved', 'rejected', 'in-production', 'completed')),
                created_by INTEGER NOT NULL REFERENCES operators(id),
                created_at TEXT NOT NULL,
                decided_by INTEGER REFERENCES operators(id),
                decided_at TEXT,
                decision_reason TEXT
            ) STRICT)"),
            QStringLiteral(R"(CREATE TABLE applications (
                id INTEGER PRIMARY KEY,
                person_id INTEGER NOT NULL REFERENCES persons(id),
                batch_id INTEGER REFERENCES batches(id),
                kind TEXT NOT NULL CHECK (kind IN ('new', 'replacement-lost',
                    'replacement-damaged', 'conversion', 'reprint', 'link')),
                card_type TEXT NOT NULL CHECK (card_type IN
                    ('general', 'student', 'senior', 'disability', 'companion')),
                status TEXT NOT NULL CHECK (status IN
                    ('received', 'in-production', 'issued', 'rejected', 'cancelled')),
                documents BLOB,
                created_by INTEGER NOT NULL REFERENCES operators(id),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            ) STRICT)"),
            QStringLiteral("CREATE INDEX applications_by_person ON applications(person_id)"),
            QStringLiteral("CREATE INDEX applications_by_batch ON applications(batch_id)"),
            QStringLiteral(R"(CREATE TABLE card_number_sequences (
                prefix TEXT PRIMARY KEY CHECK (length(prefix) = 4),
                next_sequence INTEGER NOT NULL CHECK (next_sequence >= 1)
            ) STRICT)"),
            QStringLiteral(R"(CREATE TABLE production_attempts (
                id INTEGER PRIMARY KEY,
                application_id INTEGER NOT NULL REFERENCES applications(id),
                card_number TEXT NOT NULL UNIQUE CHECK (length(card_number) = 16),
                carrier TEXT NOT NULL CHECK (carrier IN ('easycard', 'ipass')),
                state TEXT NOT NULL CHECK (state IN ('requested', 'encoding', 'encoded',
                    'printing', 'printed', 'issued', 'spoiled', 'cancelled')),
                chip_uid TEXT,
                failure TEXT,
                operator_id INTEGER NOT NULL REFERENCES operators(id),
                started_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            ) STRICT)"),
            QStringLiteral(
                "CREATE INDEX attempts_by_application ON production_attempts(application_id)"),
            QStringLiteral(R"(CREATE TABLE cards (
                id INTEGER PRIMARY KEY,
                card_number TEXT NOT NULL UNIQUE CHECK (length(card_number) = 16),
                person_id INTEGER NOT NULL REFERENCES persons(id),
                application_id INTEGER REFERENCES applications(id),
                card_type TEXT NOT NULL CHECK (card_type IN
                    ('general', 'student', 'senior', 'disability', 'companion')),
                carrier TEXT NOT NULL CHECK (carrier IN ('easycard', 'ipass')),
                chip_uid TEXT,
                status TEXT NOT NULL CHECK (status IN ('active', 'blocked', 'cancelled')),
                status_reason TEXT,
                issued_on TEXT NOT NULL,
                expires_on TEXT,
                updated_at TEXT NOT NULL
            ) STRICT)"),
            QStringLiteral("CREATE INDEX cards_by_person ON cards(person_id)"),
            QStringLiteral(R"(CREATE TABLE blank_stock_movements (
                id INTEGER PRIMARY KEY,
                carrier TEXT NOT NULL CHECK (carrier IN ('easycard', 'ipass')),
                movement TEXT NOT NULL CHECK (movement IN
                    ('received', 'used', 'spoiled', 'returned')),
                quantity INTEGER NOT NULL CHECK (quantity > 0),
                attempt_id INTEGER REFERENCES production_attempts(id),
                note TEXT,
                operator_id INTEGER NOT NULL REFERENCES operators(id),
                at TEXT NOT NULL
            ) STRICT)"),
            QStringLiteral(R"(CREATE TABLE audit_entries (
                seq INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                station_id TEXT NOT NULL,
                operator TEXT NOT NULL,
                action TEXT NOT NULL,
                object TEXT NOT NULL,
                outcome TEXT NOT NULL,
                detail TEXT NOT NULL,
                mac BLOB NOT NULL
            ) STRICT)"),
            QStringLiteral(R"(CREATE TABLE outbox (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                topic TEXT NOT NULL,
                object TEXT NOT NULL,
                payload BLOB NOT NULL,
                acknowledged_at TEXT
            ) STRICT)"),
        },
        // Version 2: the counter. What an application needs to produce its card
        // (validity, fee, the card it replaces, the offline re-check marker,
        // consent to sensitive data), and the card a card was replaced by.
        {
            QStringLiteral("ALTER TABLE applications ADD COLUMN valid_until TEXT"),
            QStringLiteral("ALTER TABLE applications ADD COLUMN fee INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE applications ADD COLUMN replaces_card TEXT"),
            QStringLiteral("ALTER TABLE applications ADD COLUMN recheck_pending INTEGER NOT NULL "
                           "DEFAULT 0 CHECK (recheck_pending IN (0, 1))"),
            QStringLiteral("ALTER TABLE applications ADD COLUMN consent_at TEXT"),
            QStringLiteral("ALTER TABLE cards ADD COLUMN replaced_by TEXT"),
            QStringLiteral("CREATE INDEX attempts_unfinished ON production_attempts(state) "
                           "WHERE state NOT IN ('issued', 'spoiled', 'cancelled')"),
        },
        // Version 3: seals under the integrity key (core/seals.h) on the rows
        // that decide who may do what — the station settings and each
        // operator — and the audit log's keyed anchor: the last entry a
        // logged-in operator appended, with the newest outbox event and
        // operator at that moment, so a wiped, shortened or rolled-back log
        // shows. A store from an earlier version has no seals and no key
        // made them: its operators cannot log in (docs/store.md).
        {
            QStringLiteral("ALTER TABLE station ADD COLUMN seal BLOB"),
            QStringLiteral("ALTER TABLE station ADD COLUMN anchor_seq INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE station ADD COLUMN anchor_mac BLOB"),
            QStringLiteral(
                "ALTER TABLE station ADD COLUMN anchor_outbox INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(
                "ALTER TABLE station ADD COLUMN anchor_operators INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE station ADD COLUMN anchor_tag BLOB"),
            QStringLiteral("ALTER TABLE operators ADD COLUMN seal BLOB"),
            // Per-card costs independent of history: blank stock on hand as a
            // running balance kept by a trigger in the same transaction as each
            // movement (Produce reads one row, not the whole log; store check
            // compares the two), and the chip UID the link check looks up.
            QStringLiteral(R"(CREATE TABLE blank_stock_levels (
                carrier TEXT PRIMARY KEY CHECK (carrier IN ('easycard', 'ipass')),
                received INTEGER NOT NULL DEFAULT 0,
                used INTEGER NOT NULL DEFAULT 0,
                spoiled INTEGER NOT NULL DEFAULT 0,
                returned INTEGER NOT NULL DEFAULT 0
            ) STRICT)"),
            QStringLiteral(
                R"(INSERT INTO blank_stock_levels (carrier, received, used, spoiled, returned)
                SELECT carrier,
                       sum(CASE movement WHEN 'received' THEN quantity ELSE 0 END),
                       sum(CASE movement WHEN 'used' THEN quantity ELSE 0 END),
                       sum(CASE movement WHEN 'spoiled' THEN quantity ELSE 0 END),
                       sum(CASE movement WHEN 'returned' THEN quantity ELSE 0 END)
                FROM blank_stock_movements GROUP BY carrier)"),
            QStringLiteral(
                R"(CREATE TRIGGER blank_stock_level_follows AFTER INSERT ON blank_stock_movements
                BEGIN
                    INSERT OR IGNORE INTO blank_stock_levels (carrier) VALUES (NEW.carrier);
                    UPDATE blank_stock_levels SET
                        received = received + (CASE NEW.movement WHEN 'received' THEN NEW.quantity ELSE 0 END),
                        used = used + (CASE NEW.movement WHEN 'used' THEN NEW.quantity ELSE 0 END),
                        spoiled = spoiled + (CASE NEW.movement WHEN 'spoiled' THEN NEW.quantity ELSE 0 END),
                        returned = returned + (CASE NEW.movement WHEN 'returned' THEN NEW.quantity ELSE 0 END)
                    WHERE carrier = NEW.carrier;
                END)"),
            QStringLiteral(R"(CREATE TRIGGER blank_stock_movements_append_only
                BEFORE UPDATE ON blank_stock_movements
                BEGIN SELECT RAISE(ABORT, 'blank stock movements are append-only'); END)"),
            QStringLiteral(R"(CREATE TRIGGER blank_stock_movements_kept
                BEFORE DELETE ON blank_stock_movements
                BEGIN SELECT RAISE(ABORT, 'blank stock movements are append-only'); END)"),
            QStringLiteral(
                "CREATE INDEX cards_by_chip_uid ON cards(chip_uid) WHERE chip_uid IS NOT "
                "NULL"),
            QStringLiteral("CREATE INDEX stock_movements_by_attempt ON "
                           "blank_stock_movements(attempt_id) WHERE attempt_id IS NOT NULL"),
        },
        // Version 4: who holds which key. Every operator holds the integrity
        // key, sealed under their password (integrity_key), and an X25519 key
        // pair (box_public, box_private sealed under their password). The data
        // key reaches an operator only as data_grant, sealed to box_public by
        // an operator who holds it (granted_by; NULL at station init); admins
        // never get one. wrapped_key, the password-wrapped data key of
        // versions 1 to 3, is left empty. A version-3 operator has no
        // integrity_key and cannot log in (docs/store.md).
        {
            QStringLiteral("ALTER TABLE operators ADD COLUMN integrity_key BLOB"),
            QStringLiteral("ALTER TABLE operators ADD COLUMN box_public BLOB"),
            QStringLiteral("ALTER TABLE operators ADD COLUMN box_private BLOB"),
            QStringLiteral("ALTER TABLE operators ADD COLUMN data_grant BLOB CHECK (data_grant "
                           "IS NULL OR role <> 'admin')"),
            QStringLiteral(
                "ALTER TABLE operators ADD COLUMN granted_by INTEGER REFERENCES operators(id)"),
        },
        // Version 5: sync. Every outbox event gets the stable ID the central
        // service holds it by (a UUID made when it is appended; the older
        // ones get one here), and a store-wide record of the link to the
        // centre (sync_link, one row once the station is enrolled).
        {
            QStringLiteral("ALTER TABLE outbox ADD COLUMN event_id TEXT"),
            QStringLiteral("UPDATE outbox SET event_id = lower(hex(randomblob(4)) || '-' || "
                           "hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || "
                           "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"),
            QStringLiteral("CREATE UNIQUE INDEX outbox_by_event_id ON outbox(event_id)"),
            QStringLiteral(R"(CREATE TRIGGER outbox_event_id_required BEFORE INSERT ON outbox
                WHEN NEW.event_id IS NULL OR length(NEW.event_id) <> 36
                BEGIN SELECT RAISE(ABORT, 'an outbox event needs its UUID'); END)"),
            QStringLiteral("CREATE INDEX outbox_unacknowledged ON outbox(id) WHERE "
                           "acknowledged_at IS NULL"),
            // The station's private TLS key is sealed
            // (Session::sealStationSecret), never stored in clear. The last
            // contact with the centre (wall and steady clock) and the latest
            // wall time seen carry an integrity tag: the offline limits count
            // from them.
            QStringLiteral(R"(CREATE TABLE sync_link (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                central_url TEXT NOT NULL,
                ca_certificate BLOB NOT NULL,
                certificate BLOB NOT NULL,
                private_key BLOB NOT NULL,
                enrolled_at TEXT NOT NULL,
                last_contact_at TEXT,
                last_contact_boot TEXT,
                last_contact_steady_ms INTEGER,
                clock_high_water TEXT,
                contact_tag BLOB
            ) STRICT)"),
        },
        // Version 6: what the station pulls from the centre. The city's
        // holder key (sealed) names a person to the centre by a keyed hash;
        // the pull cursor; cards of other stations as the centre reports
        // them (so that a card lost elsewhere is refused here); flags for
        // this station's supervisors, and how each was resolved; the outcome
        // of an offline application's re-check; the city's policies.
        {
            QStringLiteral("ALTER TABLE sync_link ADD COLUMN holder_key BLOB"),
            QStringLiteral(
                "ALTER TABLE sync_link ADD COLUMN pull_cursor TEXT NOT NULL DEFAULT '0'"),
            QStringLiteral(R"(CREATE TABLE remote_cards (
                card_number TEXT PRIMARY KEY,
                station_id TEXT NOT NULL,
                chip_uid TEXT,
                card_type TEXT,
                status TEXT NOT NULL CHECK (status IN ('active', 'blocked', 'cancelled')),
                status_reason TEXT,
                updated_at TEXT NOT NULL
            ) STRICT)"),
            QStringLiteral("CREATE INDEX remote_cards_by_uid ON remote_cards(chip_uid)"),
            QStringLiteral(R"(CREATE TABLE flags (
                id INTEGER PRIMARY KEY,
                flag_key TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL CHECK (kind IN ('conflict', 'recheck')),
                object TEXT NOT NULL,
                facts TEXT NOT NULL,
                raised_at TEXT NOT NULL,
                resolved_at TEXT,
                resolved_by TEXT,
                resolution TEXT,
                CHECK ((resolved_at IS NULL) = (resolution IS NULL))
            ) STRICT)"),
            QStringLiteral("ALTER TABLE applications ADD COLUMN recheck_result TEXT CHECK "
                           "(recheck_result IS NULL OR recheck_result IN ('passed', 'failed'))"),
            // The city's policies as the centre published them (checked
            // against the published SHA-256 when they arrived).
            QStringLiteral(R"(CREATE TABLE central_policies (
                version INTEGER PRIMARY KEY CHECK (version > 0),
                body BLOB NOT NULL,
                sha256 TEXT NOT NULL,
                received_at TEXT NOT NULL
            ) STRICT)"),
        },
        // Version 7: batches of a kind (mobile-team session, village-chief
        // collection, school or agency roster), of one card type for rosters,
        // sealed with their members and editors (Seals::sealBatch); who
        // changed a batch besides its creator, for the four-eyes rule.
        {
            QStringLiteral("ALTER TABLE batches ADD COLUMN kind TEXT NOT NULL DEFAULT "
                           "'mobile-session' CHECK (kind IN ('mobile-session', "
                           "'village-collection', 'school-roster', 'agency-roster'))"),
            QStringLiteral("ALTER TABLE batches ADD COLUMN card_type TEXT CHECK (card_type IS "
                           "NULL OR card_type IN ('general', 'student', 'senior', 'disability', "
                           "'companion'))"),
            QStringLiteral("ALTER TABLE batches ADD COLUMN seal BLOB"),
            // What a batch still waits for, found without walking its members.
            QStringLiteral("CREATE INDEX applications_by_batch_status ON applications(batch_id, "
                           "status)"),
            QStringLiteral(R"(CREATE TABLE batch_editors (
                batch_id INTEGER NOT NULL REFERENCES batches(id),
                operator_id INTEGER NOT NULL REFERENCES operators(id),
                PRIMARY KEY (batch_id, operator_id)
            ) STRICT, WITHOUT ROWID)"),
        },
        // Version 8: pre-applications made online for this office
        // (PreApplications): the code the centre announced, the document
        // sealed once fetched, and the application it became.
        {
            QStringLiteral(R"(CREATE TABLE preapplications (
                code TEXT PRIMARY KEY CHECK (length(code) = 12),
                card_type TEXT NOT NULL CHECK (card_type IN ('general', 'student', 'senior',
                    'disability', 'companion')),
                document BLOB,
                received_at TEXT NOT NULL,
                application_id INTEGER UNIQUE REFERENCES applications(id),
                collected_at TEXT,
                fetch_failures INTEGER NOT NULL DEFAULT 0,
                CHECK ((application_id IS NULL) = (collected_at IS NULL))
            ) STRICT)"),
        },
        // Version 9: an operator an admin or supervisor disabled cannot log
        // in (disabled_at, sealed with the row when set: Seals).
        {
            QStringLiteral("ALTER TABLE operators ADD COLUMN disabled_at TEXT"),
        },
        // Version 10: a replacement's fee waived (fee_waived; the reason is
        // sealed in the application's documents) rather than paid. People
        // found by name: keyed tags of the name and the Latin name
        // (Session::nameTag), set when a person is written. A person's
        // history reads the audit entries of their objects by index.
        {
            QStringLiteral("ALTER TABLE applications ADD COLUMN fee_waived INTEGER NOT NULL "
                           "DEFAULT 0 CHECK (fee_waived IN (0, 1))"),
            QStringLiteral("ALTER TABLE persons ADD COLUMN name_lookup BLOB"),
            QStringLiteral("ALTER TABLE persons ADD COLUMN name_latin_lookup BLOB"),
            QStringLiteral("CREATE INDEX persons_by_name ON persons(name_lookup)"),
            QStringLiteral("CREATE INDEX persons_by_latin_name ON persons(name_latin_lookup)"),
            QStringLiteral("CREATE INDEX audit_by_object ON audit_entries(object)"),
            // The end of a day's figures, read by index (DayClose).
            QStringLiteral("CREATE INDEX cards_by_issued_on ON cards(issued_on)"),
            QStringLiteral("CREATE INDEX stock_movements_by_at ON blank_stock_movements(at)"),
        },
        // Version 11: receipts kept and reprintable. The office a receipt
        // names (Office), the name an operator signs it with, and each
        // receipt printed (a copy printed again names the first).
        {
            QStringLiteral(
                "ALTER TABLE operators ADD COLUMN display_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(R"(CREATE TABLE office (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                name TEXT NOT NULL,
                address TEXT NOT NULL,
                phone TEXT NOT NULL,
                updated_at TEXT NOT NULL
            ) STRICT)"),
            QStringLiteral(R"(CREATE TABLE receipts (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('application', 'lost-report')),
                application_id INTEGER REFERENCES applications(id),
                card_number TEXT NOT NULL CHECK (length(card_number) = 16),
                printed_at TEXT NOT NULL,
                printed_by INTEGER NOT NULL REFERENCES operators(id),
                copy_of INTEGER REFERENCES receipts(id)
            ) STRICT)"),
            QStringLiteral("CREATE INDEX receipts_by_card ON receipts(card_number)"),
        },
        // Version 12: reports. The cards reported lost or cancelled in a
        // period are counted from the audit log by time, through an index
        // of those entries alone (every other append stays as it was). The
        // cards issued in a period, and their production's operator and
        // end, are read from indexes that hold what the reports need, not
        // from the rows (a year of cards in well under a second).
        {
            QStringLiteral("CREATE INDEX audit_card_status_changes ON audit_entries(action, at) "
                           "WHERE action IN ('card.report-lost', 'card.cancel')"),
            QStringLiteral("DROP INDEX cards_by_issued_on"),
            QStringLiteral("CREATE INDEX cards_by_issued_on ON cards(issued_on, card_type, "
                           "carrier, application_id, card_number)"),
            QStringLiteral("CREATE INDEX attempts_by_card_number ON production_attempts("
                           "card_number, state, operator_id, updated_at)"),
        },
    };
    return migrations;
}

} // namespace cc
