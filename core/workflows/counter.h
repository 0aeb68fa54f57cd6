#pragma once

#include "core/domain/cardtype.h"
#include "core/domain/carrier.h"
#include "core/domain/eligibility.h"
#include "core/domain/eligibilitypolicy.h"
#include "core/domain/registryrecord.h"
#include "core/domain/result.h"
#include "core/domain/roles.h"
#include "core/ports/registrygateway.h"
#include "core/station/applicants.h"
#include "core/station/preapplications.h"
#include "core/station/receipts.h"

#include <QCoreApplication>
#include <QSet>

#include <mutex>
#include <optional>

namespace cc {

class AuditLog;
class CardEncoder;
class Clock;
class Session;
class Store;

// A card as the counter shows it.
struct CardSummary {
    QString cardNumber;
    CardType type = CardType::General;
    Carrier carrier = Carrier::EasyCard;
    CardStatus status = CardStatus::Active;
    StatusReason reason = StatusReason::None;
    QDate issued;
    QDate expires; // invalid: no expiry
    QString chipUid;
    QString replacedBy;
    bool linked = false; // the citizen's own transit card: no face of ours to reprint

    CardState state() const { return {status, reason, !replacedBy.isEmpty()}; }
};

// Everything the station holds of one applicant, on one screen.
struct ApplicantHistory {
    ApplicantRecord applicant; // the person and their applications
    QList<CardSummary> cards;
    QList<ApplicantEvent> events; // the person's, their applications' and cards', oldest first
    QList<ReceiptEntry> receipts; // printed for their cards, oldest first
};

// What the clerk settled for an application: who, on which facts, which type.
struct CounterApplication {
    PersonData person;
    RegistryRecord facts;  // from the registry, or from documents seen offline
    QJsonObject documents; // what the clerk recorded (offline documents)
    bool offline = false;  // eligibility rests on documents: re-check pending
    CardType type = CardType::General;
    bool consent = false;        // consent to the use of sensitive data (disability)
    QString preApplication = {}; // the code of the pre-application it finishes, if any
    // Documents over an answer of the registry: a supervisor's reason (their
    // session makes the application), audited; re-checked like any offline one.
    QString overrideReason = {};
};

// How a replacement's fee is settled at the counter: paid, or waived with
// the reason (sealed with the application's documents, on the receipt).
struct FeeSettlement {
    bool waived = false;
    QString reason;
};

// An application recorded at the counter (not in a batch) and still waiting
// for its card: the applicant left, or production failed and was not tried
// again.
struct WaitingApplication {
    qint64 id = 0;
    CardType type = CardType::General;
    QString kind;
    QDateTime recordedAt;
    QDate validUntil; // what its card will carry (invalid: no expiry)
};

// The counter's transactions other than producing a card (Issuance does
// that): taking an application for a new card, a replacement or a type
// conversion, reporting a card lost, cancelling a card, finding a person's
// cards. Each checks the operator's role, is audited, and writes its outbox
// event in the same transaction.
class Counter {
    Q_DECLARE_TR_FUNCTIONS(Counter)

public:
    Counter(Store &store, AuditLog &audit, const Clock &clock, EligibilityPolicy policy);

    const EligibilityPolicy &policy() const { return m_policy; }
    EligibilityResult evaluate(const RegistryRecord &facts) const;

    // A new card of `type`: refused when the person is not eligible for it,
    // already holds an active personal card (or companion card), or a
    // disability or companion card lacks the recorded consent. With
    // `batchId`, collected into that open batch (a mobile team's session, a
    // village chief's forms) to be produced once it is approved.
    Result<qint64> applyNew(const Session &session, const CounterApplication &application,
                            std::optional<qint64> batchId = std::nullopt);

    // A replacement card of the same type, same expiry, fee from the policy,
    // paid or waived with a reason (refused without one). A lost card is
    // blocked at once (if it was not already); a damaged one on hand-over of
    // the new card.
    Result<qint64> applyReplacement(const Session &session, const QString &cardNumber,
                                    ReplacementReason reason, const FeeSettlement &fee = {});

    // A card of another type for the holder of `cardNumber` (e.g. general →
    // senior at 65), on current facts; the old card is blocked on hand-over.
    // Without a photo in `application`, the one on file is kept.
    Result<qint64> applyConversion(const Session &session, const QString &cardNumber,
                                   const CounterApplication &application);

    // The photo the card of a recorded application will carry (a replacement
    // or a conversion waiting for F9: the one on file), and the one taken
    // again instead, before production (Applicants::replacePhoto).
    Result<QByteArray> photoFor(const Session &session, qint64 applicationId);
    Status retakePhoto(const Session &session, qint64 applicationId, const QByteArray &photo);
    // The applicant's newest application waiting for its card at the counter
    // (none: empty), to be made by F9 when they come back, or withdrawn.
    Result<std::optional<WaitingApplication>> waitingAtCounter(const Session &session,
                                                               const QString &nationalId);
    // The applicant leaves without the card (Applicants::withdraw).
    Status withdraw(const Session &session, qint64 applicationId);

    // Blocks the card at once; the central service hears of it through the
    // outbox.
    Status reportLost(const Session &session, const QString &cardNumber);

    Status cancel(const Session &session, const QString &cardNumber, CancellationReason reason);

    // Links a card the citizen already owns: its UID is read from the reader;
    // nothing is written or printed. Returns the card number allocated.
    Result<QString> linkOwnCard(const Session &session, const CounterApplication &application,
                                Carrier carrier, CardEncoder &encoder);

    Result<QList<CardSummary>> cardsOf(const Session &session, const QString &nationalId);
    // The household registry's answer for `nationalId`, asked only for a
    // role that handles applicants: a refused role learns nothing of the
    // person, not even whether the registry knows them.
    Result<std::optional<RegistryEntry>>
    askRegistry(const Session &session, RegistryGateway &registry, const QString &nationalId);
    // Whether the registry answered for `nationalId` since this desk started.
    bool registryAnswered(const Session &session, const QString &nationalId);
    // The pre-application made online that the applicant's QR code names
    // (PreApplication::normalizedCode), refused before anything is read
    // when the role does not handle applicants, and once it became an
    // application (WrongState, naming it).
    Result<HeldPreApplication> preApplication(const Session &session, const QString &code);
    Result<CardSummary> card(const Session &session, const QString &cardNumber);
    // The applicant with ID number `nationalId`, their applications, cards
    // and the audit entries of all of them (applicant.history, audited).
    Result<ApplicantHistory> history(const Session &session, const QString &nationalId);
    // Applicants by name or card number (Applicants::search).
    Result<QList<ApplicantMatch>> search(const Session &session, const QString &text);

    static QString replacementFeeKind(ReplacementReason reason);

private:
    struct CardRow;
    Result<CardRow> cardRow(QSqlDatabase &db, const QString &cardNumber);
    Result<CardRow> readCard(const QString &cardNumber);
    // Collecting into a batch: refused when the person already waits for a
    // card of the same kind (personal or companion) anywhere.
    Status checkNotWaiting(const Session &session, const CounterApplication &application,
                           qint64 batchId);
    ApplicationData applicationData(const CounterApplication &application,
                                    const QString &kind) const;
    Status checkApplication(const Session &session, const CounterApplication &application,
                            const QString &replacing);
    // The pre-application `code`, refused once it became an application.
    Result<HeldPreApplication> openPreApplication(const Session &session, const QString &code);
    Status setStatus(const Session &session, const QString &cardNumber, Permission permission,
                     const QString &action, CardStatus status, StatusReason reason);

    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
    EligibilityPolicy m_policy;
    // The people the registry answered for since this desk started (their
    // lookup tags): documents stand in for the registry only when it cannot
    // be asked, so an offline application for one of them is refused
    // (docs/issuance.md, "The registry is authoritative").
    std::mutex m_answeredLock;
    QSet<QByteArray> m_answered;
};

} // namespace cc
