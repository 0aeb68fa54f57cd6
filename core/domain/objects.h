#pragma once

#include <QDate>
#include <QString>

namespace cc {

// The names the audit log and the outbox give what an entry is about:
// "application:12", "attempt:7", "card:0301000000000014", "batch:3",
// "person:5". The central service reads them; spell them only here.
namespace Objects {
inline QString application(qint64 id) {
    return QStringLiteral("application:%1").arg(id);
}
inline QString day(const QDate &date) {
    return QStringLiteral("day:") + date.toString(Qt::ISODate);
}
inline QString attempt(qint64 id) {
    return QStringLiteral("attempt:%1").arg(id);
}
inline QString card(const QString &number) {
    return QStringLiteral("card:") + number;
}
inline QString batch(qint64 id) {
    return QStringLiteral("batch:%1").arg(id);
}
inline QString person(qint64 id) {
    return QStringLiteral("person:%1").arg(id);
}
} // namespace Objects

} // namespace cc
