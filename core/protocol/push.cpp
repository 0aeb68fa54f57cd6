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

namespace {

// A JSON string literal of `text`.
void appendString(QByteArray &out, const QString &text) {
    out += QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

Error problem(ErrorCode code, qsizetype index, const char *key, const QString &message) {
    QString where = index < 0 ? QStringLiteral("$") : QStringLiteral("$.events[%1]").arg(index);
    if (*key)
        where += QLatin1Char('.') + QLatin1String(key);
    return Error{code, message, where};
}

// A payload is flat: strings of at most 256 characters, numbers, booleans.
bool flatPayload(const QJsonObject &payload) {
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (it.key().size() > 64 || v.isObject() || v.isArray() ||
            (v.isString() && v.toString().size() > 256))
            return false;
    }
    return true;
}

} // namespace

QByteArray PushBatch::toJson() const {
    // Built by hand: the payloads go out as the outbox holds them.
    QByteArray out;
    out.reserve(64 + events.size() * 256);
    out += "{\"station\":";
    appendString(out, station);
    out += ",\"events\":[";
    for (qsizetype i = 0; i < events.size(); ++i) {
        const PushedEvent &e = events[i];
        out += i ? ",{\"id\":\"" : "{\"id\":\"";
        out += e.id.toByteArray(QUuid::WithoutBraces);
        out += "\",\"seq\":";
        out += QByteArray::number(e.seq);
        out += ",\"at\":\"";
        out += e.at.toUTC().toString(Qt::ISODateWithMs).toLatin1();
        out += "\",\"topic\":\"";
        out += eventTopicName(e.topic).toLatin1();
        out += "\",\"object\":";
        appendString(out, e.object);
        out += ",\"payload\":";
        out += e.payload.isEmpty() ? QByteArray("{}") : e.payload;
        out += '}';
    }
    out += "]}";
    return out;
}

Result<PushBatch> PushBatch::fromJson(const QByteArray &body) {
    if (body.size() > kMaxBodyBytes)
        return problem(ErrorCode::BadValue, -1, "", tr("The batch is larger than the limit."));
    Result<QJsonObject> root = JsonFields::parseObject(body);
    if (!root)
        return root.error();
    if (root->size() != 2 || !root->value(QStringLiteral("station")).isString() ||
        !root->value(QStringLiteral("events")).isArray())
        return problem(ErrorCode::MissingField, -1, "events",
                       tr("A batch is {\"station\": …, \"events\": […]}."));
    PushBatch batch;
    batch.station = root->value(QStringLiteral("station")).toString();
    const QJsonArray list = root->value(QStringLiteral("events")).toArray();
    if (list.isEmpty())
        return problem(ErrorCode::MissingField, -1, "events",
                       tr("A batch holds at least one event."));
    if (list.size() > kMaxEvents)
        return problem(ErrorCode::BadValue, -1, "events",
                       tr("A batch holds at most %1 events.").arg(kMaxEvents));
    batch.events.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return problem(ErrorCode::WrongType, i, "", tr("Expected an object."));
        const QJsonObject o = list.at(i).toObject();
        const QJsonValue id = o.value(QStringLiteral("id")), seq = o.value(QStringLiteral("seq")),
                         at = o.value(QStringLiteral("at")),
                         topic = o.value(QStringLiteral("topic")),
                         object = o.value(QStringLiteral("object")),
                         payload = o.value(QStringLiteral("payload"));
        if (o.size() != 6 || !id.isString() || !seq.isDouble() || !at.isString() ||
            !topic.isString() || !object.isString())
            return problem(ErrorCode::MissingField, i, "",
                           tr("An event has exactly id, seq, at, topic, object and payload."));
        PushedEvent event;
        event.id = QUuid::fromString(id.toString());
        const double number = seq.toDouble();
        // In range before the conversion: a double beyond qint64 is undefined.
        event.seq = number >= 1 && number <= kMaxExact ? qint64(number) : 0;
        event.at = QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
        const std::optional<EventTopic> known = eventTopicFromName(topic.toString());
        event.object = object.toString();
        if (event.id.isNull() || id.toString().size() != 36)
            return problem(ErrorCode::BadValue, i, "id", tr("Not a UUID."));
        if (event.seq == 0 || double(event.seq) != number)
            return problem(ErrorCode::BadValue, i, "seq", tr("Not a whole number."));
        if (!event.at.isValid() || event.at.timeSpec() != Qt::UTC)
            return problem(ErrorCode::BadValue, i, "at", tr("Not a UTC time in ISO 8601 (…Z)."));
        if (!known)
            return problem(ErrorCode::UnknownKey, i, "topic",
                           tr("An event type this centre does not know."));
        // The centre's own: no station raises a flag, publishes a policy or
        // takes a pre-application.
        if (isCentreTopic(*known))
            return problem(ErrorCode::UnknownKey, i, "topic",
                           tr("Only the centre writes events of this type."));
        if (event.object.isEmpty() || event.object.size() > kMaxObjectLength)
            return problem(ErrorCode::BadValue, i, "object",
                           tr("An object name is 1 to %1 characters.").arg(kMaxObjectLength));
        if (!payload.isObject())
            return problem(ErrorCode::WrongType, i, "payload", tr("Expected an object."));
        if (payload.toObject().size() > kMaxPayloadKeys || !flatPayload(payload.toObject()))
            return problem(ErrorCode::BadValue, i, "payload",
                           tr("A payload has at most %1 fields, each a number, a boolean or a "
                              "string of at most 256 characters.")
                               .arg(kMaxPayloadKeys));
        if (!batch.events.isEmpty() && event.seq != batch.events.last().seq + 1)
            return problem(ErrorCode::BadValue, i, "seq",
                           tr("The events of a batch are consecutive (%1 follows %2).")
                               .arg(event.seq)
                               .arg(batch.events.last().seq));
        event.topic = *known;
        event.fields = payload.toObject();
        batch.events << event;
    }
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
