#include "core/protocol/syncevent.h"

#include "core/domain/objects.h"

#include <QJsonDocument>

#include <array>
#include <utility>

namespace cc {
namespace {

constexpr std::array<std::pair<EventTopic, const char *>, 15> kTopics = {{
    {EventTopic::ApplicationSubmitted, "application.submitted"},
    {EventTopic::ProductionStarted, "production.started"},
    {EventTopic::ProductionSpoiled, "production.spoiled"},
    {EventTopic::ProductionCancelled, "production.cancelled"},
    {EventTopic::CardIssued, "card.issued"},
    {EventTopic::CardLinked, "card.linked"},
    {EventTopic::CardBlocked, "card.blocked"},
    {EventTopic::CardCancelled, "card.cancelled"},
    {EventTopic::ApplicationRechecked, "application.rechecked"},
    {EventTopic::FlagResolved, "flag.resolved"},
    {EventTopic::FlagRaised, "flag.raised"},
    {EventTopic::PolicyPublished, "policy.published"},
    {EventTopic::PreApplicationReceived, "preapplication.received"},
    {EventTopic::PreApplicationCollected, "preapplication.collected"},
    {EventTopic::ApplicationWithdrawn, "application.withdrawn"},
}};

} // namespace

QString eventTopicName(EventTopic topic) {
    for (const auto &[t, name] : kTopics)
        if (t == topic)
            return QString::fromLatin1(name);
    return {};
}

bool isCentreTopic(EventTopic topic) {
    return topic == EventTopic::FlagRaised || topic == EventTopic::PolicyPublished ||
           topic == EventTopic::PreApplicationReceived;
}

std::optional<EventTopic> eventTopicFromName(QStringView name) {
    for (const auto &[t, text] : kTopics)
        if (name == QLatin1String(text))
            return t;
    return std::nullopt;
}

QByteArray SyncEvent::payloadJson() const {
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

SyncEvent SyncEvent::applicationSubmitted(qint64 application, qint64 person, CardType type,
                                          const QString &kind, const QString &holder) {
    SyncEvent event{EventTopic::ApplicationSubmitted,
                    Objects::application(application),
                    {{QStringLiteral("application"), application},
                     {QStringLiteral("person"), person},
                     {QStringLiteral("cardType"), CardTypes::code(type)},
                     {QStringLiteral("kind"), kind}}};
    if (!holder.isEmpty())
        event.payload.insert(QStringLiteral("holder"), holder);
    return event;
}

SyncEvent SyncEvent::productionStarted(qint64 attempt, qint64 application,
                                       const QString &cardNumber, Carrier carrier) {
    return {EventTopic::ProductionStarted,
            Objects::attempt(attempt),
            {{QStringLiteral("attempt"), attempt},
             {QStringLiteral("application"), application},
             {QStringLiteral("cardNumber"), cardNumber},
             {QStringLiteral("carrier"), Carriers::code(carrier)}}};
}

SyncEvent SyncEvent::productionEnded(qint64 attempt, IssuanceStep end, const QString &cardNumber,
                                     ErrorCode reason) {
    return {end == IssuanceStep::Spoiled ? EventTopic::ProductionSpoiled
                                         : EventTopic::ProductionCancelled,
            Objects::attempt(attempt),
            {{QStringLiteral("cardNumber"), cardNumber},
             {QStringLiteral("reason"), errorCodeName(reason)}}};
}

SyncEvent SyncEvent::cardIssued(qint64 attempt, qint64 application, const QString &cardNumber,
                                CardType type, Carrier carrier, const QString &chipUidHex,
                                const QString &replaces) {
    return {EventTopic::CardIssued,
            Objects::attempt(attempt),
            {{QStringLiteral("cardNumber"), cardNumber},
             {QStringLiteral("application"), application},
             {QStringLiteral("cardType"), CardTypes::code(type)},
             {QStringLiteral("carrier"), Carriers::code(carrier)},
             {QStringLiteral("chipUid"), chipUidHex},
             {QStringLiteral("replaces"), replaces}}};
}

SyncEvent SyncEvent::cardLinked(qint64 application, const QString &cardNumber, CardType type,
                                const QString &chipUidHex, Carrier carrier) {
    return {EventTopic::CardLinked,
            Objects::card(cardNumber),
            {{QStringLiteral("cardNumber"), cardNumber},
             {QStringLiteral("application"), application},
             {QStringLiteral("cardType"), CardTypes::code(type)},
             {QStringLiteral("chipUid"), chipUidHex},
             {QStringLiteral("carrier"), Carriers::code(carrier)}}};
}

SyncEvent SyncEvent::cardStatusChanged(const QString &cardNumber, CardStatus status,
                                       StatusReason reason) {
    return {status == CardStatus::Cancelled ? EventTopic::CardCancelled : EventTopic::CardBlocked,
            Objects::card(cardNumber),
            {{QStringLiteral("cardNumber"), cardNumber},
             {QStringLiteral("status"), States::code(status)},
             {QStringLiteral("reason"), States::code(reason)}}};
}

SyncEvent SyncEvent::applicationWithdrawn(qint64 application) {
    return {EventTopic::ApplicationWithdrawn,
            Objects::application(application),
            {{QStringLiteral("application"), application}}};
}

SyncEvent SyncEvent::applicationRechecked(qint64 application, CardType type,
                                          const QStringList &failedRules) {
    return {EventTopic::ApplicationRechecked,
            Objects::application(application),
            {{QStringLiteral("application"), application},
             {QStringLiteral("cardType"), CardTypes::code(type)},
             {QStringLiteral("result"),
              failedRules.isEmpty() ? QStringLiteral("passed") : QStringLiteral("failed")},
             {QStringLiteral("failedRules"), failedRules.join(QLatin1Char(','))}}};
}

SyncEvent SyncEvent::flagResolved(qint64 flag, const QString &kind, const QString &subject,
                                  const QString &because) {
    return {EventTopic::FlagResolved,
            flag ? QStringLiteral("flag:%1").arg(flag) : subject,
            {{QStringLiteral("flag"), flag},
             {QStringLiteral("kind"), kind},
             {QStringLiteral("subject"), subject},
             {QStringLiteral("because"), because.left(256)}}};
}

SyncEvent SyncEvent::preApplicationCollected(const QString &code, qint64 application) {
    return {EventTopic::PreApplicationCollected,
            QStringLiteral("preapplication:") + code,
            {{QStringLiteral("code"), code}, {QStringLiteral("application"), application}}};
}

} // namespace cc
