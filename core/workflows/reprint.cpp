// Reprinting the face of an issued card: the same face the workflow printed,
// from the same stored application, audited.
#include "core/domain/cardnumber.h"
#include "core/domain/cardstatus.h"
#include "core/domain/objects.h"
#include "core/station/auditlog.h"
#include "core/station/rows.h"
#include "core/station/session.h"
#include "core/station/store.h"
#include "core/workflows/issuance.h"
#include "core/workflows/issuancejob.h"

namespace cc {

Result<PrintJobRecord> Issuance::reprintFace(const Session &session, const QString &cardNumber,
                                             CardPrinter &printer) {
    Result<QString> parsed = CardNumber::parse(cardNumber.trimmed());
    if (!parsed)
        return Error{parsed.error().code, parsed.error().message, QStringLiteral("cardNumber")};
    const QString number = *parsed;
    const QString object = Objects::card(number);
    const QString action = QStringLiteral("card.reprint");
    if (Status ok = m_audit.authorize(session, Permission::ProduceCards, action, object); !ok)
        return ok.error();
    std::optional<ProductionAttempt> attempt;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db,
            QStringLiteral("SELECT a.id AS attempt_id, c.status AS status, c.status_reason AS "
                           "status_reason, c.replaced_by AS replaced_by FROM cards c JOIN "
                           "production_attempts a ON "
                           "a.card_number = c.card_number JOIN applications p ON p.id = "
                           "a.application_id WHERE c.card_number = ? AND p.kind <> 'link'"),
            {number});
        if (!q)
            return q.error();
        RowReader row(**q, QStringLiteral("cards"), "attempt_id");
        if (!row.next())
            return Error{ErrorCode::NotFound,
                         tr("There is no printed card with this number (a linked card has no "
                            "face of ours)."),
                         object};
        const Result<CardStatus> status = row.cardStatus("status");
        const Result<StatusReason> reason = row.statusReason("status_reason");
        if (!status || !reason)
            return status ? reason.error() : status.error();
        const CardState state{*status, *reason, !row.isNull("replaced_by")};
        attempt = ProductionAttempt{row.integer("attempt_id"), 0, number, {}, {}};
        (*q)->finish();
        if (!cardAllows(state, CardAction::Reprint))
            return Error{ErrorCode::WrongState,
                         tr("Card %1 is %2; its face cannot be reprinted.")
                             .arg(number, cardStateText(state)),
                         object};
        return Done{};
    });
    if (!read)
        return read.error();
    Result<Job> job = prepare(session, *attempt);
    if (!job)
        return job.error();
    const PrintJobRecord printed = printer.print(job->face);
    const bool ok = printed.outcome == PrintJobOutcome::Printed;
    if (Status audited = m_audit.record({session.username(), action, object,
                                         ok ? QStringLiteral("ok") : QStringLiteral("failed"),
                                         ok ? QString() : errorCodeName(printed.error->code)},
                                        &session);
        !audited)
        return audited.error();
    return printed;
}

} // namespace cc
