#include "core/protocol/changes.h"

#include "core/domain/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cc {
namespace {

Error bad(const QString &where, const char *message) {
    return Error{ErrorCode::BadValue, QCoreApplication::translate("ChangesPage", message), where};
}

} // namespace

QByteArray ChangesPage::toJson() const {
    QJsonArray list;
    for (const Change &c : changes)
        list.append(QJsonObject{{QStringLiteral("station"), c.station},
                                {QStringLiteral("topic"), eventTopicName(c.topic)},
                                {QStringLiteral("object"), c.object},
                                {QStringLiteral("payload"), c.payload}});
    return QJsonDocument(
               QJsonObject{{QStringLiteral("changes"), list}, {QStringLiteral("next"), next}})
        .toJson(QJsonDocument::Compact);
}

Result<ChangesPage> ChangesPage::fromJson(const QByteArray &body) {
    if (body.size() > kMaxBodyBytes)
        return bad(QStringLiteral("$"), QT_TRANSLATE_NOOP("ChangesPage", "The page is too large."));
    Result<QJsonObject> root = JsonFields::parseObject(body);
    if (!root)
        return root.error();
    const QJsonValue list = root->value(QStringLiteral("changes")),
                     next = root->value(QStringLiteral("next"));
    if (root->size() != 2 || !list.isArray() || !next.isString() || next.toString().isEmpty() ||
        next.toString().size() > 80)
        return bad(QStringLiteral("$"),
                   QT_TRANSLATE_NOOP("ChangesPage", "A page is {\"changes\": […], \"next\": …}."));
    if (list.toArray().size() > kMaxChanges)
        return bad(QStringLiteral("$.changes"),
                   QT_TRANSLATE_NOOP("ChangesPage", "More changes than a page holds."));
    ChangesPage page;
    page.next = next.toString();
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("$.changes[%1]").arg(i);
        const QJsonObject o = array[i].toObject();
        const std::optional<EventTopic> topic =
            eventTopicFromName(o.value(QStringLiteral("topic")).toString());
        Change c{o.value(QStringLiteral("station")).toString(),
                 topic.value_or(EventTopic::CardIssued),
                 o.value(QStringLiteral("object")).toString(),
                 o.value(QStringLiteral("payload")).toObject()};
        if (!array[i].isObject() || o.size() != 4 || !o.value(QStringLiteral("payload")).isObject())
            return bad(at, QT_TRANSLATE_NOOP("ChangesPage",
                                             "A change has station, topic, object and payload."));
        if (!topic)
            continue; // a newer centre's: this station has nothing to do with it
        if (c.station.isEmpty() || c.station.size() > 32 || c.object.isEmpty() ||
            c.object.size() > 64)
            return bad(at,
                       QT_TRANSLATE_NOOP("ChangesPage", "A change names its station and object."));
        page.changes.append(std::move(c));
    }
    return page;
}

} // namespace cc
