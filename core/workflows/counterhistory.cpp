// An applicant's history: applications, cards and what was done to them.
#include "core/domain/objects.h"
#include "core/station/auditlog.h"
#include "core/station/session.h"
#include "core/workflows/counter.h"

namespace cc {
Result<QList<ApplicantMatch>> Counter::search(const Session &session, const QString &text) {
    return Applicants(m_store, m_audit, m_clock).search(session, text);
}

Result<ApplicantHistory> Counter::history(const Session &session, const QString &nationalId) {
    Result<std::optional<ApplicantRecord>> found =
        Applicants(m_store, m_audit, m_clock).findByNationalId(session, nationalId);
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound, tr("The station holds no applicant with this ID number."),
                     QStringLiteral("nationalId")};
    ApplicantHistory history;
    history.applicant = std::move(**found);
    Result<QList<CardSummary>> cards = cardsOf(session, nationalId);
    if (!cards)
        return cards.error();
    history.cards = *cards;

    const QString person = Objects::person(history.applicant.personId);
    QStringList numbers;
    for (const CardSummary &c : history.cards)
        numbers << c.cardNumber;
    Result<QList<ApplicantEvent>> events =
        Applicants(m_store, m_audit, m_clock).eventsOf(session, history.applicant, numbers);
    if (!events)
        return events.error();
    history.events = *events;
    Result<QList<ReceiptEntry>> receipts =
        Receipts(m_store, m_audit, m_clock).forCards(session, numbers);
    if (!receipts)
        return receipts.error();
    history.receipts = *receipts;
    if (Status ok = m_audit.record({session.username(), QStringLiteral("applicant.history"), person,
                                    QStringLiteral("ok"),
                                    QStringLiteral("events=%1").arg(history.events.size())},
                                   &session);
        !ok)
        return ok.error();
    return history;
}

} // namespace cc
