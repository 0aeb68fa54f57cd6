#pragma once

#include "core/domain/result.h"
#include "core/protocol/syncevent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cc {

// One change the centre passes on: an event another station pushed
// (card.issued, card.linked, card.blocked, card.cancelled), or a flag the
// centre raised for this station (flag.raised, station "centre").
struct Change {
    QString station;
    EventTopic topic = EventTopic::CardIssued;
    QString object;
    QJsonObject payload;
};

// GET /v1/changes (docs/sync-protocol.md): a page of changes and the cursor
// to ask from next.
struct ChangesPage {
    static constexpr int kMaxChanges = 1000;
    static constexpr qsizetype kMaxBodyBytes = 4 * 1024 * 1024;

    QList<Change> changes;
    QString next;

    QByteArray toJson() const;
    // Errors name the JSON path ("$.changes[3]"). A change of a topic this
    // station does not know (a newer centre's) is left out, not an error:
    // the cursor moves past it.
    static Result<ChangesPage> fromJson(const QByteArray &body);
};

} // namespace cc
