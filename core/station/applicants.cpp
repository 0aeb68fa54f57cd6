#include "core/station/applicants.h"

#include "core/domain/nationalid.h"
#include "core/domain/objects.h"
#include "core/ports/clock.h"
#include "core/station/auditlog.h"
#include "core/station/batches.h"
#include "core/station/outbox.h"
#include "core/station/rows.h"
#include "core/station/session.h"
#include "core/station/store.h"
#include "core/station/synclinks.h"

#include <QJsonDocument>

namespace cc {
namespace {

constexpr qsizetype kChunkSize = 2000;

// The personal columns of `persons`, in the order of the statements below.
constexpr const char *kPersonColumns[] = {"national_id", "name",  "name_latin", "birth_date",
                                          "address",     "phone", "photo"};

QList<QByteArray> personValues(const PersonData &p, const QString &normalizedId) {
    return {normalizedId.toUtf8(),
            p.name.toUtf8(),
            p.nameLatin.toUtf8(),
            p.birthDate.toString(Qt::ISODate).toUtf8(),
            p.address.toUtf8(),
            p.phone.toUtf8(),
            p.photo};
}

// Seals one column of one row; an empty optional value is stored as NULL.
Result<QVariant> sealed(const Session &session, const char *table, qint64 row, const char *column,
                        const QByteArray &value, bool required) {
    if (value.isEmpty() && !required)
        return QVariant();
    Result<QByteArray> s = session.seal(value, Session::fieldAad(table, row, column));
    if (!s)
        return s.error();
    return QVariant(*s);
}

Result<QByteArray> opened(const Session &session, const char *table, qint64 row, const char *column,
                          const QVariant &value) {
    if (value.isNull())
        return QByteArray();
    Result<QByteArray> o = session.open(value.toByteArray(), Session::fieldAad(table, row, column));
    if (!o)
        return Error{ErrorCode::IntegrityFailed,
                     Applicants::tr("A stored value does not open: it was altered or copied "
                                    "from another record."),
                     QStringLiteral("%1:%2/%3")
                         .arg(QLatin1String(table))
                         .arg(row)
                         .arg(QLatin1String(column))};
    return o;
}

Result<qint64> nextId(Store &store, QSqlDatabase &db, const QString &table) {
    Result<QSqlQuery *> q =
        store.exec(db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM ") + table);
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    query.next();
    return query.value(0).toLongLong();
}

} // namespace

// Inside one write transaction (the lock held), the next row IDs are read
// once and counted on, and the audit entries are appended after the rows.
struct Applicants::Pending {
    qint64 nextPerson = 0;
    qint64 nextApplication = 0;
    QList<AuditEvent> audit;
    QByteArray holderKey; // the city's, to name the person to the centre

    Status load(Store &store, QSqlDatabase &db, const Session &session) {
        Result<qint64> person = nextId(store, db, QStringLiteral("persons"));
        if (!person)
            return person.error();
        Result<qint64> application = nextId(store, db, QStringLiteral("applications"));
        if (!application)
            return application.error();
        Result<QByteArray> key = SyncLinks::holderKeyIn(store, db, session);
        if (!key)
            return key.error();
        nextPerson = *person;
        nextApplication = *application;
        holderKey = *key;
        return Done{};
    }
};

Applicants::Applicants(Store &store, AuditLog &audit, const Clock &clock)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock) {}

Status Applicants::validate(const PersonData &person) {
    const NationalId::Check id = NationalId::check(person.nationalId);
    if (!id.valid())
        return Error{ErrorCode::BadValue, id.message, QStringLiteral("nationalId")};
    if (person.name.trimmed().isEmpty())
        return Error{ErrorCode::MissingField, tr("The name is missing."), QStringLiteral("name")};
    if (!person.birthDate.isValid())
        return Error{ErrorCode::MissingField, tr("The birth date is missing."),
                     QStringLiteral("birthDate")};
    return Done{};
}

Result<qint64> Applicants::submit(const Session &session, const PersonData &person,
                                  const ApplicationData &application) {
    const QString action = QStringLiteral("application.submit");
    if (Status ok = m_audit.authorize(session, Permission::HandleApplicants, action,
                                      QStringLiteral("application:?"));
        !ok)
        return ok.error();
    if (Status ok = validate(person); !ok)
        return ok.error();
    Result<qint64> id = Error{};
    Status written = m_store.write([&](QSqlDatabase &db) -> Status {
        Pending pending;
        if (Status ok = pending.load(m_store, db, session); !ok)
            return ok;
        id = insert(db, session, person, application, m_clock.nowUtc().toString(Qt::ISODateWithMs),
                    pending);
        if (!id)
            return id.error();
        return m_audit.appendAll(db, pending.audit, &session);
    });
    if (!written)
        return written.error();
    return id;
}

Status Applicants::submitMany(const Session &session, const QList<Item> &items,
                              const std::function<void(qsizetype)> &progress) {
    const QString action = QStringLiteral("application.submit");
    if (Status ok = m_audit.authorize(session, Permission::HandleApplicants, action,
                                      QStringLiteral("application:?"));
        !ok)
        return ok;
    for (qsizetype i = 0; i < items.size(); ++i)
        if (Status ok = validate(items[i].first); !ok)
            return Error{ok.error().code, ok.error().message,
                         QStringLiteral("item %1/%2").arg(i + 1).arg(ok.error().where)};
    for (qsizetype start = 0; start < items.size(); start += kChunkSize) {
        const qsizetype end = std::min(items.size(), start + kChunkSize);
        Status written = m_store.write([&](QSqlDatabase &db) -> Status {
            const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
            Pending pending;
            if (Status ok = pending.load(m_store, db, session); !ok)
                return ok;
            for (qsizetype i = start; i < end; ++i)
                if (Result<qint64> id =
                        insert(db, session, items[i].first, items[i].second, now, pending);
                    !id)
                    return Error{id.error().code, id.error().message,
                                 QStringLiteral("item %1").arg(i + 1)};
            return m_audit.appendAll(db, pending.audit, &session);
        });
        if (!written)
            return written;
        if (progress)
            progress(end);
    }
    return Done{};
}

Result<qint64> Applicants::insert(QSqlDatabase &db, const Session &session,
                                  const PersonData &person, const ApplicationData &application,
                                  const QString &now, Pending &pending) {
    const QString normalizedId = NationalId::check(person.nationalId).normalized;
    const QByteArray tag = session.lookupTag(normalizedId);
    Result<QSqlQuery *> found =
        m_store.exec(db, QStringLiteral("SELECT id FROM persons WHERE id_lookup = ?"), {tag});
    if (!found)
        return found.error();
    QSqlQuery &foundQuery = *found.value();
    const bool exists = foundQuery.next();
    qint64 personId = exists ? foundQuery.value(0).toLongLong() : 0;
    foundQuery.finish();
    if (!exists)
        personId = pending.nextPerson++;
    QVariantList columns;
    const QList<QByteArray> values = personValues(person, normalizedId);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const bool required = i == 0 || i == 1 || i == 3; // ID, name, birth date
        Result<QVariant> s =
            sealed(session, "persons", personId, kPersonColumns[i], values[i], required);
        if (!s)
            return s.error();
        columns << *s;
    }
    Status saved =
        exists ? m_store.run(db,
                             QStringLiteral("UPDATE persons SET national_id = ?, name = ?, "
                                            "name_latin = ?, birth_date = ?, address = ?, "
                                            "phone = ?, photo = ?, updated_at = ? WHERE id = ?"),
                             columns + QVariantList{now, personId})
               : m_store.run(db,
                             QStringLiteral("INSERT INTO persons (national_id, name, name_latin, "
                                            "birth_date, address, phone, photo, updated_at, id, "
                                            "id_lookup, created_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             columns + QVariantList{now, personId, tag, now});
    if (!saved)
        return saved.error();

    if (application.batchId) {
        Result<BatchStatus> batch = Batches::statusIn(m_store, db, *application.batchId);
        if (!batch)
            return batch.error();
        if (*batch != BatchStatus::Open)
            return Error{ErrorCode::WrongState,
                         tr("The batch is no longer open; applications cannot be added."),
                         Objects::batch(*application.batchId)};
    }
    const qint64 applicationId = pending.nextApplication++;
    Result<QVariant> documents =
        sealed(session, "applications", applicationId, "documents",
               application.documents.isEmpty()
                   ? QByteArray()
                   : QJsonDocument(application.documents).toJson(QJsonDocument::Compact),
               false);
    if (!documents)
        return documents.error();
    const QString type = CardTypes::code(application.cardType);
    if (Status q = m_store.run(
            db,
            QStringLiteral("INSERT INTO applications (id, person_id, batch_id, kind, card_type, "
                           "status, documents, created_by, created_at, updated_at, valid_until, "
                           "fee, replaces_card, recheck_pending, consent_at) "
                           "VALUES (?, ?, ?, ?, ?, 'received', ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {applicationId, personId,
             application.batchId ? QVariant(*application.batchId) : QVariant(), application.kind,
             type, *documents, session.operatorId(), now, now,
             application.validUntil.isValid()
                 ? QVariant(application.validUntil.toString(Qt::ISODate))
                 : QVariant(),
             application.fee,
             application.replacesCard.isEmpty() ? QVariant() : QVariant(application.replacesCard),
             application.recheckPending ? 1 : 0, application.consent ? QVariant(now) : QVariant()});
        !q)
        return q.error();
    const QString object = Objects::application(applicationId);
    // The central service hears of it through the outbox, in the same transaction.
    if (Status q = Outbox(m_store).append(
            db, now,
            SyncEvent::applicationSubmitted(applicationId, personId, application.cardType,
                                            application.kind,
                                            SyncLinks::holderOf(pending.holderKey, normalizedId)));
        !q)
        return q.error();
    pending.audit.append({session.username(), QStringLiteral("application.submit"), object,
                          QStringLiteral("ok"),
                          Objects::person(personId) + QStringLiteral(" type=") + type});
    return applicationId;
}

Result<std::optional<ApplicantRecord>> Applicants::readApplicant(QSqlDatabase &db,
                                                                 const Session &session,
                                                                 const QString &column,
                                                                 const QVariant &value) {
    Result<QSqlQuery *> q = m_store.exec(
        db,
        QStringLiteral("SELECT id, national_id, name, name_latin, birth_date, address, phone, "
                       "photo FROM persons WHERE %1 = ?")
            .arg(column),
        {value});
    if (!q)
        return q.error();
    RowReader person(**q, QStringLiteral("persons"));
    if (!person.next())
        return std::optional<ApplicantRecord>{};
    ApplicantRecord r;
    r.personId = person.integer("id");
    QList<QByteArray> clear;
    for (const char *column : kPersonColumns) {
        Result<QByteArray> o = opened(session, "persons", r.personId, column, person.value(column));
        if (!o)
            return o.error();
        clear << *o;
    }
    r.person = {QString::fromUtf8(clear[0]),
                QString::fromUtf8(clear[1]),
                QString::fromUtf8(clear[2]),
                QDate::fromString(QString::fromUtf8(clear[3]), Qt::ISODate),
                QString::fromUtf8(clear[4]),
                QString::fromUtf8(clear[5]),
                clear[6]};
    (*q)->finish();
    Result<QSqlQuery *> apps = m_store.exec(
        db,
        QStringLiteral("SELECT id, card_type, kind, status, documents, created_at FROM "
                       "applications WHERE person_id = ? ORDER BY id"),
        {r.personId});
    if (!apps)
        return apps.error();
    RowReader a(**apps, QStringLiteral("applications"));
    while (a.next()) {
        ApplicationRecord app;
        app.id = a.integer("id");
        const Result<CardType> type = a.cardType("card_type");
        const Result<ApplicationStatus> status = a.applicationStatus("status");
        if (!type || !status)
            return type ? status.error() : type.error();
        app.cardType = *type;
        app.kind = a.text("kind");
        app.status = *status;
        Result<QByteArray> docs =
            opened(session, "applications", app.id, "documents", a.value("documents"));
        if (!docs)
            return docs.error();
        app.documents = QJsonDocument::fromJson(*docs).object();
        app.createdAt = QDateTime::fromString(a.text("created_at"), Qt::ISODateWithMs);
        r.applications << app;
    }
    return std::optional<ApplicantRecord>{std::move(r)};
}

Result<ApplicantRecord> Applicants::forApplication(const Session &session, qint64 applicationId) {
    if (Status ok = session.require(Permission::HandleApplicants); !ok)
        return ok.error();
    std::optional<ApplicantRecord> found;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db, QStringLiteral("SELECT person_id FROM applications WHERE id = ?"), {applicationId});
        if (!q)
            return q.error();
        if (!(*q)->next())
            return Error{ErrorCode::NotFound, tr("There is no such application."),
                         Objects::application(applicationId)};
        const qint64 personId = (*q)->value(0).toLongLong();
        (*q)->finish();
        Result<std::optional<ApplicantRecord>> r =
            readApplicant(db, session, QStringLiteral("id"), personId);
        if (!r)
            return r.error();
        found = std::move(*r);
        return Done{};
    });
    if (!read)
        return read.error();
    if (!found)
        return Error{ErrorCode::NotFound, tr("There is no such applicant."),
                     Objects::application(applicationId)};
    return std::move(*found);
}

Result<std::optional<ApplicantRecord>> Applicants::findByNationalId(const Session &session,
                                                                    const QString &nationalId) {
    const QString action = QStringLiteral("applicant.find");
    if (Status ok = m_audit.authorize(session, Permission::HandleApplicants, action,
                                      QStringLiteral("person:?"));
        !ok)
        return ok.error();
    const NationalId::Check id = NationalId::check(nationalId);
    if (!id.valid())
        return Error{ErrorCode::BadValue, id.message, QStringLiteral("nationalId")};

    std::optional<ApplicantRecord> found;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<std::optional<ApplicantRecord>> r = readApplicant(
            db, session, QStringLiteral("id_lookup"), session.lookupTag(id.normalized));
        if (!r)
            return r.error();
        found = std::move(*r);
        return Done{};
    });
    if (!read) {
        if (read.error().code == ErrorCode::IntegrityFailed)
            (void)m_audit.record({session.username(), action, read.error().where,
                                  QStringLiteral("failed"), errorCodeName(read.error().code)},
                                 &session);
        return read.error();
    }
    if (Status ok =
            m_audit.record({session.username(), action,
                            found ? Objects::person(found->personId) : QStringLiteral("person:?"),
                            found ? QStringLiteral("ok") : QStringLiteral("not-found")},
                           &session);
        !ok)
        return ok.error();
    return found;
}

} // namespace cc
