#pragma once

#include "core/domain/cardtype.h"
#include "core/domain/result.h"
#include "core/domain/states.h"
#include "core/station/auditlog.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace cc {

class AuditLog;
class Clock;
class Session;
class Store;

// An applicant's personal data, in clear: it exists like this only in memory.
struct PersonData {
    QString nationalId;
    QString name;
    QString nameLatin;
    QDate birthDate;
    QString address;
    QString phone;
    QByteArray photo; // image file bytes

    friend bool operator==(const PersonData &, const PersonData &) = default;
};

struct ApplicationData {
    CardType cardType = CardType::General;
    QString kind = QStringLiteral("new"); // new, replacement-lost, replacement-damaged, …
    QJsonObject documents; // document numbers, disability facts: sealed with the rest
    std::optional<qint64> batchId;
    QDate validUntil;            // the card's expiry; invalid for none
    int fee = 0;                 // NT$ charged (replacements)
    bool feeWaived = false;      // not paid: the reason is in `documents` ("feeWaiver")
    QString replacesCard;        // the card number a replacement or conversion replaces
    bool recheckPending = false; // eligibility rests on documents seen offline
    bool consent = false;        // consent to the use of sensitive data recorded
    // A roster's application: a person the store already holds keeps the
    // details stored (address, phone, photo, the name as spelled at the
    // counter) instead of the roster's.
    bool keepStoredPerson = false;
    // Collected one by one at a counter: refused unless the batch is still
    // open (checked in the write, so a decision made meanwhile is not undone).
    bool onlyIntoOpenBatch = false;
    // The pre-application made online that this application finishes
    // (PreApplications): marked collected in the same write, once.
    QString preApplication;
    // Documents taken over the registry's answer by a supervisor (the reason
    // is in `documents`): audited as registry.override in the same write.
    bool registryOverride = false;
};

struct ApplicationRecord {
    qint64 id = 0;
    CardType cardType = CardType::General;
    QString kind;
    ApplicationStatus status = ApplicationStatus::Received;
    QJsonObject documents;
    QDateTime createdAt;
    int fee = 0; // NT$ due (replacements)
    bool feeWaived = false;
};

// A person a search found: enough to tell namesakes apart at the counter.
struct ApplicantMatch {
    qint64 personId = 0;
    QString nationalId;
    QString name;
    QString nameLatin;
    QDate birthDate;
};

// One audit entry of an applicant's history.
struct ApplicantEvent {
    QDateTime at;
    QString operatorName;
    QString action;
    QString object;
    QString outcome;
    QString detail;
};

struct ApplicantRecord {
    qint64 personId = 0;
    PersonData person;
    QList<ApplicationRecord> applications;
};

// Taking applications and finding applicants: the use cases that read and
// write personal data, sealing every personal column (Session::seal) and
// finding people by the HMAC of their ID number.
class Applicants {
    Q_DECLARE_TR_FUNCTIONS(Applicants)

public:
    Applicants(Store &store, AuditLog &audit, const Clock &clock);

    // Records the person (or updates them, matched by ID number) and a new
    // application; returns the application id.
    Result<qint64> submit(const Session &session, const PersonData &person,
                          const ApplicationData &application);

    // The same for many, committed in chunks (a crash loses at most the chunk
    // in progress); `progress` gets the number done after each chunk.
    using Item = std::pair<PersonData, ApplicationData>;
    Status submitMany(const Session &session, const QList<Item> &items,
                      const std::function<void(qsizetype)> &progress = {});
    // The same in one transaction: all of them or, on any refusal, none
    // (a roster import).
    // `closing`, when given, is audited last in the same transaction.
    Status submitAll(const Session &session, const QList<Item> &items,
                     const std::optional<AuditEvent> &closing = std::nullopt);

    // The applicant with this ID number and their applications, or nothing.
    Result<std::optional<ApplicantRecord>> findByNationalId(const Session &session,
                                                            const QString &nationalId);

    // The holder of card `text` when it is a card number (spaces allowed),
    // else the people whose name or Latin name is `text` as a search
    // compares names (PersonNames::searchKey); at most `limit`. Audited
    // (applicant.find, "by=card|name matches=N"): never the name searched.
    Result<QList<ApplicantMatch>> search(const Session &session, const QString &text,
                                         int limit = 50);

    // The audit entries of `applicant`, their applications, the production
    // of those and `cardNumbers`, oldest first (read by index on the object).
    Result<QList<ApplicantEvent>> eventsOf(const Session &session, const ApplicantRecord &applicant,
                                           const QStringList &cardNumbers);

    // The applicant an application belongs to (the use case that calls it
    // audits what it does with the data).
    Result<ApplicantRecord> forApplication(const Session &session, qint64 applicationId);

    // The photo of the applicant of `applicationId`, taken again at the
    // counter before its card is made (a replacement or conversion whose
    // stored photo is out of date): replaces the stored one, audited. Refused
    // once the application is no longer waiting for its card.
    Status replacePhoto(const Session &session, qint64 applicationId, const QByteArray &photo);
    // An application still waiting for its card at the counter (received, in
    // no batch: a batch takes its members out itself) is withdrawn: cancelled,
    // no longer re-checked, audited, and the centre told. Refused
    // (WrongState) once its card is being made or made.
    Status withdraw(const Session &session, qint64 applicationId);

    static Status validate(const PersonData &person);

private:
    Result<std::optional<ApplicantRecord>> readApplicant(QSqlDatabase &db, const Session &session,
                                                         const QString &column,
                                                         const QVariant &value);
    // Items [start, end) in one write transaction; the last application's ID.
    // With `nameItems` (submitMany), errors name the item ("item 7") or the
    // chunk ("items 1-10000").
    Status submitInChunks(const Session &session, const QList<Item> &items, qsizetype chunk,
                          const std::function<void(qsizetype)> &progress,
                          const std::optional<AuditEvent> &closing);
    Result<qint64> write(const Session &session, const QList<Item> &items, qsizetype start,
                         qsizetype end, bool nameItems,
                         const std::optional<AuditEvent> &closing = std::nullopt);

    Store &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace cc
