#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

class QSqlDatabase;

namespace cc {

class AuditLog;
class Clock;
class Session;
class Store;

// What a supervisor must look at: a person with a second active personal
// card (the centre saw it), an offline application the registry disagrees
// with (the re-check). Facts are codes, card numbers and stations, never a
// name or an ID number.
enum class FlagKind { Conflict, Recheck };

struct Flag {
    qint64 id = 0;
    QString key; // "centre:17", "recheck:application:12": raised once
    FlagKind kind = FlagKind::Conflict;
    QString object;
    QJsonObject facts;
    QDateTime raisedAt;
    QDateTime resolvedAt; // invalid while open
    QString resolvedBy;
    QString resolution;

    bool isOpen() const { return !resolvedAt.isValid(); }
};

class Flags {
    Q_DECLARE_TR_FUNCTIONS(Flags)

public:
    Flags(Store &store, AuditLog &audit, const Clock &clock);

    // Inside the caller's write transaction; a key raised before is left as
    // it is (a page pulled again raises nothing twice).
    Status raiseIn(QSqlDatabase &db, const QString &key, FlagKind kind, const QString &object,
                   const QJsonObject &facts, const QString &now);
    // Supervisors only; newest first.
    Result<QList<Flag>> list(const Session &session, bool openOnly);
    Result<qint64> openCount();
    // "Resolved, because …": audited; a flag of the centre's is resolved
    // there too (flag.resolved, through the outbox).
    Status resolve(const Session &session, qint64 id, const QString &because);

    static QString kindCode(FlagKind kind);
    static std::optional<FlagKind> kindFromCode(QStringView code);
    // The flag in the supervisor's words, from its facts.
    static QString describe(const Flag &flag);

private:
    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace cc
