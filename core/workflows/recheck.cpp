#include "core/workflows/recheck.h"

#include "core/domain/cardtype.h"
#include "core/domain/eligibility.h"
#include "core/domain/objects.h"
#include "core/domain/rocdate.h"
#include "core/ports/clock.h"
#include "core/ports/registrygateway.h"
#include "core/protocol/syncevent.h"
#include "core/station/applicants.h"
#include "core/station/auditlog.h"
#include "core/station/flags.h"
#include "core/station/outbox.h"
#include "core/station/rows.h"
#include "core/station/session.h"
#include "core/station/store.h"
#include "core/workflows/logging.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace cc {
namespace {

struct Pending {
    qint64 application = 0;
    CardType type = CardType::General;
    QDate on;
};

} // namespace

Recheck::Recheck(Store &store, AuditLog &audit, const Clock &clock, RegistryGateway &registry,
                 EligibilityPolicy policy)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock)
    , m_registry(registry)
    , m_policy(std::move(policy)) {}

Result<Recheck::Outcome> Recheck::run(const Session &session) {
    Outcome outcome;
    if (!session.require(Permission::HandleApplicants))
        return outcome;
    QList<Pending> pending;
    Status read = m_store.read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_store.exec(
            db, QStringLiteral("SELECT id, card_type, created_at FROM applications WHERE "
                               "recheck_pending = 1 AND recheck_result IS NULL ORDER BY id "
                               "LIMIT 50"));
        if (!q)
            return q.error();
        RowReader row(**q, QStringLiteral("applications"));
        while (row.next()) {
            Result<CardType> type = row.cardType("card_type");
            if (!type)
                return type.error();
            const QDateTime at = QDateTime::fromString(row.text("created_at"), Qt::ISODateWithMs);
            pending.append(
                {row.integer("id"), *type, at.toTimeZone(QTimeZone("Asia/Taipei")).date()});
        }
        return Done{};
    });
    if (!read)
        return read.error();

    Applicants applicants(m_store, m_audit, m_clock);
    const EligibilityEvaluator evaluator(m_policy);
    for (const Pending &p : pending) {
        Result<ApplicantRecord> applicant = applicants.forApplication(session, p.application);
        if (!applicant) { // one damaged row does not hold up the others
            qCWarning(lcSync) << "re-check of" << Objects::application(p.application)
                              << "skipped:" << errorCodeName(applicant.error().code);
            ++outcome.pending;
            continue;
        }
        Result<std::optional<RegistryEntry>> entry =
            m_registry.lookup(applicant->person.nationalId);
        if (!entry) {
            // The registry cannot be asked now: the rest waits for the next round.
            outcome.pending = int(pending.size()) - outcome.passed - outcome.failed;
            break;
        }
        QStringList failed;
        QStringList says;
        if (!entry->has_value()) {
            failed << QStringLiteral("registryRecord");
            says << QCoreApplication::translate("Recheck", "The registry has no such person.");
        } else {
            const EligibilityDecision decision =
                evaluator.evaluate((*entry)->facts, p.on).decision(p.type);
            for (const EligibilityReason &r : decision.reasons)
                if (!r.passed) {
                    failed << r.rule;
                    says << r.message;
                }
        }
        const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
        const QString object = Objects::application(p.application);
        Status written = m_store.write([&](QSqlDatabase &db) -> Status {
            if (Status ok = m_store.run(
                    db,
                    QStringLiteral("UPDATE applications SET recheck_pending = 0, "
                                   "recheck_result = ?, updated_at = ? WHERE id = ?"),
                    {failed.isEmpty() ? QStringLiteral("passed") : QStringLiteral("failed"), now,
                     p.application});
                !ok)
                return ok;
            if (!failed.isEmpty())
                if (Status ok =
                        Flags(m_store, m_audit, m_clock)
                            .raiseIn(
                                db, QStringLiteral("recheck:") + object, FlagKind::Recheck, object,
                                {{QStringLiteral("application"), p.application},
                                 {QStringLiteral("cardType"), CardTypes::code(p.type)},
                                 {QStringLiteral("failedRules"), failed.join(QLatin1Char(','))},
                                 {QStringLiteral("registrySays"), says.join(QLatin1Char(' '))},
                                 {QStringLiteral("appliedOn"), RocDate::formatShort(p.on)}},
                                now);
                    !ok)
                    return ok;
            if (Status sent = Outbox(m_store).append(
                    db, now, SyncEvent::applicationRechecked(p.application, p.type, failed));
                !sent)
                return sent;
            return m_audit.append(
                db,
                {session.username(), QStringLiteral("application.recheck"), object,
                 failed.isEmpty() ? QStringLiteral("passed") : QStringLiteral("failed"),
                 failed.join(QLatin1Char(','))},
                &session);
        });
        if (!written)
            return written.error();
        ++(failed.isEmpty() ? outcome.passed : outcome.failed);
    }
    if (!pending.isEmpty())
        qCInfo(lcSync) << "re-checked" << outcome.passed << "passed," << outcome.failed << "failed,"
                       << outcome.pending << "pending";
    return outcome;
}

} // namespace cc
