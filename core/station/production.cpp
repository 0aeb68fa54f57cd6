#include "core/station/production.h"

#include "core/domain/cardnumber.h"
#include "core/domain/objects.h"
#include "core/ports/clock.h"
#include "core/station/auditlog.h"
#include "core/station/batches.h"
#include "core/station/outbox.h"
#include "core/station/rows.h"
#include "core/station/session.h"
#include "core/station/station.h"
#include "core/station/store.h"

namespace cc {

Production::Production(Store &store, AuditLog &audit, const Clock &clock)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock) {}

Result<ProductionAttempt> Production::begin(const Session &session, qint64 applicationId,
                                            Carrier carrier) {
    const QString action = QStringLiteral("production.begin");
    const QString appObject = Objects::application(applicationId);
    if (Status ok = m_audit.authorize(session, Permission::ProduceCards, action, appObject); !ok)
        return ok.error();
    ProductionAttempt attempt{0, applicationId, {}, carrier, IssuanceStep::Requested};
    Status written = m_store.write([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> app =
            m_store.exec(db, QStringLiteral("SELECT id, status FROM applications WHERE id = ?"),
                         {applicationId});
        if (!app)
            return app.error();
        RowReader appRow(**app, QStringLiteral("applications"));
        if (!appRow.next())
            return Error{ErrorCode::NotFound, tr("There is no such application."), appObject};
        const Result<ApplicationStatus> status = appRow.applicationStatus("status");
        (*app)->finish();
        if (!status)
            return status.error();
        if (*status != ApplicationStatus::Received && *status != ApplicationStatus::InProduction)
            return Error{ErrorCode::WrongState,
                         tr("The application is %1; no card can be produced for it.")
                             .arg(States::displayName(*status)),
                         appObject};
        if (Status ok = Batches::startProductionIn(m_store, m_audit, db, session, applicationId);
            !ok)
            return ok;
        Result<StationRecord> station = StationRecord::load(m_store, db);
        if (!station)
            return station.error();
        Result<QSqlQuery *> seq = m_store.exec(
            db,
            QStringLiteral("UPDATE card_number_sequences SET next_sequence = next_sequence + 1 "
                           "WHERE prefix = ? RETURNING next_sequence - 1"),
            {station->cardPrefix});
        if (!seq)
            return seq.error();
        QSqlQuery &seqQuery = *seq.value();
        if (!seqQuery.next())
            return Error{
                ErrorCode::IntegrityFailed,
                tr("The card number sequence of prefix %1 is missing.").arg(station->cardPrefix),
                m_store.path()};
        const qint64 sequence = seqQuery.value(0).toLongLong();
        seqQuery.finish();
        Result<QString> number = CardNumber::make(station->cardPrefix, sequence);
        if (!number)
            return number.error();
        attempt.cardNumber = *number;
        const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
        Result<QSqlQuery *> inserted = m_store.exec(
            db,
            QStringLiteral("INSERT INTO production_attempts (application_id, card_number, carrier, "
                           "state, operator_id, started_at, updated_at) "
                           "VALUES (?, ?, ?, 'requested', ?, ?, ?) RETURNING id"),
            {applicationId, attempt.cardNumber, Carriers::code(carrier), session.operatorId(), now,
             now});
        if (!inserted)
            return inserted.error();
        QSqlQuery &insertedQuery = *inserted.value();
        insertedQuery.next();
        attempt.id = insertedQuery.value(0).toLongLong();
        insertedQuery.finish();
        const QString object = Objects::attempt(attempt.id);
        if (Status q = m_store.run(db,
                                   QStringLiteral("UPDATE applications SET status = "
                                                  "'in-production', updated_at = ? WHERE id = ?"),
                                   {now, applicationId});
            !q)
            return q.error();
        if (Status q =
                Outbox(m_store).append(db, now,
                                       SyncEvent::productionStarted(attempt.id, applicationId,
                                                                    attempt.cardNumber, carrier));
            !q)
            return q.error();
        return m_audit.append(db,
                              {session.username(), action, object, QStringLiteral("ok"),
                               appObject + QStringLiteral(" card=") + attempt.cardNumber},
                              &session);
    });
    if (!written)
        return written.error();
    return attempt;
}

} // namespace cc
