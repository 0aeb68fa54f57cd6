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
