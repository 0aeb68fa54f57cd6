#include "core/workflows/counter.h"

#include "core/domain/cardnumber.h"
#include "core/domain/nationalid.h"
#include "core/domain/objects.h"
#include "core/ports/cardencoder.h"
#include "core/ports/clock.h"
#include "core/station/auditlog.h"
#include "core/station/batches.h"
#include "core/station/cards.h"
#include "core/station/outbox.h"
#include "core/station/production.h"
#include "core/station/remotecards.h"
#include "core/station/rows.h"
#include "core/station/session.h"
#include "core/station/store.h"

namespace cc {
namespace {

// A row selecting kCardColumns; a stored code this program does not know is
// an error, not a default.
Result<CardSummary> summaryOf(const RowReader &row) {
    CardSummary card;
    card.cardNumber = row.text("card_number");
    Result<CardType> type = row.cardType("card_type");
    Result<Carrier> carrier = row.carrier("carrier");
    Result<CardStatus> status = row.cardStatus("status");
    Result<StatusReason> reason = row.statusReason("status_reason");
    for (const Error *e : {type.errorIf(), carrier.errorIf(), status.errorIf(), reason.errorIf()})
        if (e)
            return *e;
    card.type = *type;
    card.carrier = *carrier;
    card.status = *status;
    card.reason = *reason;
    card.issued = row.date("issued_on");
    card.expires = row.date("expires_on");
    card.chipUid = row.text("chip_uid");
    card.replacedBy = row.text("replaced_by");
    card.linked = row.integer("linked") != 0;
    return card;
}

// A card's state as messages name it.
QString stateOf(const CardSummary &card) {
    return cardStateText(card.state());
}

StatusReason reasonFor(CancellationReason reason) {
    return reason == CancellationReason::Death ? StatusReason::Death : StatusReason::MovedAway;
}

const QString kCardColumns = QStringLiteral(
    "card_number, card_type, carrier, status, status_reason, issued_on, expires_on, chip_uid, "
    "replaced_by, coalesce((SELECT kind = 'link' FROM applications WHERE applications.id = "
    "cards.application_id), 0) AS linked");

} // namespace

struct Counter::CardRow {
    CardSummary card;
    qint64 personId = 0;
    qint64 applicationId = 0;
};

Counter::Counter(Store &store, AuditLog &audit, const Clock &clock, EligibilityPolicy policy)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock)
    , m_policy(std::move(policy)) {}

EligibilityResult Counter::evaluate(const RegistryRecord &facts) const {
    return EligibilityEvaluator(m_policy).evaluate(facts, m_clock.todayInTaipei());
}

QString Counter::replacementFeeKind(ReplacementReason reason) {
    return reason == ReplacementReason::Lost ? QStringLiteral("replacement-lost")
                                             : QStringLiteral("replacement-damaged");
}

Result<Counter::CardRow> Counter::cardRow(QSqlDatabase &db, const QString &cardNumber) {
    Result<QString> number = CardNumber::parse(cardNumber.trimmed());
    if (!number)
        return Error{number.error().code, number.error().message, QStringLiteral("cardNumber")};
    Result<QSqlQuery *> q = m_store.exec(
        db,
        QStringLiteral("SELECT %1, person_id, application_id FROM cards WHERE card_number = ?")
            .arg(kCardColumns),
        {*number});
    if (!q)
        return q.error();
    RowReader row(**q, QStringLiteral("cards"), "card_number");
    if (!row.next()) {
        (*q)->finish();
        if (Status elsewhere = RemoteCards(m_store).refuseIn(db, *number); !elsewhere)
            return elsewhere.error();
        return Error{ErrorCode::NotFound, tr("There is no card with this number."),
                     Objects::card(*number)};
    }
    Result<CardSummary> card = summaryOf(row);
    if (!card)
        return card.error();
    CardRow r{*card, row.integer("person_id"), row.integer("application_id")};
    (*q)->finish();
    return r;
}

ApplicationData Counter::applicationData(const CounterApplication &application,
                                         const QString &kind) const {
    const EligibilityResult result = evaluate(application.facts);
    ApplicationData data;
    data.cardType = application.type;
    data.kind = kind;
    data.documents = application.documents;
    data.documents.insert(QStringLiteral("eligibility"), result.toJson());
    // A student card shows the school (the registry's, or the student ID's).
    if (application.type == CardType::Student && application.facts.enrollment &&
        !application.facts.enrollment->school.isEmpty())
        data.documents.insert(QStringLiteral("school"), application.facts.enrollment->school);
    data.validUntil = result.decision(application.type).validUntil;
    data.recheckPending = application.offline;
    data.consent = application.consent;
    data.preApplication = application.preApplication;
    if (application.offline && !application.overrideReason.trimmed().isEmpty()) {
        data.documents.insert(QStringLiteral("registryOverride"),
                              application.overrideReason.trimmed().left(256));
        data.registryOverride = true;
    }
    return data;
}

Result<Counter::CardRow> Counter::readCard(const QString &cardNumber) {
    std::optional<CardRow> row;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<CardRow> r = cardRow(db, cardNumber);
        if (!r)
            return r.error();
        row = *r;
        return Done{};
    });
    if (!read)
        return read.error();
    return *row;
}

Status Counter::checkApplication(const Session &session, const CounterApplication &application,
                                 const QString &replacing) {
    const NationalId::Check id = NationalId::check(application.person.nationalId);
    if (!id.valid())
        return Error{ErrorCode::BadValue, id.message, QStringLiteral("nationalId")};
    if (!application.preApplication.isEmpty()) {
        // The applicant's own, not yet finished (the write checks again).
        Result<HeldPreApplication> pre = openPreApplication(session, application.preApplication);
        if (!pre)
            return pre.error();
        if (pre->document.nationalId != id.normalized)
            return Error{ErrorCode::Refused,
                         tr("Pre-application %1 was made by another person.")
                             .arg(application.preApplication),
                         application.preApplication};
    }
    if (application.facts.nationalId != id.normalized)
        return Error{ErrorCode::BadValue, tr("The registry facts are for another ID number."),
                     QStringLiteral("nationalId")};
    if (application.offline) {
        const bool answered = registryAnswered(session, id.normalized);
        if (answered && application.overrideReason.trimmed().isEmpty())
            return Error{ErrorCode::Refused,
                         tr("The household registry answered for %1: documents stand in for it "
                            "only when it cannot be asked. A supervisor can take the documents "
                            "over its answer, with a reason.")
                             .arg(NationalId::masked(id.normalized)),
                         QStringLiteral("documents")};
        if (answered) {
            if (Status ok = m_audit.authorize(session, Permission::ResolveFlags,
                                              QStringLiteral("registry.override"),
                                              QStringLiteral("person:?"));
                !ok)
                return ok;
        }
    }
    const EligibilityResult result = evaluate(application.facts);
    const EligibilityDecision &decision = result.decision(application.type);
    if (!decision.eligible) {
        QStringList why;
        for (const EligibilityReason &r : decision.reasons)
            if (!r.passed)
                why << r.message;
        return Error{
            ErrorCode::BadValue,
            tr("Not eligible for a %1: %2")
                .arg(CardTypes::displayName(application.type), why.join(QStringLiteral("; "))),
            QStringLiteral("cardType")};
    }
    const bool sensitive = CardTypes::usesSensitiveData(application.type);
    if (sensitive && !application.consent)
        return Error{ErrorCode::MissingField,
                     tr("Record the applicant's consent to the use of disability data first."),
                     QStringLiteral("consent")};
    // At most one active personal card, and at most one active companion card.
    return m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("SELECT c.card_number AS card_number, c.card_type AS card_type FROM "
                           "cards c JOIN persons p ON "
                           "p.id = c.person_id WHERE p.id_lookup = ? AND c.status = 'active'"),
            {session.lookupTag(id.normalized)});
        if (!q)
            return q.error();
        RowReader row(**q, QStringLiteral("cards"), "card_number");
        while (row.next()) {
            const QString number = row.text("card_number");
            const Result<CardType> type = row.cardType("card_type");
            if (!type)
                return type.error();
            if (number == replacing)
                continue;
            if (CardTypes::isPersonal(*type) == CardTypes::isPersonal(application.type)) {
                (*q)->finish();
                return Error{ErrorCode::AlreadyExists,
                             tr("The applicant already holds the active card %1 (%2). Use a "
                                "replacement or a type conversion instead.")
                                 .arg(number, CardTypes::displayName(*type)),
                             Objects::card(number)};
            }
        }
        return Done{};
    });
}

Status Counter::checkNotWaiting(const Session &session, const CounterApplication &application,
                                qint64 batchId) {
    const QByteArray tag =
        session.lookupTag(NationalId::check(application.person.nationalId).normalized);
    return m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("SELECT coalesce(a.batch_id, 0) AS batch_id, a.card_type AS card_type "
                           "FROM persons p JOIN applications a ON a.person_id = p.id WHERE "
                           "p.id_lookup = ? AND a.status IN ('received', 'in-production')"),
            {tag});
        if (!q)
            return q.error();
        RowReader row(**q, QStringLiteral("applications"), "batch_id");
        std::optional<qint64> waiting;
        while (row.next()) {
            const Result<CardType> type = row.cardType("card_type");
            if (!type)
                return type.error();
            if (CardTypes::isPersonal(*type) == CardTypes::isPersonal(application.type))
                waiting = row.integer("batch_id");
        }
        (*q)->finish();
        if (!waiting)
            return Done{};
        return Error{ErrorCode::AlreadyExists,
                     *waiting == batchId ? tr("This applicant is already in this batch.")
                     : *waiting == 0
                         ? tr("This applicant already has an application waiting at the counter.")
                         : tr("This applicant is already waiting in batch %1.").arg(*waiting),
                     QStringLiteral("nationalId")};
    });
}

Result<qint64> Counter::applyNew(const Session &session, const CounterApplication &application,
                                 std::optional<qint64> batchId) {
    if (Status ok =
            m_audit.authorize(session, Permission::HandleApplicants,
                              QStringLiteral("application.submit"), QStringLiteral("person:?"));
        !ok)
        return ok.error();
    if (batchId) {
        if (Status ok = m_audit.authorize(session, Permission::CreateBatches,
                                          QStringLiteral("batch.add"), Objects::batch(*batchId));
            !ok)
            return ok.error();
        // Only into an open session or village batch: one F9 must not
        // reopen a batch a supervisor has approved, or fill a roster's.
        Result<BatchSummary> batch = Batches(m_store, m_audit, m_clock).show(session, *batchId);
        if (!batch)
            return batch.error();
        if (batch->status != BatchStatus::Open || (batch->kind != BatchKind::MobileSession &&
                                                   batch->kind != BatchKind::VillageCollection))
            return Error{
                ErrorCode::WrongState,
                tr("Batch %1 is a %2 and %3: applications are collected one by one only "
                   "into an open mobile-team session or village collection.")
                    .arg(*batchId)
                    .arg(States::displayName(batch->kind), States::displayName(batch->status)),
                Objects::batch(*batchId)};
    }
    if (Status ok = checkApplication(session, application, {}); !ok)
        return ok.error();
    if (batchId)
        if (Status ok = checkNotWaiting(session, application, *batchId); !ok)
            return ok.error();
    ApplicationData data = applicationData(application, QStringLiteral("new"));
    data.batchId = batchId;
    data.onlyIntoOpenBatch = batchId.has_value();
    return Applicants(m_store, m_audit, m_clock).submit(session, application.person, data);
}

Result<qint64> Counter::applyReplacement(const Session &session, const QString &cardNumber,
                                         ReplacementReason reason, const FeeSettlement &fee) {
    const QString object = Objects::card(cardNumber.trimmed());
    if (Status ok = m_audit.authorize(session, Permission::HandleApplicants,
                                      QStringLiteral("card.replace"), object);
        !ok)
        return ok.error();
    const int due = m_policy.fees.forReplacement(reason);
    if (fee.waived && due > 0 && fee.reason.trimmed().isEmpty())
        return Error{ErrorCode::MissingField, tr("A waived fee needs the reason it is waived."),
                     QStringLiteral("feeWaiver")};
    Result<CardRow> row = readCard(cardNumber);
    if (!row)
        return row.error();
    if (!cardAllows(row->card.state(), CardAction::Replace, reason))
        return Error{ErrorCode::WrongState,
                     tr("Card %1 is %2; it cannot be replaced.")
                         .arg(row->card.cardNumber, stateOf(row->card)),
                     object};
    if (reason == ReplacementReason::Lost && row->card.status == CardStatus::Active)
        if (Status ok = reportLost(session, row->card.cardNumber); !ok)
            return ok.error();
    Result<ApplicantRecord> holder =
        Applicants(m_store, m_audit, m_clock).forApplication(session, row->applicationId);
    if (!holder)
        return holder.error();
    ApplicationData data;
    data.cardType = row->card.type;
    data.kind = replacementFeeKind(reason);
    data.validUntil = row->card.expires;
    data.fee = due;
    data.feeWaived = fee.waived && due > 0;
    if (data.feeWaived)
        data.documents.insert(QStringLiteral("feeWaiver"), fee.reason.trimmed());
    data.replacesCard = row->card.cardNumber;
    data.consent = true; // given for the card replaced
    return Applicants(m_store, m_audit, m_clock).submit(session, holder->person, data);
}

Result<qint64> Counter::applyConversion(const Session &session, const QString &cardNumber,
                                        const CounterApplication &application) {
    const QString object = Objects::card(cardNumber.trimmed());
    if (Status ok = m_audit.authorize(session, Permission::HandleApplicants,
                                      QStringLiteral("card.convert"), object);
        !ok)
        return ok.error();
    Result<CardRow> row = readCard(cardNumber);
    if (!row)
        return row.error();
    if (!cardAllows(row->card.state(), CardAction::Convert))
        return Error{ErrorCode::WrongState,
                     tr("Card %1 is %2; it cannot be converted.")
                         .arg(row->card.cardNumber, stateOf(row->card)),
                     object};
    if (row->card.type == application.type)
        return Error{ErrorCode::BadValue,
                     tr("The card already is a %1.").arg(CardTypes::displayName(application.type)),
                     QStringLiteral("cardType")};
    if (Status ok = checkApplication(session, application, row->card.cardNumber); !ok)
        return ok.error();
    ApplicationData data = applicationData(application, QStringLiteral("conversion"));
    data.replacesCard = row->card.cardNumber;
    Applicants applicants(m_store, m_audit, m_clock);
    PersonData person = application.person;
    if (person.photo.isEmpty()) { // no new photo: the one on file is printed
        Result<ApplicantRecord> holder = applicants.forApplication(session, row->applicationId);
        if (!holder)
            return holder.error();
        person.photo = holder->person.photo;
    }
    return applicants.submit(session, person, data);
}

Status Counter::setStatus(const Session &session, const QString &cardNumber, Permission permission,
                          const QString &action, CardStatus status, StatusReason reason) {
    const QString number = cardNumber.trimmed();
    const QString object = Objects::card(number);
    if (Status ok = m_audit.authorize(session, permission, action, object); !ok)
        return ok;
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    return m_store.write([&](QSqlDatabase &db) -> Status {
        Result<CardRow> row = cardRow(db, number);
        if (!row)
            return row.error();
        if (!cardAllows(row->card.state(), status == CardStatus::Blocked ? CardAction::ReportLost
                                                                         : CardAction::Cancel))
            return Error{ErrorCode::WrongState,
                         tr("Card %1 is already %2.").arg(number, stateOf(row->card)), object};
        const QList<std::pair<QString, QVariantList>> statements = {
            {QStringLiteral("UPDATE cards SET status = ?, status_reason = ?, updated_at = ? "
                            "WHERE card_number = ?"),
             {States::code(status), States::code(reason), now, number}},
        };
        for (const auto &[sql, args] : statements)
            if (Result<QSqlQuery *> r = m_store.exec(db, sql, args); !r)
                return r.error();
        if (Status sent = Outbox(m_store).append(
                db, now, SyncEvent::cardStatusChanged(number, status, reason));
            !sent)
            return sent;
        return m_audit.append(db,
                              {session.username(), action, object, QStringLiteral("ok"),
                               QStringLiteral("reason=") + States::code(reason)},
                              &session);
    });
}

Status Counter::reportLost(const Session &session, const QString &cardNumber) {
    return setStatus(session, cardNumber, Permission::BlockCards,
                     QStringLiteral("card.report-lost"), CardStatus::Blocked, StatusReason::Lost);
}

Status Counter::cancel(const Session &session, const QString &cardNumber,
                       CancellationReason reason) {
    return setStatus(session, cardNumber, Permission::CancelCards, QStringLiteral("card.cancel"),
                     CardStatus::Cancelled, reasonFor(reason));
}

Result<QString> Counter::linkOwnCard(const Session &session, const CounterApplication &application,
                                     Carrier carrier, CardEncoder &encoder) {
    if (Status ok = m_audit.authorize(session, Permission::ProduceCards,
                                      QStringLiteral("card.link"), QStringLiteral("card:?"));
        !ok)
        return ok.error();
    if (Status ok = checkApplication(session, application, {}); !ok)
        return ok.error();
    Result<QByteArray> uid = encoder.readUid();
    if (!uid)
        return uid.error();
    const QString uidHex = QString::fromLatin1(uid->toHex());
    Status unused = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("SELECT card_number FROM cards WHERE chip_uid = ? AND status = "
                           "'active'"),
            {uidHex});
        if (!q)
            return q.error();
        if ((*q)->next()) {
            const QString number = (*q)->value(0).toString();
            (*q)->finish();
            return Error{ErrorCode::AlreadyExists,
                         tr("This card is already linked as card %1.").arg(number),
                         Objects::card(number)};
        }
        (*q)->finish();
        return RemoteCards(m_store).refuseChipIn(db, uidHex);
    });
    if (!unused)
        return unused.error();

    const ApplicationData data = applicationData(application, QStringLiteral("link"));
    Result<qint64> applicationId =
        Applicants(m_store, m_audit, m_clock).submit(session, application.person, data);
    if (!applicationId)
        return applicationId.error();
    Result<ProductionAttempt> attempt =
        Production(m_store, m_audit, m_clock).begin(session, *applicationId, carrier);
    if (!attempt)
        return attempt.error();
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    const QString object = Objects::card(attempt->cardNumber);
    Status written = m_store.write([&](QSqlDatabase &db) -> Status {
        // Like every transition, only from the state this call left it in: a
        // recovery in another process may have closed the attempt meanwhile.
        Result<QSqlQuery *> moved = m_store.exec(
            db,
            QStringLiteral("UPDATE production_attempts SET state = 'issued', chip_uid = ?, "
                           "updated_at = ? WHERE id = ? AND state = 'requested'"),
            {uidHex, now, attempt->id});
        if (!moved)
            return moved.error();
        if ((*moved)->numRowsAffected() != 1)
            return Error{ErrorCode::WrongState, tr("The production attempt was changed elsewhere."),
                         Objects::attempt(attempt->id)};
        if (Status ok = Cards(m_store).issue(db,
                                             {attempt->cardNumber, *applicationId, carrier, uidHex,
                                              m_clock.todayInTaipei(), data.validUntil},
                                             now);
            !ok)
            return ok;
        if (Status sent =
                Outbox(m_store).append(db, now,
                                       SyncEvent::cardLinked(*applicationId, attempt->cardNumber,
                                                             application.type, uidHex, carrier));
            !sent)
            return sent;
        return m_audit.append(db,
                              {session.username(), QStringLiteral("card.link"), object,
                               QStringLiteral("ok"), Objects::application(*applicationId)},
                              &session);
    });
    if (!written)
        return written.error();
    return attempt->cardNumber;
}

Result<std::optional<RegistryEntry>>
Counter::askRegistry(const Session &session, RegistryGateway &registry, const QString &nationalId) {
    if (Status ok =
            m_audit.authorize(session, Permission::HandleApplicants,
                              QStringLiteral("registry.lookup"), QStringLiteral("person:?"));
        !ok)
        return ok.error();
    Result<std::optional<RegistryEntry>> answer = registry.lookup(nationalId);
    const QByteArray tag = session.lookupTag(NationalId::check(nationalId).normalized);
    if (answer) { // an answer stands: a later failure to ask does not undo it
        const std::lock_guard lock(m_answeredLock);
        m_answered.insert(tag);
    }
    return answer;
}

bool Counter::registryAnswered(const Session &session, const QString &nationalId) {
    const QByteArray tag = session.lookupTag(NationalId::check(nationalId).normalized);
    const std::lock_guard lock(m_answeredLock);
    return m_answered.contains(tag);
}

Result<HeldPreApplication> Counter::preApplication(const Session &session, const QString &code) {
    if (Status ok = m_audit.authorize(session, Permission::HandleApplicants,
                                      QStringLiteral("preapplication.open"),
                                      QStringLiteral("preapplication:") + code);
        !ok)
        return ok.error();
    return openPreApplication(session, code);
}

Result<HeldPreApplication> Counter::openPreApplication(const Session &session,
                                                       const QString &code) {
    Result<HeldPreApplication> held = PreApplications(m_store).find(session, code);
    if (held && held->applicationId)
        return Error{ErrorCode::WrongState,
                     tr("Pre-application %1 was already made into application %2.")
                         .arg(code)
                         .arg(held->applicationId),
                     code};
    return held;
}

Result<QList<CardSummary>> Counter::cardsOf(const Session &session, const QString &nationalId) {
    if (Status ok = m_audit.authorize(session, Permission::HandleApplicants,
                                      QStringLiteral("card.list"), QStringLiteral("person:?"));
        !ok)
        return ok.error();
    const NationalId::Check id = NationalId::check(nationalId);
    if (!id.valid())
        return Error{ErrorCode::BadValue, id.message, QStringLiteral("nationalId")};
    QList<CardSummary> cards;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("SELECT %1 FROM cards WHERE person_id = (SELECT id FROM persons "
                           "WHERE id_lookup = ?) ORDER BY id")
                .arg(kCardColumns),
            {session.lookupTag(id.normalized)});
        if (!q)
            return q.error();
        RowReader row(**q, QStringLiteral("cards"), "card_number");
        while (row.next()) {
            Result<CardSummary> card = summaryOf(row);
            if (!card)
                return card.error();
            cards.append(*card);
        }
        return Done{};
    });
    if (!read)
        return read.error();
    return cards;
}

Result<CardSummary> Counter::card(const Session &session, const QString &cardNumber) {
    if (Status ok = session.require(Permission::HandleApplicants); !ok)
        return ok.error();
    Result<CardRow> row = readCard(cardNumber);
    if (!row)
        return row.error();
    return row->card;
}

} // namespace cc
