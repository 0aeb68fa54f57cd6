#pragma once

#include "core/domain/cardtype.h"
#include "core/domain/result.h"
#include "core/domain/states.h"
#include "core/ports/handoverlist.h"
#include "core/station/applicants.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <optional>

class QSqlDatabase;

namespace cc {

class AuditLog;
class Clock;
class Session;
class Store;
struct AuditEvent;

struct BatchSpec {
    BatchKind kind = BatchKind::MobileSession;
    QString label;
    std::optional<CardType> cardType; // rosters are of one card type
};

struct BatchSummary {
    qint64 id = 0;
    BatchKind kind = BatchKind::MobileSession;
    QString label;
    std::optional<CardType> cardType;
    BatchStatus status = BatchStatus::Open;
    QString createdBy; // usernames
    QString createdAt;
    QStringList editors; // who changed it besides its creator
    QString decidedBy;
    QString decidedAt;
    QString decisionReason;
    int applications = 0; // not cancelled
    int issued = 0;
    bool sealed = true; // the row, its members and editors match their seal
    // Changes with every change of the batch (its seal): a decision names the
    // version the supervisor looked at, and is refused if it moved since.
    QByteArray version;

    QJsonObject toJson() const;
};

// One application of a batch with its person, for the supervisor's desk.
struct BatchMember {
    qint64 applicationId = 0;
    ApplicationStatus status = ApplicationStatus::Received;
    CardType cardType = CardType::General;
    QDate validUntil; // invalid: no expiry
    bool recheckPending = false;
    QString cardNumber; // its active card; empty: none (yet, or no longer)
    qint64 personId = 0;
    PersonData person;
};

// Batches of applications produced together (docs/domain.md, "Batches"):
// open → submitted → approved or rejected → in production → completed.
// Approval needs a supervisor who neither created the batch nor changed it
// (added, edited or removed an application, relabelled it), checked here for
// every path. A change to a submitted, approved or rejected batch sends it
// back to open, to be submitted and approved again. Each batch row is sealed
// with its members and editors (Seals::sealBatch); every change is audited.
class Batches {
    Q_DECLARE_TR_FUNCTIONS(Batches)

public:
    Batches(Store &store, AuditLog &audit, const Clock &clock);

    Result<qint64> create(const Session &session, const BatchSpec &spec);
    Result<qint64> create(const Session &session, const QString &label) {
        return create(session, BatchSpec{BatchKind::MobileSession, label, {}});
    }
    Status relabel(const Session &session, qint64 batchId, const QString &label);
    // Takes an application out of the batch: cancelled, audited with the
    // reason, one of removalReasons() (a code: the audit log holds no free text).
    Status remove(const Session &session, qint64 batchId, qint64 applicationId,
                  const QString &reason);
    static const QStringList &removalReasons();
    Status submit(const Session &session, qint64 batchId);
    // With `asSeen` (BatchSummary::version, read before the members were
    // shown), refused when the batch changed since: what is approved is what
    // was looked at. Empty: the batch as it is now (the command line).
    Status approve(const Session &session, qint64 batchId, const QByteArray &asSeen = {});
    Status reject(const Session &session, qint64 batchId, const QString &reason,
                  const QByteArray &asSeen = {});

    Result<BatchSummary> show(const Session &session, qint64 batchId);
    Result<QList<BatchSummary>> list(const Session &session,
                                     std::optional<BatchStatus> status = std::nullopt);
    Result<BatchStatus> status(qint64 batchId);
    // Whether the operator made, changed or added to the batch: the four-eyes
    // rule keeps them from deciding it (decide() refuses it whatever asks).
    Result<bool> isOwnWork(const Session &session, qint64 batchId);
    // The applications still waiting for a card, in the order they were taken.
    Result<QList<qint64>> waiting(qint64 batchId);
    // The applications with their people (personal data: audited as read).
    Result<QList<BatchMember>> members(const Session &session, qint64 batchId);
    // The cards issued so far, for whoever receives them to sign for: names
    // and ID numbers masked; WrongState while there is none.
    Result<HandOverList> handOver(const Session &session, qint64 batchId);

    // The same inside the caller's transaction; NotFound for no such batch.
    static Result<BatchStatus> statusIn(Store &store, QSqlDatabase &db, qint64 batchId);
    static Result<BatchSummary> summaryIn(Store &store, QSqlDatabase &db, const Session &session,
                                          qint64 batchId);
    // Inside the caller's write transaction, before it changes the batch's
    // applications: refused once production started, a decided or submitted
    // batch reopened (its reopening returned for the audit log), the operator
    // recorded as an editor. The caller reseals (Seals::sealBatch) after.
    // With `type`, an application of that card type is being added: a batch
    // of one card type takes no other.
    static Result<std::optional<AuditEvent>>
    beginEditIn(Store &store, QSqlDatabase &db, const Session &session, qint64 batchId,
                std::optional<CardType> type = std::nullopt);
    // Production of the application's card is starting (Production::begin):
    // refused unless its batch, if any, is approved or already in production;
    // an approved batch moves to in production (audited as batch.start).
    static Status startProductionIn(Store &store, AuditLog &audit, QSqlDatabase &db,
                                    const Session &session, qint64 applicationId);
    // The application's card was issued: its batch, once no member waits for
    // a card any more, is completed (audited as batch.complete).
    static Status settleIn(Store &store, AuditLog &audit, QSqlDatabase &db, const Session &session,
                           qint64 applicationId);

private:
    Status decide(const Session &session, qint64 batchId, bool approve, const QString &reason,
                  const QByteArray &asSeen);
    // Checks the role, then runs `change` in a write transaction after
    // beginEditIn, appends the audit entries and reseals the batch.
    Status edit(const Session &session, qint64 batchId, const QString &action,
                const std::function<Status(QSqlDatabase &)> &change);

    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace cc
