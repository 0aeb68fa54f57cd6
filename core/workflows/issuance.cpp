#include "core/workflows/issuance.h"

#include "core/domain/cardnumber.h"
#include "core/domain/cardtype.h"
#include "core/domain/chiprecord.h"
#include "core/domain/objects.h"
#include "core/ports/cardencoder.h"
#include "core/ports/cardface.h"
#include "core/ports/cardprinter.h"
#include "core/ports/clock.h"
#include "core/station/applicants.h"
#include "core/station/auditlog.h"
#include "core/station/batches.h"
#include "core/station/cards.h"
#include "core/station/outbox.h"
#include "core/station/rows.h"
#include "core/station/session.h"
#include "core/station/station.h"
#include "core/station/stock.h"
#include "core/station/store.h"
#include "core/workflows/issuancejob.h"
#include "core/workflows/logging.h"

namespace cc {
namespace {

// A chip record needs an expiry; a card without one carries the last day.
const QDate kNoExpiryOnChip(9999, 12, 31);

// The school a student card shows: its application's, or for a replacement
// the newest earlier one that named it.
QString schoolOf(const ApplicantRecord &applicant, qint64 applicationId) {
    for (auto it = applicant.applications.crbegin(); it != applicant.applications.crend(); ++it) {
        const QString school = it->documents.value(QStringLiteral("school")).toString();
        if (it->id <= applicationId && !school.isEmpty())
            return school;
    }
    return {};
}

// Failures that show no blank card left the hopper.
bool noCardTaken(ErrorCode code) {
    switch (code) {
    case ErrorCode::FeederEmpty:
    case ErrorCode::CoverOpen:
    case ErrorCode::DeviceNotFound:
    case ErrorCode::ServiceUnavailable:
    case ErrorCode::DeviceBusy:
        return true;
    default:
        return false;
    }
}

} // namespace

Issuance::Issuance(Store &store, AuditLog &audit, const Clock &clock)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock) {}

Result<IssuanceOutcome> Issuance::produce(const Session &session, qint64 applicationId,
                                          Carrier carrier, CardEncoder &encoder,
                                          CardPrinter &printer, const Observer &observer) {
    if (Status ok =
            m_audit.authorize(session, Permission::ProduceCards, QStringLiteral("production.begin"),
                              Objects::application(applicationId));
        !ok)
        return ok.error();
    Stock stock(m_store, m_audit, m_clock);
    Result<QMap<QString, StockLevel>> levels = stock.levels();
    if (!levels)
        return levels.error();
    if (levels->value(Carriers::code(carrier)).onHand() <= 0)
        return Error{ErrorCode::OutOfStock,
                     tr("No blank %1 cards are left in stock. Book a delivery into stock first.")
                         .arg(Carriers::displayName(carrier)),
                     Carriers::code(carrier)};
    Applicants applicants(m_store, m_audit, m_clock);
    Result<ApplicantRecord> applicant = applicants.forApplication(session, applicationId);
    if (!applicant)
        return applicant.error();
    if (applicant->person.photo.isEmpty())
        return Error{ErrorCode::MissingField, tr("Take or choose the applicant's photo first."),
                     QStringLiteral("photo")};

    Production production(m_store, m_audit, m_clock);
    Result<ProductionAttempt> attempt = production.begin(session, applicationId, carrier);
    if (!attempt)
        return attempt.error();
    Result<Job> job = prepare(session, *attempt);
    if (!job)
        return job.error();
    if (observer)
        observer({IssuanceEvent::Kind::Committed, job->attempt.id, job->attempt.cardNumber,
                  IssuanceStep::Requested});
    return run(session, job.value(), IssuanceStep::Requested, encoder, printer, observer);
}

Result<Issuance::Job> Issuance::prepare(const Session &session, const ProductionAttempt &attempt) {
    Job job;
    job.attempt = attempt;
    QString stationId;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("SELECT a.id, a.state, a.chip_uid, a.started_at, p.kind, p.card_type, "
                           "p.valid_until, p.replaces_card, a.carrier, a.card_number, "
                           "a.application_id FROM production_attempts a "
                           "JOIN applications p ON p.id = a.application_id WHERE a.id = ?"),
            {attempt.id});
        if (!q)
            return q.error();
        RowReader row(**q, QStringLiteral("production_attempts"));
        if (!row.next())
            return Error{ErrorCode::NotFound, tr("There is no such production attempt."),
                         Objects::attempt(attempt.id)};
        Result<IssuanceStep> state = row.step("state");
        Result<CardType> type = row.cardType("card_type");
        Result<Carrier> carrier = row.carrier("carrier");
        if (!state)
            return state.error();
        if (!type)
            return type.error();
        if (!carrier)
            return carrier.error();
        job.attempt.state = job.step = *state;
        job.uid = QByteArray::fromHex(row.text("chip_uid").toLatin1());
        job.issued = QDateTime::fromString(row.text("started_at"), Qt::ISODateWithMs)
                         .toOffsetFromUtc(8 * 3600)
                         .date();
        job.kind = row.text("kind");
        job.type = *type;
        job.expires = row.date("valid_until");
        job.replaces = row.text("replaces_card");
        job.attempt.carrier = *carrier;
        job.attempt.cardNumber = row.text("card_number");
        job.attempt.applicationId = row.integer("application_id");
        (*q)->finish();
        Result<StationRecord> station = StationRecord::load(m_store, db);
        if (!station)
            return station.error();
        stationId = station->stationId;
        return Done{};
    });
    if (!read)
        return read.error();

    Applicants applicants(m_store, m_audit, m_clock);
    Result<ApplicantRecord> applicant =
        applicants.forApplication(session, job.attempt.applicationId);
    if (!applicant)
        return applicant.error();
    job.record = {job.attempt.cardNumber, job.type, job.issued,
                  job.expires.isValid() ? job.expires : kNoExpiryOnChip, stationId};
    job.face = CardFace{job.type,
                        job.attempt.carrier,
                        job.attempt.cardNumber,
                        applicant->person.name,
                        applicant->person.nameLatin,
                        job.issued,
                        job.expires,
                        applicant->person.photo,
                        schoolOf(*applicant, job.attempt.applicationId)}
                   .request();
    return job;
}

Status Issuance::commitStep(const Session &session, Job &job, IssuanceStep to) {
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    Status written = m_store.write([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("UPDATE production_attempts SET state = ?, chip_uid = ?, "
                           "updated_at = ? WHERE id = ? AND state = ?"),
            {issuanceStepName(to),
             job.uid.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(job.uid.toHex())), now,
             job.attempt.id, issuanceStepName(job.step)});
        if (!q)
            return q.error();
        if ((*q)->numRowsAffected() != 1)
            return Error{ErrorCode::WrongState, tr("The production attempt was changed elsewhere."),
                         Objects::attempt(job.attempt.id)};
        return m_audit.append(db,
                              {session.username(),
                               QStringLiteral("production.") + issuanceStepName(to),
                               Objects::attempt(job.attempt.id), QStringLiteral("ok"),
                               QStringLiteral("card=") + job.attempt.cardNumber},
                              &session);
    });
    if (written)
        job.step = to;
    return written;
}

Status Issuance::commitIssued(const Session &session, Job &job) {
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    const QString object = Objects::attempt(job.attempt.id);
    const QString uidHex = QString::fromLatin1(job.uid.toHex());
    Status written = m_store.write([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("UPDATE production_attempts SET state = 'issued', updated_at = ? "
                           "WHERE id = ? AND state = 'printed'"),
            {now, job.attempt.id});
        if (!q)
            return q.error();
        if ((*q)->numRowsAffected() != 1)
            return Error{ErrorCode::WrongState, tr("The production attempt was changed elsewhere."),
                         object};
        const QString reason = States::code(job.kind == u"conversion" ? StatusReason::Converted
                                                                      : StatusReason::Replaced);
        if (Status ok = Cards(m_store).issue(db,
                                             {job.attempt.cardNumber, job.attempt.applicationId,
                                              job.attempt.carrier, uidHex, job.issued, job.expires},
                                             now);
            !ok)
            return ok;
        if (Status ok = Batches::settleIn(m_store, m_audit, db, session, job.attempt.applicationId);
            !ok)
            return ok;
        if (Status ok = Stock::record(m_store, db, job.attempt.carrier, "used", 1, job.attempt.id,
                                      {}, session.operatorId(), now);
            !ok)
            return ok;
        // The card replaced is blocked on hand-over of the new one (a lost
        // card already was, when it was reported).
        if (!job.replaces.isEmpty())
            if (Status ok = m_store.run(
                    db,
                    QStringLiteral("UPDATE cards SET status = CASE status WHEN 'active' THEN "
                                   "'blocked' ELSE status END, status_reason = coalesce("
                                   "status_reason, ?), replaced_by = ?, updated_at = ? "
                                   "WHERE card_number = ?"),
                    {reason, job.attempt.cardNumber, now, job.replaces});
                !ok)
                return ok;
        if (Status sent = Outbox(m_store).append(
                db, now,
                SyncEvent::cardIssued(job.attempt.id, job.attempt.applicationId,
                                      job.attempt.cardNumber, job.type, job.attempt.carrier, uidHex,
                                      job.replaces));
            !sent)
            return sent;
        return m_audit.append(
            db,
            {session.username(), QStringLiteral("production.issued"), object, QStringLiteral("ok"),
             QStringLiteral("card=") + job.attempt.cardNumber +
                 (job.replaces.isEmpty() ? QString()
                                         : QStringLiteral(" replaces=") + job.replaces)},
            &session);
    });
    if (written)
        job.step = IssuanceStep::Issued;
    return written;
}

IssuanceOutcome Issuance::close(const Session &session, Job &job, IssuanceStep end,
                                const Error &why, CardPrinter *rejectOn) {
    IssuanceOutcome outcome{job.attempt.id,
                            job.attempt.applicationId,
                            job.attempt.cardNumber,
                            job.step,
                            job.step,
                            job.uid,
                            why,
                            {}};
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    const QString object = Objects::attempt(job.attempt.id);
    const QString failure = errorCodeName(why.code) + QStringLiteral(": ") + why.message;
    qCWarning(lcIssuance) << object << "ends" << issuanceStepName(end) << "after"
                          << issuanceStepName(job.step) << errorCodeName(why.code);
    Status written = m_store.write([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("UPDATE production_attempts SET state = ?, failure = ?, updated_at = ? "
                           "WHERE id = ? AND state = ?"),
            {issuanceStepName(end), failure, now, job.attempt.id, issuanceStepName(job.step)});
        if (!q)
            return q.error();
        if ((*q)->numRowsAffected() != 1)
            return Error{ErrorCode::WrongState, tr("The production attempt was changed elsewhere."),
                         object};
        QList<std::pair<QString, QVariantList>> statements = {
            // The application can be produced again.
            {QStringLiteral("UPDATE applications SET status = 'received', updated_at = ? "
                            "WHERE id = ? AND status = 'in-production'"),
             {now, job.attempt.applicationId}},
        };
        for (const auto &[sql, args] : statements)
            if (Result<QSqlQuery *> r = m_store.exec(db, sql, args); !r)
                return r.error();
        if (end == IssuanceStep::Spoiled)
            if (Status ok =
                    Stock::record(m_store, db, job.attempt.carrier, "spoiled", 1, job.attempt.id,
                                  errorCodeName(why.code), session.operatorId(), now);
                !ok)
                return ok;
        if (Status sent = Outbox(m_store).append(
                db, now,
                SyncEvent::productionEnded(job.attempt.id, end, job.attempt.cardNumber, why.code));
            !sent)
            return sent;
        return m_audit.append(db,
                              {session.username(),
                               QStringLiteral("production.") + issuanceStepName(end), object,
                               QStringLiteral("failed"),
                               QStringLiteral("card=") + job.attempt.cardNumber +
                                   QStringLiteral(" reason=") + errorCodeName(why.code)},
                              &session);
    });
    if (!written) {
        outcome.failure = written.error(); // still unfinished: recovery will close it
        return outcome;
    }
    job.step = end;
    outcome.end = end;
    // Committed first, then the card goes to the reject tray: a crash in
    // between leaves a card at the encoder with no attempt of its own, which
    // recovery rejects.
    if (rejectOn)
        if (Status rejected = rejectOn->reject();
            !rejected && rejected.error().code != ErrorCode::NoCard)
            qCWarning(lcIssuance) << object << "reject failed"
                                  << errorCodeName(rejected.error().code);
    return outcome;
}

IssuanceOutcome Issuance::run(const Session &session, Job &job, IssuanceStep from,
                              CardEncoder &encoder, CardPrinter &printer,
                              const Observer &observer) {
    const auto notify = [&](IssuanceEvent::Kind kind) {
        if (observer)
            observer({kind, job.attempt.id, job.attempt.cardNumber, job.step});
    };
    const auto unfinished = [&](const Error &e) {
        return IssuanceOutcome{job.attempt.id,
                               job.attempt.applicationId,
                               job.attempt.cardNumber,
                               job.step,
                               from,
                               job.uid,
                               e,
                               {}};
    };
    const auto advance = [&](IssuanceStep to) -> Status {
        Status ok = commitStep(session, job, to);
        if (ok)
            notify(IssuanceEvent::Kind::Committed);
        return ok;
    };
    const bool encoderStation = printer.hasEncoderStation();

    if (job.step == IssuanceStep::Requested) {
        // A face that cannot be printed must not cost a blank card.
        if (Status face = printer.checkFace(job.face); !face)
            return close(session, job, IssuanceStep::Cancelled, face.error(), nullptr);
        if (Status ok = advance(IssuanceStep::Encoding); !ok)
            return unfinished(ok.error());
    }
    if (job.step == IssuanceStep::Encoding) {
        if (encoderStation && !job.cardAtEncoder) {
            if (Status parked = printer.parkAtEncoder(); !parked)
                // The printer sends a card it took to the reject tray itself.
                return close(session, job,
                             noCardTaken(parked.error().code) ? IssuanceStep::Cancelled
                                                              : IssuanceStep::Spoiled,
                             parked.error(), nullptr);
            job.cardAtEncoder = true;
            notify(IssuanceEvent::Kind::CardFed);
        }
        std::optional<Error> failure;
        if (job.confirmChipFirst) {
            // Recovery: the chip may already carry this very card's record.
            Result<ChipReading> reading = encoder.verify();
            if (reading && reading->state == ChipState::Personalised && reading->record &&
                reading->record->cardNumber == job.attempt.cardNumber)
                job.uid = reading->uid;
        }
        if (job.uid.isEmpty()) {
            Result<EncodeResult> encoded = encoder.personalise(job.record, false);
            if (encoded)
                job.uid = encoded->uid;
            else
                failure = encoded.error();
        }
        if (failure) {
            const bool none = !encoderStation &&
                              (failure->code == ErrorCode::NoCard || noCardTaken(failure->code));
            return close(session, job, none ? IssuanceStep::Cancelled : IssuanceStep::Spoiled,
                         *failure, encoderStation ? &printer : nullptr);
        }
        notify(IssuanceEvent::Kind::ChipWritten);
        if (Status ok = advance(IssuanceStep::Encoded); !ok)
            return unfinished(ok.error());
    }
    if (job.step == IssuanceStep::Encoded)
        if (Status ok = advance(IssuanceStep::Printing); !ok)
            return unfinished(ok.error());
    if (job.step == IssuanceStep::Printing) {
        const PrintJobRecord printed = printer.print(job.face);
        if (printed.outcome != PrintJobOutcome::Printed) {
            const Error why = printed.error.value_or(
                Error{ErrorCode::DeviceFailed, tr("The printer did not print the card."),
                      printer.name()});
            const bool rejectNow = encoderStation && printed.outcome == PrintJobOutcome::Failed;
            return close(session, job, IssuanceStep::Spoiled, why, rejectNow ? &printer : nullptr);
        }
        job.faceOutput = printed.output;
        notify(IssuanceEvent::Kind::FacePrinted);
        if (Status ok = advance(IssuanceStep::Printed); !ok)
            return unfinished(ok.error());
    }
    if (job.step == IssuanceStep::Printed) {
        if (Status ok = commitIssued(session, job); !ok)
            return unfinished(ok.error());
        notify(IssuanceEvent::Kind::Committed);
        qCInfo(lcIssuance) << Objects::attempt(job.attempt.id) << "issued";
    }
    IssuanceOutcome done = unfinished(Error{});
    done.failure.reset();
    done.faceOutput = job.faceOutput;
    return done;
}

Result<QList<ProductionAttempt>> Issuance::unfinished() {
    QList<ProductionAttempt> attempts;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db, QStringLiteral("SELECT id, application_id, card_number, carrier, state FROM "
                               "production_attempts WHERE state NOT IN "
                               "('issued', 'spoiled', 'cancelled') ORDER BY id"));
        if (!q)
            return q.error();
        RowReader row(**q, QStringLiteral("production_attempts"));
        while (row.next()) {
            Result<Carrier> carrier = row.carrier("carrier");
            if (!carrier)
                return carrier.error();
            Result<IssuanceStep> state = row.step("state");
            if (!state)
                return state.error();
            attempts.append({row.integer("id"), row.integer("application_id"),
                             row.text("card_number"), *carrier, *state});
        }
        return Done{};
    });
    if (!read)
        return read.error();
    return attempts;
}

namespace {

// The printer's status; when the printer cannot tell whether a card is
// parked (reportsParkedCard), the encoder's reader is asked: a card our
// encoder reads (blank, incomplete or personalised) is a parked card, no card
// is none, and anything else (a card of another kind, a reader that cannot be
// asked) leaves it unknown: Busy, so recovery sends whatever is inside to the
// reject tray instead of writing or printing on it.
PrinterStatus parkedOrStatus(CardPrinter &printer, CardEncoder &encoder) {
    PrinterStatus status = printer.status();
    if (status.state != PrinterState::Ready || printer.reportsParkedCard())
        return status;
    Result<ChipReading> reading = encoder.verify();
    if (reading)
        return {PrinterState::CardAtEncoder, Issuance::tr("A card waits at the encoder."),
                std::nullopt};
    if (reading.error().code == ErrorCode::NoCard)
        return status;
    return {PrinterState::Busy,
            Issuance::tr("The encoder cannot say whether a card waits at it: %1")
                .arg(reading.error().message),
            reading.error().code};
}

} // namespace

Result<QList<IssuanceOutcome>> Issuance::recover(const Session &session, CardEncoder &encoder,
                                                 CardPrinter &printer, const Observer &observer) {
    if (Status ok =
            m_audit.authorize(session, Permission::ProduceCards,
                              QStringLiteral("production.recover"), QStringLiteral("attempt:*"));
        !ok)
        return ok.error();
    Result<QList<ProductionAttempt>> attempts = unfinished();
    if (!attempts)
        return attempts.error();
    QList<IssuanceOutcome> outcomes;
    const bool encoderStation = printer.hasEncoderStation();
    for (const ProductionAttempt &attempt : *attempts) {
        Result<Job> prepared = prepare(session, attempt);
        if (!prepared)
            return prepared.error();
        Job &job = prepared.value();
        const IssuanceStep found = job.step;
        const auto closeAs = [&](IssuanceStep end, const QString &why, ErrorCode code,
                                 CardPrinter *rejectOn) {
            return close(session, job, end, Error{code, why, Objects::attempt(job.attempt.id)},
                         rejectOn);
        };
        IssuanceOutcome outcome;
        if (found == IssuanceStep::Requested) {
            outcome =
                closeAs(IssuanceStep::Cancelled, tr("Interrupted before a blank card was taken."),
                        ErrorCode::WrongState, nullptr);
        } else if (found == IssuanceStep::Printed) {
            outcome = run(session, job, found, encoder, printer, observer);
        } else if (!encoderStation) {
            // A reader on the counter: only the chip can tell. A print sent to
            // the spooler cannot be confirmed.
            Result<ChipReading> reading = encoder.verify();
            const bool ours = reading && reading->state == ChipState::Personalised &&
                              reading->record &&
                              reading->record->cardNumber == job.attempt.cardNumber;
            if (ours && found != IssuanceStep::Printing) {
                job.confirmChipFirst = true;
                outcome = run(session, job, found, encoder, printer, observer);
            } else {
                outcome =
                    closeAs(IssuanceStep::Spoiled,
                            tr("Interrupted; the card's state cannot be confirmed. Put "
                               "the card aside as spoiled."),
                            reading ? ErrorCode::VerifyFailed : reading.error().code, nullptr);
            }
        } else {
            const PrinterStatus status = parkedOrStatus(printer, encoder);
            if (status.state == PrinterState::CardAtEncoder) {
                Result<ChipReading> reading = encoder.verify();
                const bool ours = reading && reading->state == ChipState::Personalised &&
                                  reading->record &&
                                  reading->record->cardNumber == job.attempt.cardNumber;
                if (found == IssuanceStep::Encoding || ours) {
                    job.cardAtEncoder = true;
                    job.confirmChipFirst = true;
                    if (ours)
                        job.uid = reading->uid;
                    outcome = run(session, job, found, encoder, printer, observer);
                } else {
                    outcome = closeAs(IssuanceStep::Spoiled,
                                      tr("The card at the encoder does not carry this card's "
                                         "record."),
                                      ErrorCode::VerifyFailed, &printer);
                }
            } else if (status.state == PrinterState::Ready && found == IssuanceStep::Encoding) {
                outcome = closeAs(IssuanceStep::Cancelled,
                                  tr("Interrupted before the printer fed a card."),
                                  ErrorCode::WrongState, nullptr);
            } else if (status.state == PrinterState::Ready) {
                // The card left the printer, printed or rejected: nobody can
                // tell which, so it is not issued.
                outcome = closeAs(IssuanceStep::Spoiled,
                                  tr("Interrupted while the card was in the printer; it left "
                                     "the printer unconfirmed. Put it aside as spoiled."),
                                  ErrorCode::WrongState, nullptr);
            } else {
                outcome = closeAs(IssuanceStep::Spoiled,
                                  status.reason.isEmpty()
                                      ? tr("Interrupted while the card was in the printer.")
                                      : status.reason,
                                  status.error.value_or(ErrorCode::DeviceFailed),
                                  status.state == PrinterState::Offline ? nullptr : &printer);
            }
        }
        outcome.from = found;
        outcomes.append(outcome);
    }
    // A card at the encoder that no attempt claims (a crash between closing an
    // attempt and rejecting its card) goes to the reject tray.
    if (encoderStation && parkedOrStatus(printer, encoder).state == PrinterState::CardAtEncoder)
        (void)printer.reject();
    return outcomes;
}

} // namespace cc
