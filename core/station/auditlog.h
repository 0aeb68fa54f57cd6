#pragma once

#include "core/domain/result.h"
#include "core/domain/roles.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cc {

class Clock;
class Session;
class Store;

// One thing that happened, as the audit log records it: who, what, on which
// object (a row reference such as "person:42", never personal data) and how
// it ended. When and where are added by the log.
struct AuditEvent {
    QString operatorName; // "-" when nobody is logged in
    QString action;       // "applicant.find", "auth.login", …
    QString object;
    QString outcome;     // "ok", "denied", "failed", "not-found", …
    QString detail = {}; // codes and counts only
};

// The append-only, tamper-evident audit log. Entry n carries
//   mac_n = HMAC-SHA-256(audit key, mac_{n-1} ‖ seq ‖ at ‖ station ‖ operator ‖
//                        action ‖ object ‖ outcome ‖ detail)
// (length-prefixed fields, mac_0 empty), and the station row keeps a keyed tag
// of the last entry, so deleting, editing, inserting or reordering any entry,
// the last one included, breaks verification at that entry.
//
// That chain's key is in the file (failed logins are written before anyone
// has logged in), so it stops tools, not someone who reads the format. An
// entry appended by a logged-in operator (`by`) also moves the keyed anchor:
// its number and MAC with the newest outbox event and operator, tagged under
// the session's integrity key. Only failures and refusals (failed logins, a
// locked session refused) may follow the anchor; an
// emptied, shortened or rolled-back log fails verifyAnchor(), which every
// login runs. docs/store.md says what this does and does not protect against.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    AuditLog(Store &store, const Clock &clock);

    // Appends inside the caller's write transaction, so the entry commits or
    // rolls back with the change it describes.
    // `by` is the logged-in operator, null only for failed logins.
    Status append(QSqlDatabase &db, const AuditEvent &event, const Session *by);
    // The same for many events of one transaction (a bulk use case): each gets
    // its own chained entry; the head and the anchor are written once, after
    // the last.
    Status appendAll(QSqlDatabase &db, const QList<AuditEvent> &events, const Session *by);
    // Appends in a transaction of its own (refusals, failed logins, reads).
    Status record(const AuditEvent &event, const Session *by);

    // The use cases' gate: session.require(permission), with a refusal
    // recorded as `action` on `object` with outcome "denied".
    Status authorize(const Session &session, Permission permission, const QString &action,
                     const QString &object);

    struct Verification {
        qint64 entries = 0;
        std::optional<qint64> firstBadEntry; // empty when the chain is intact
        QString problem;
    };
    // Walks the chain; with `by` (a logged-in operator) also the anchor.
    Result<Verification> verify(const Session *by = nullptr);
    // The keyed checks alone, cheap enough for every login: the anchor's tag,
    // its entry present with its MAC, no success recorded after it, and no
    // outbox event or operator newer than it.
    Status verifyAnchor(QSqlDatabase &db, const Session &by);

    // Creates the chain's key; called once when the station is set up.
    static QByteArray newKey();

private:
    Result<Verification> verifyIn(QSqlDatabase &db);
    Status anchor(QSqlDatabase &db, const Session &by, qint64 seq, const QByteArray &mac);

    Store &m_store;
    const Clock &m_clock;
};

} // namespace cc
