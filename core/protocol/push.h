#pragma once

#include "core/domain/result.h"
#include "core/protocol/syncevent.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace cc {

// One outbox event as it travels to the centre: its stable ID (made when it
// was appended, never reused), its place in the station's outbox order, when
// it happened, and the event itself.
struct PushedEvent {
    QUuid id;
    qint64 seq = 0; // the outbox row: 1, 2, 3 … without gaps
    QDateTime at;   // UTC
    EventTopic topic = EventTopic::ApplicationSubmitted;
    QString object;
    QByteArray payload; // a JSON object, compact, as the outbox holds it (station side)
    QJsonObject fields; // the payload as PushBatch::fromJson read it (centre side)
};

// POST /v1/events (docs/sync-protocol.md): the next events of one station,
// in outbox order, consecutive.
struct PushBatch {
    static constexpr int kMaxEvents = 1000;
    static constexpr int kMaxObjectLength = 64;
    static constexpr int kMaxPayloadKeys = 32;
    static constexpr qsizetype kMaxBodyBytes = 4 * 1024 * 1024;

    QString station;
    QList<PushedEvent> events;

    QByteArray toJson() const;
    // Reads and checks a body: exactly the keys of the protocol, a UUID,
    // consecutive sequence numbers, a known topic, an object for a payload,
    // bounded sizes. The first problem names its JSON path
    // ("$.events[3].topic"). The payloads are kept as read (`fields`), not
    // written again: the centre stores them from the same body.
    static Result<PushBatch> fromJson(const QByteArray &body);
};

// The centre's answer: every event of the station up to `heldThrough` is
// held there (this batch and all before it). The station marks those sent.
struct PushAnswer {
    QString station;
    qint64 heldThrough = 0;

    QByteArray toJson() const;
    static Result<PushAnswer> fromJson(const QByteArray &body);
};

} // namespace cc
