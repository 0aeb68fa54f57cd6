#include "ui/sync/syncworker.h"

#include "core/ports/clock.h"
#include "core/ports/synctransport.h"
#include "core/station/flags.h"
#include "core/station/outbox.h"
#include "core/station/session.h"
#include "core/station/synclinks.h"
#include "core/workflows/syncloop.h"
#include "core/workflows/syncround.h"
#include "ui/common/uiservices.h"

#include <QCoreApplication>
#include <QTimer>

namespace cc {

// Lives on the worker thread; every call arrives as a queued call.
class SyncWorker::Loop : public QObject {
public:
    Loop(UiServices &services, SyncWorker &owner)
        : m_services(services)
        , m_owner(owner)
        , m_timer(new QTimer(this)) {
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &Loop::tryOnce);
    }

    void setAttended(bool attended) { m_attended = attended; }

    void begin(std::shared_ptr<const Session> session) {
        m_attended = true;
        m_transport.reset();
        m_status = {};
        Result<std::optional<SyncLink>> link =
            SyncLinks(*m_services.sync.store, *m_services.sync.audit, m_services.clock)
                .load(*session);
        if (!link || !link->has_value()) {
            m_status.problem =
                link ? QCoreApplication::translate("SyncWorker", "This station is not enrolled.")
                     : link.error().message;
            report();
            return;
        }
        m_status.enrolled = true;
        m_station = session->stationId();
        m_session = std::move(session);
        if (m_services.sync.linked)
            m_services.sync.linked(**link);
        Result<std::unique_ptr<SyncTransport>> transport = m_services.sync.openTransport(**link);
        if (!transport) {
            m_status.problem = transport.error().message;
            report();
            return;
        }
        m_transport = std::move(transport).value();
        tryOnce();
    }

    void tryOnce() {
        if (!m_transport)
            return;
        Result<SyncRoundResult> pushed =
            SyncRound(*m_services.sync.store, *m_services.sync.audit, m_services.clock,
                      *m_transport, m_attended ? m_services.sync.recheckRegistry : nullptr,
                      m_services.desk.policy())
                .run(*m_session);
        SyncLinks links(*m_services.sync.store, *m_services.sync.audit, m_services.clock);
        m_status.online = pushed.ok();
        if (pushed) {
            m_backoff.reset();
            m_status.problem.clear();
            const QDateTime now = m_services.clock.nowUtc();
            (void)links.noteContact(*m_session);
            m_status.lastContact = now;
            m_timer->start(m_services.sync.intervalMs);
        } else {
            m_status.problem = pushed.error().message;
            // The latest wall time seen, for the offline limits across a restart.
            (void)links.noteClock(*m_session);
            m_status.lastContact = links.lastContact().value_or({});
            // A refusal does not heal by itself: try again only slowly.
            m_timer->start(pushed.error().code == ErrorCode::NetworkFailed
                               ? std::max(200, m_backoff.nextMs())
                               : 5 * m_services.sync.intervalMs);
        }
        m_status.waiting = Outbox(*m_services.sync.store).waiting().value_or(m_status.waiting);
        m_status.openFlags = Flags(*m_services.sync.store, *m_services.sync.audit, m_services.clock)
                                 .openCount()
                                 .value_or(m_status.openFlags);
        report();
    }

private:
    void report() {
        QMetaObject::invokeMethod(
            &m_owner, [o = &m_owner, s = m_status] { Q_EMIT o->statusChanged(s); },
            Qt::QueuedConnection);
    }

    UiServices &m_services;
    SyncWorker &m_owner;
    QTimer *m_timer;
    std::shared_ptr<const Session> m_session; // a copy: the window's lock does not reach it
    std::unique_ptr<SyncTransport> m_transport;
    QString m_station;
    SyncStatus m_status;
    bool m_attended = false;
    Backoff m_backoff{500, 60000};
};

SyncWorker::SyncWorker(UiServices &services, QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<SyncStatus>();
    m_thread.setObjectName(QStringLiteral("sync"));
    m_loop = new Loop(services, *this);
    m_loop->moveToThread(&m_thread);
    m_thread.start();
}

SyncWorker::~SyncWorker() {
    // The loop goes on its own thread (its timer and store connection are
    // that thread's), a try in progress finishing first.
    QMetaObject::invokeMethod(
        m_loop, [loop = m_loop] { delete loop; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncWorker::start(const Session &session) {
    QMetaObject::invokeMethod(
        m_loop,
        [loop = m_loop, s = std::make_shared<const Session>(session.share())] { loop->begin(s); },
        Qt::QueuedConnection);
}

SyncStatus SyncWorker::beforeLogin(UiServices &services) {
    SyncStatus status;
    // Enrolment reaches the centre, so an enrolled station has a last contact.
    status.lastContact = SyncLinks(*services.sync.store, *services.sync.audit, services.clock)
                             .lastContact()
                             .value_or(QDateTime());
    status.enrolled = status.lastContact.isValid();
    status.waiting = Outbox(*services.sync.store).waiting().value_or(0);
    if (status.enrolled)
        status.problem =
            QCoreApplication::translate("SyncWorker", "Sync starts when an operator logs in.");
    return status;
}

void SyncWorker::setAttended(bool attended) {
    QMetaObject::invokeMethod(
        m_loop, [loop = m_loop, attended] { loop->setAttended(attended); }, Qt::QueuedConnection);
}

void SyncWorker::poke() {
    QMetaObject::invokeMethod(
        m_loop, [loop = m_loop] { loop->tryOnce(); }, Qt::QueuedConnection);
}

} // namespace cc
