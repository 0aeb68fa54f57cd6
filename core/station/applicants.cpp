#include "core/station/applicants.h"

#include "core/domain/cardnumber.h"
#include "core/domain/nationalid.h"
#include "core/domain/objects.h"
#include "core/ports/clock.h"
#include "core/station/applicantrows.h"
#include "core/station/auditlog.h"
#include "core/station/outbox.h"
#include "core/station/rows.h"
#include "core/station/session.h"
#include "core/station/store.h"
#include "core/station/synclinks.h"

#include <QJsonDocument>

namespace cc {
namespace {

// Applications per write transaction in submitMany: a crash loses at most one.
constexpr qsizetype kChunkSize = 10000;
// Applications staged in memory before they are written, within a transaction.
constexpr qsizetype kFlushSize = 2000;

// The personal columns of `persons`, in the order readApplicant reads them.
constexpr const char *kPersonColumns[] = {"national_id", "name",  "name_latin", "birth_date",
                                          "address",     "phone", "photo"};

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

} // namespace

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
    return write(session, {{person, application}}, 0, 1, false);
}

Status Applicants::submitMany(const Session &session, const QList<Item> &items,
                              const std::function<void(qsizetype)> &progress) {
    return submitInChunks(session, items, kChunkSize, progress, std::nullopt);
}

Status Applicants::submitAll(const Session &session, const QList<Item> &items,
                             const std::optional<AuditEvent> &closing) {
    return submitInChunks(session, items, std::max<qsizetype>(1, items.size()), {}, closing);
}

Status Applicants::submitInChunks(const Session &session, const QList<Item> &items, qsizetype chunk,
                                  const std::function<void(qsizetype)> &progress,
                                  const std::optional<AuditEvent> &closing) {
    const QString action = QStringLiteral("application.submit");
    if (Status ok = m_audit.authorize(session, Permission::HandleApplicants, action,
                                      QStringLiteral("application:?"));
        !ok)
        return ok;
    for (qsizetype i = 0; i < items.size(); ++i)
        if (Status ok = validate(items[i].first); !ok)
            return Error{ok.error().code, ok.error().message,
                         QStringLiteral("item %1/%2").arg(i + 1).arg(ok.error().where)};
    for (qsizetype start = 0; start < items.size(); start += chunk) {
        const qsizetype end = std::min(items.size(), start + chunk);
        if (Result<qint64> written = write(session, items, start, end, true,
                                           end == items.size() ? closing : std::nullopt);
            !written)
            return written.error();
        if (progress)
            progress(end);
    }
    return Done{};
}

Result<qint64> Applicants::write(const Session &session, const QList<Item> &items, qsizetype start,
                                 qsizetype end, bool nameItems,
                                 const std::optional<AuditEvent> &closing) {
    // What failed, named by the item (or the items of the chunk) for submitMany.
    const auto at = [&](const Error &e, qsizetype first, qsizetype last) {
        if (!nameItems)
            return e;
        return Error{e.code, e.message,
                     first + 1 == last ? QStringLiteral("item %1").arg(last)
                                       : QStringLiteral("items %1-%2").arg(first + 1).arg(last)};
    };
    qint64 last = 0;
    Status written = m_store.write([&](QSqlDatabase &db) -> Status {
        ApplicantRows rows(m_store, session, m_clock.nowUtc().toString(Qt::ISODateWithMs));
        QStringList ids;
        for (qsizetype i = start; i < end; ++i)
            ids << NationalId::check(items[i].first.nationalId).normalized;
        if (Status ok = rows.load(db, ids); !ok)
            return at(ok.error(), start, end);
        // Written every kFlushSize items, so a long transaction (a roster
        // imported whole) holds a bounded amount staged. The rows go in many
        // to a statement: a refusal there names the items flushed.
        qsizetype staged = start;
        for (qsizetype i = start; i < end; ++i) {
            Result<qint64> id = rows.add(db, i - start, items[i].first, items[i].second);
            if (!id)
                return at(id.error(), i, i + 1);
            last = *id;
            if (i + 1 - staged < kFlushSize && i + 1 < end)
                continue;
            if (Status ok = rows.flush(db); !ok)
                return at(ok.error(), staged, i + 1);
            if (Status ok = m_audit.appendAll(db, rows.takeAudit(), &session); !ok)
                return ok;
            staged = i + 1;
        }
        if (closing)
            return m_audit.append(db, *closing, &session);
        return Done{};
    });
    if (!written)
        return written.error();
    return last;
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
        QStringLiteral("SELECT id, card_type, kind, status, documents, created_at, fee, "
                       "fee_waived FROM applications WHERE person_id = ? ORDER BY id"),
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
        app.fee = int(a.integer("fee"));
        app.feeWaived = a.integer("fee_waived") != 0;
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

Status Applicants::replacePhoto(const Session &session, qint64 applicationId,
                                const QByteArray &photo) {
    const QString action = QStringLiteral("applicant.photo");
    const QString object = Objects::application(applicationId);
    if (Status ok = m_audit.authorize(session, Permission::HandleApplicants, action, object); !ok)
        return ok;
    if (photo.isEmpty())
        return Error{ErrorCode::MissingField, tr("Take or choose the applicant's photo first."),
                     QStringLiteral("photo")};
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    return m_store.write([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db, QStringLiteral("SELECT person_id, status FROM applications WHERE id = ?"),
            {applicationId});
        if (!q)
            return q.error();
        if (!(*q)->next())
            return Error{ErrorCode::NotFound, tr("There is no such application."), object};
        const qint64 personId = (*q)->value(0).toLongLong();
        const QString status = (*q)->value(1).toString();
        (*q)->finish();
        if (status != States::code(ApplicationStatus::Received) &&
            status != States::code(ApplicationStatus::InProduction))
            return Error{ErrorCode::WrongState,
                         tr("Application %1 is no longer waiting for its card: its photo stays "
                            "as printed.")
                             .arg(applicationId),
                         object};
        Result<QByteArray> sealed =
            session.seal(photo, Session::fieldAad("persons", personId, "photo"));
        if (!sealed)
            return sealed.error();
        if (Status ok = m_store.run(
                db, QStringLiteral("UPDATE persons SET photo = ?, updated_at = ? WHERE id = ?"),
                {*sealed, now, personId});
            !ok)
            return ok;
        return m_audit.append(
            db,
            {session.username(), action, object, QStringLiteral("ok"), QStringLiteral("retaken")},
            &session);
    });
}

Status Applicants::withdraw(const Session &session, qint64 applicationId) {
    const QString action = QStringLiteral("application.withdraw");
    const QString object = Objects::application(applicationId);
    if (Status ok = m_audit.authorize(session, Permission::HandleApplicants, action, object); !ok)
        return ok;
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    return m_store.write([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("UPDATE applications SET status = 'cancelled', recheck_pending = 0, "
                           "updated_at = ? WHERE id = ? AND status = 'received' AND batch_id IS "
                           "NULL RETURNING kind"),
            {now, applicationId});
        if (!q)
            return q.error();
        if (!(*q)->next())
            return Error{ErrorCode::WrongState,
                         tr("Application %1 is not waiting for its card at the counter: it "
                            "cannot be withdrawn.")
                             .arg(applicationId),
                         object};
        const QString kind = (*q)->value(0).toString();
        (*q)->finish();
        if (Status ok =
                Outbox(m_store).append(db, now, SyncEvent::applicationWithdrawn(applicationId));
            !ok)
            return ok;
        return m_audit.append(db,
                              {session.username(), action, object, QStringLiteral("ok"),
                               QStringLiteral("kind=") + kind},
                              &session);
    });
}

Result<QList<ApplicantMatch>> Applicants::search(const Session &session, const QString &text,
                                                 int limit) {
    const QString action = QStringLiteral("applicant.find");
    if (Status ok = m_audit.authorize(session, Permission::HandleApplicants, action,
                                      QStringLiteral("person:?"));
        !ok)
        return ok.error();
    QString digits = text;
    digits.remove(QLatin1Char(' '));
    const bool byCard =
        digits.size() == CardNumber::kLength &&
        std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    const QByteArray tag = byCard ? QByteArray() : session.nameTag(text);
    if (!byCard && tag.isEmpty())
        return Error{ErrorCode::MissingField, tr("Type a name or a card number to search for."),
                     QStringLiteral("search")};
    const QString columns =
        QStringLiteral("p.id, p.national_id, p.name, p.name_latin, p.birth_date FROM persons p");
    const QString sql =
        byCard ? QStringLiteral("SELECT %1 JOIN cards c ON c.person_id = p.id WHERE "
                                "c.card_number = ? LIMIT ?")
                     .arg(columns)
               : QStringLiteral("SELECT %1 WHERE p.name_lookup = ? OR p.name_latin_lookup = ? "
                                "ORDER BY p.id LIMIT ?")
                     .arg(columns);
    QList<ApplicantMatch> found;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db, sql, byCard ? QVariantList{digits, limit} : QVariantList{tag, tag, limit});
        if (!q)
            return q.error();
        RowReader row(**q, QStringLiteral("persons"));
        while (row.next()) {
            ApplicantMatch m;
            m.personId = row.integer("id");
            QList<QByteArray> clear;
            for (const char *column : {"national_id", "name", "name_latin", "birth_date"}) {
                Result<QByteArray> o =
                    opened(session, "persons", m.personId, column, row.value(column));
                if (!o)
                    return o.error();
                clear << *o;
            }
            m.nationalId = QString::fromUtf8(clear[0]);
            m.name = QString::fromUtf8(clear[1]);
            m.nameLatin = QString::fromUtf8(clear[2]);
            m.birthDate = QDate::fromString(QString::fromUtf8(clear[3]), Qt::ISODate);
            found << m;
        }
        return Done{};
    });
    if (!read)
        return read.error();
    if (Status ok = m_audit.record(
            {session.username(), action, QStringLiteral("person:?"), QStringLiteral("ok"),
             QStringLiteral("by=%1 matches=%2").arg(byCard ? u"card" : u"name").arg(found.size())},
            &session);
        !ok)
        return ok.error();
    return found;
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
