#include "core/protocol/push.h"

#include "core/domain/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cc {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("PushBatch", text);
}

// A whole number as JSON carries it exactly (up to 2^53).
constexpr double kMaxExact = 9007199254740991.0;

} // namespace

QByteArray PushBatch::toJson() const {
    QJsonArray list;
    for (const PushedEvent &e : events)
        list.append(QJsonObject{{QStringLiteral("id"), e.id.toString(QUuid::WithoutBraces)},
                                {QStringLiteral("seq"), e.seq},
                                {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                                {QStringLiteral("topic"), eventTopicName(e.topic)},
                                {QStringLiteral("object"), e.object},
                                {QStringLiteral("payload"), e.payload}});
    return QJsonDocument(
               QJsonObject{{QStringLiteral("station"), station}, {QStringLiteral("events"), list}})
        .toJson(QJsonDocument::Compact);
}

Result<PushBatch> PushBatch::fromJson(const QByteArray &body) {
    if (body.size() > kMaxBodyBytes)
        return Error{ErrorCode::BadValue, tr("The batch is larger than the limit."),
                     QStringLiteral("$")};
    Result<QJsonObject> root = JsonFields::parseObject(body);
    if (!root)
        return root.error();
    JsonFields fields(*root);
    fields.requireKeys({QStringLiteral("station"), QStringLiteral("events")});
    fields.rejectUnknownKeys({QStringLiteral("station"), QStringLiteral("events")});
    PushBatch batch;
    fields.readString(QStringLiteral("station"), batch.station);
    if (!fields.failed() && root->value(QStringLiteral("events")).toArray().size() > kMaxEvents)
        fields.fail(ErrorCode::BadValue, fields.pathOf(QStringLiteral("events")),
                    tr("A batch holds at most %1 events.").arg(kMaxEvents));
    std::vector<JsonFields> list = fields.objectList(QStringLiteral("events"));
    if (!fields.failed() && list.empty())
        fields.fail(ErrorCode::MissingField, fields.pathOf(QStringLiteral("events")),
                    tr("A batch holds at least one event."));
    const QStringList keys = {QStringLiteral("id"),     QStringLiteral("seq"),
                              QStringLiteral("at"),     QStringLiteral("topic"),
                              QStringLiteral("object"), QStringLiteral("payload")};
    const QJsonArray raw = root->value(QStringLiteral("events")).toArray();
    for (size_t i = 0; i < list.size() && !fields.failed(); ++i) {
        JsonFields &e = list[i];
        e.requireKeys(keys);
        e.rejectUnknownKeys(keys);
        PushedEvent event;
        QString id, at, topic;
        double seq = 0;
        e.readString(QStringLiteral("id"), id);
        e.readNumber(QStringLiteral("seq"), seq, 1, kMaxExact);
        e.readString(QStringLiteral("at"), at);
        e.readString(QStringLiteral("topic"), topic);
        e.readString(QStringLiteral("object"), event.object);
        const QJsonValue payload = raw.at(qsizetype(i)).toObject().value(QStringLiteral("payload"));
        if (!fields.failed() && !payload.isObject())
            e.fail(ErrorCode::WrongType, e.pathOf(QStringLiteral("payload")),
                   tr("Expected an object."));
        if (fields.failed())
            break;
        event.id = QUuid::fromString(id);
        event.seq = qint64(seq);
        event.at = QDateTime::fromString(at, Qt::ISODateWithMs);
        const std::optional<EventTopic> known = eventTopicFromName(topic);
        const QJsonObject payloadObject = payload.toObject();
        if (event.id.isNull() || id.size() != 36)
            e.fail(ErrorCode::BadValue, e.pathOf(QStringLiteral("id")), tr("Not a UUID."));
        else if (double(event.seq) != seq)
            e.fail(ErrorCode::BadValue, e.pathOf(QStringLiteral("seq")), tr("Not a whole number."));
        else if (!event.at.isValid() || event.at.timeSpec() != Qt::UTC)
            e.fail(ErrorCode::BadValue, e.pathOf(QStringLiteral("at")),
                   tr("Not a UTC time in ISO 8601 (…Z)."));
        else if (!known)
            e.fail(ErrorCode::UnknownKey, e.pathOf(QStringLiteral("topic")),
                   tr("An event type this centre does not know."));
        else if (event.object.isEmpty() || event.object.size() > kMaxObjectLength)
            e.fail(ErrorCode::BadValue, e.pathOf(QStringLiteral("object")),
                   tr("An object name is 1 to %1 characters.").arg(kMaxObjectLength));
        else if (QJsonDocument(payloadObject).toJson(QJsonDocument::Compact).size() >
                 kMaxPayloadBytes)
            e.fail(ErrorCode::BadValue, e.pathOf(QStringLiteral("payload")),
                   tr("The payload is larger than %1 bytes.").arg(kMaxPayloadBytes));
        else if (!batch.events.isEmpty() && event.seq != batch.events.last().seq + 1)
            e.fail(ErrorCode::BadValue, e.pathOf(QStringLiteral("seq")),
                   tr("The events of a batch are consecutive (%1 follows %2).")
                       .arg(event.seq)
                       .arg(batch.events.last().seq));
        if (fields.failed())
            break;
        event.topic = *known;
        event.payload = payloadObject;
        batch.events << event;
    }
    if (fields.failed())
        return *fields.error();
    return batch;
}

QByteArray PushAnswer::toJson() const {
    return QJsonDocument(QJsonObject{{QStringLiteral("station"), station},
                                     {QStringLiteral("heldThrough"), heldThrough}})
        .toJson(QJsonDocument::Compact);
}

Result<PushAnswer> PushAnswer::fromJson(const QByteArray &body) {
    Result<QJsonObject> root = JsonFields::parseObject(body);
    if (!root)
        return root.error();
    JsonFields fields(*root);
    fields.requireKeys({QStringLiteral("station"), QStringLiteral("heldThrough")});
    PushAnswer answer;
    double held = 0;
    fields.readString(QStringLiteral("station"), answer.station);
    fields.readNumber(QStringLiteral("heldThrough"), held, 0, kMaxExact);
    if (fields.failed())
        return *fields.error();
    answer.heldThrough = qint64(held);
    return answer;
}

} // namespace cc
