#pragma once

#include "core/domain/cardtype.h"
#include "core/domain/carrier.h"
#include "core/domain/error.h"
#include "core/domain/issuancestep.h"
#include "core/domain/states.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc {

// What a station tells the central service: one event per change, written to
// the station's outbox in the same transaction as the change (Outbox) and
// read by the centre. The topics and payload keys are the protocol between
// station and centre: add, never rename.
enum class EventTopic {
    ApplicationSubmitted,    // application.submitted
    ProductionStarted,       // production.started
    ProductionSpoiled,       // production.spoiled
    ProductionCancelled,     // production.cancelled
    CardIssued,              // card.issued
    CardLinked,              // card.linked
    CardBlocked,             // card.blocked
    CardCancelled,           // card.cancelled
    ApplicationRechecked,    // application.rechecked: offline documents against the registry
    FlagResolved,            // flag.resolved: a supervisor closed a flag, with the reason
    FlagRaised,              // flag.raised: made by the centre only, never pushed
    PolicyPublished,         // policy.published: the city's new policy (centre only)
    PreApplicationReceived,  // preapplication.received: made online, for one office (centre only)
    PreApplicationCollected, // preapplication.collected: finished at the counter
    ApplicationWithdrawn,    // application.withdrawn: the applicant left without the card
};

QString eventTopicName(EventTopic topic);
// Whether only the centre writes events of `topic` (a station's push of one
// is refused).
bool isCentreTopic(EventTopic topic);
std::optional<EventTopic> eventTopicFromName(QStringView name);

struct SyncEvent {
    EventTopic topic = EventTopic::ApplicationSubmitted;
    QString object; // what it is about: "application:12", "attempt:7", "card:0301…"
    QJsonObject payload;

    QByteArray payloadJson() const; // compact, as stored and sent

    // `holder` is the city-wide pseudonym of the person (Holders), empty when
    // the station was not enrolled: the centre compares cards by it.
    static SyncEvent applicationSubmitted(qint64 application, qint64 person, CardType type,
                                          const QString &kind, const QString &holder);
    static SyncEvent productionStarted(qint64 attempt, qint64 application,
                                       const QString &cardNumber, Carrier carrier);
    // `end` is Spoiled or Cancelled; `reason` the failure's code.
    static SyncEvent productionEnded(qint64 attempt, IssuanceStep end, const QString &cardNumber,
                                     ErrorCode reason);
    static SyncEvent cardIssued(qint64 attempt, qint64 application, const QString &cardNumber,
                                CardType type, Carrier carrier, const QString &chipUidHex,
                                const QString &replaces);
    static SyncEvent cardLinked(qint64 application, const QString &cardNumber, CardType type,
                                const QString &chipUidHex, Carrier carrier);
    // Blocked (lost) or cancelled (death, moved away) at the counter.
    static SyncEvent cardStatusChanged(const QString &cardNumber, CardStatus status,
                                       StatusReason reason);
    // The re-check of an offline application: `failedRules` the eligibility
    // rules the registry's facts fail (empty: passed).
    static SyncEvent applicationRechecked(qint64 application, CardType type,
                                          const QStringList &failedRules);
    // A flag the centre raised (its number), or one the station raised and
    // the centre keeps (`kind` and `subject`, number 0).
    static SyncEvent flagResolved(qint64 flag, const QString &kind, const QString &subject,
                                  const QString &because);
    static SyncEvent applicationWithdrawn(qint64 application);
    // The pre-application `code` became the station's application.
    static SyncEvent preApplicationCollected(const QString &code, qint64 application);
};

} // namespace cc
