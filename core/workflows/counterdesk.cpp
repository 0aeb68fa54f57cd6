#include "core/workflows/counterdesk.h"

#include "core/domain/nationalid.h"
#include "core/domain/objects.h"
#include "core/ports/clock.h"
#include "core/station/batches.h"
#include "core/station/session.h"

namespace cc {

CounterDesk::CounterDesk(Store &store, AuditLog &audit, const Clock &clock,
                         EligibilityPolicy policy, StationDevices &devices)
    : m_store(store)
    , m_audit(audit)
    , m_clock(clock)
    , m_counter(store, audit, clock, policy)
    , m_issuance(store, audit, clock)
    , m_offline(store, audit, clock, policy.offline)
    , m_devices(devices) {}

Result<CounterDesk::StationPair> CounterDesk::openStation(const DeviceChoice &devices) {
    Result<std::unique_ptr<CardEncoder>> encoder = m_devices.openEncoder(devices.reader);
    if (!encoder)
        return encoder.error();
    Result<std::unique_ptr<CardPrinter>> printer = m_devices.openPrinter(devices.printer);
    if (!printer)
        return printer.error();
    return StationPair{std::move(encoder).value(), std::move(printer).value()};
}

ProduceResult CounterDesk::produce(const Session &session,
                                   const std::optional<CounterApplication> &application,
                                   qint64 applicationId, Carrier carrier,
                                   const DeviceChoice &devices,
                                   const Issuance::Observer &observer) {
    // Before anything is recorded: a station too long offline makes no card.
    if (Status allowed = m_offline.check(session); !allowed)
        return {allowed.error(), applicationId};
    if (!applicationId) {
        if (!application)
            return {Error{ErrorCode::MissingField, tr("No application to produce."),
                          QStringLiteral("application")},
                    0};
        Result<qint64> applied = m_counter.applyNew(session, *application);
        if (!applied)
            return {applied.error(), 0};
        applicationId = *applied;
    }
    Result<StationPair> station = openStation(devices);
    if (!station)
        return {station.error(), applicationId};
    return {m_issuance.produce(session, applicationId, carrier, *station->encoder,
                               *station->printer, observer),
            applicationId};
}

Result<QList<IssuanceOutcome>> CounterDesk::recoverUnfinished(const Session &session,
                                                              const DeviceChoice &devices,
                                                              const Issuance::Observer &observer) {
    Result<QList<ProductionAttempt>> open = m_issuance.unfinished();
    if (!open)
        return open.error();
    if (open->isEmpty())
        return QList<IssuanceOutcome>{};
    Result<StationPair> station = openStation(devices);
    if (!station)
        return station.error();
    return m_issuance.recover(session, *station->encoder, *station->printer, observer);
}

Result<QString> CounterDesk::linkOwnCard(const Session &session,
                                         const CounterApplication &application, Carrier carrier,
                                         const DeviceChoice &devices) {
    Result<std::unique_ptr<CardEncoder>> encoder = m_devices.openEncoder(devices.reader);
    if (!encoder)
        return encoder.error();
    return m_counter.linkOwnCard(session, application, carrier, **encoder);
}

Status CounterDesk::reprintFace(const Session &session, const QString &cardNumber,
                                const DeviceChoice &devices) {
    Result<std::unique_ptr<CardPrinter>> printer = m_devices.openPrinter(devices.printer);
    if (!printer)
        return printer.error();
    Result<PrintJobRecord> job = m_issuance.reprintFace(session, cardNumber, **printer);
    if (!job)
        return job.error();
    if (job->outcome != PrintJobOutcome::Printed)
        return job->error
                   ? *job->error
                   : Error{ErrorCode::DeviceFailed, tr("The face was not printed."), cardNumber};
    return Done{};
}

Result<Receipt> CounterDesk::receiptFor(const Session &session, qint64 applicationId,
                                        const QString &cardNumber, const QString &name,
                                        const QString &nationalId) {
    Result<CardSummary> card = m_counter.card(session, cardNumber);
    if (!card)
        return card.error();
    Result<ApplicantRecord> applicant =
        Applicants(m_store, m_audit, m_clock).forApplication(session, applicationId);
    if (!applicant)
        return applicant.error();
    Receipt receipt;
    for (const ApplicationRecord &a : applicant->applications)
        if (a.id == applicationId) {
            receipt.fee = a.fee;
            receipt.feeWaived = a.feeWaived;
            receipt.feeWaiver = a.documents.value(QStringLiteral("feeWaiver")).toString();
        }
    receipt.at = m_clock.nowUtc();
    receipt.applicationId = applicationId;
    receipt.cardNumber = card->cardNumber;
    receipt.cardType = CardTypes::displayName(card->type);
    receipt.carrier = Carriers::displayName(card->carrier);
    receipt.name = name;
    receipt.maskedId = NationalId::masked(NationalId::check(nationalId).normalized);
    receipt.issued = card->issued;
    receipt.expires = card->expires;
    receipt.stationId = session.stationId();
    receipt.operatorName = session.username();
    receipt.sensitiveData = CardTypes::usesSensitiveData(card->type);
    return receipt;
}

Status CounterDesk::printReceipt(const Session &session, qint64 applicationId,
                                 const QString &cardNumber, const QString &name,
                                 const QString &nationalId, const DeviceChoice &devices) {
    Result<Receipt> receipt = receiptFor(session, applicationId, cardNumber, name, nationalId);
    if (!receipt)
        return receipt.error();
    return m_devices.printReceipt(*receipt, devices.receiptPrinter);
}

Status CounterDesk::printLostReport(const Session &session, const QString &cardNumber,
                                    const QString &name, const QString &nationalId,
                                    const DeviceChoice &devices) {
    Result<CardSummary> card = m_counter.card(session, cardNumber);
    if (!card)
        return card.error();
    if (card->status != CardStatus::Blocked || card->reason != StatusReason::Lost)
        return Error{
            ErrorCode::WrongState,
            tr("Card %1 is not reported lost: there is nothing to prove.").arg(card->cardNumber),
            Objects::card(card->cardNumber)};
    Receipt proof;
    proof.kind = Receipt::Kind::LostReport;
    proof.cardNumber = card->cardNumber;
    proof.cardType = CardTypes::displayName(card->type);
    proof.carrier = Carriers::displayName(card->carrier);
    proof.name = name;
    proof.maskedId = NationalId::masked(NationalId::check(nationalId).normalized);
    proof.stationId = session.stationId();
    proof.operatorName = session.username();
    proof.at = m_clock.nowUtc();
    return m_devices.printReceipt(proof, devices.receiptPrinter);
}

Result<BatchRunReport> CounterDesk::produceBatch(const Session &session, qint64 batchId,
                                                 Carrier carrier, const DeviceChoice &devices,
                                                 const BatchRun::Hooks &hooks) {
    if (Status allowed = m_offline.check(session); !allowed)
        return allowed.error();
    Result<StationPair> station = openStation(devices);
    if (!station)
        return station.error();
    return BatchRun(m_store, m_audit, m_clock)
        .run(session, batchId, carrier, *station->encoder, *station->printer, hooks);
}

Status CounterDesk::printHandOver(const Session &session, qint64 batchId,
                                  const DeviceChoice &devices) {
    Result<HandOverList> list = Batches(m_store, m_audit, m_clock).handOver(session, batchId);
    if (!list)
        return list.error();
    return m_devices.printHandOver(*list, devices.receiptPrinter);
}

} // namespace cc
