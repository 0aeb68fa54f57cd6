#include "reader/readermanager.h"

#include "reader/logging.h"

#include <QDeadlineTimer>
#include <QThread>

#include <vector>

namespace cc::reader {
namespace {

// pcsc-lite's and WinSCard's name for "tell me when readers come and go".
constexpr char kPnpReader[] = "\\\\?PnP?\\Notification";
// How long one wait for a change lasts; a posted job also cancels it at once.
constexpr DWORD kWaitMs = 250;
// How long to wait before asking for the service again while it is down; a
// posted job or stop() ends the wait at once.
constexpr unsigned long kRetryMs = 300;

bool serviceLost(LONG rv) {
    return rv == LONG(SCARD_E_NO_SERVICE) || rv == LONG(SCARD_E_SERVICE_STOPPED) ||
           rv == LONG(SCARD_F_COMM_ERROR) || rv == LONG(SCARD_E_INVALID_HANDLE);
}

QStringList listReaderNames(SCARDCONTEXT context, LONG *rv) {
    DWORD length = 0;
    *rv = SCardListReaders(context, nullptr, nullptr, &length);
    if (*rv != SCARD_S_SUCCESS)
        return {};
    QByteArray buffer(qsizetype(length), '\0');
    *rv = SCardListReaders(context, nullptr, buffer.data(), &length);
    if (*rv != SCARD_S_SUCCESS)
        return {};
    QStringList names;
    for (const QByteArray &name : buffer.split('\0'))
        if (!name.isEmpty())
            names << QString::fromUtf8(name);
    return names;
}

} // namespace

ReaderManager::ReaderManager(QObject *parent)
    : QObject(parent) {}

ReaderManager::~ReaderManager() {
    stop();
}

void ReaderManager::start() {
    if (m_thread)
        return;
    m_stopping = false;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("pcsc"));
    m_thread->start();
}

void ReaderManager::stop() {
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    if (const SCARDCONTEXT context = m_context.load())
        SCardCancel(context);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    runJobs(0); // whatever is left fails with "no service" rather than hanging
}

QList<ReaderListing> ReaderManager::readers() const {
    QMutexLocker lock(&m_mutex);
    return m_readers;
}

bool ReaderManager::waitForFirstScan(int timeoutMs) const {
    const QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_mutex);
    while (!m_scanned.load())
        if (!m_changed.wait(&m_mutex, deadline))
            return m_scanned.load();
    return true;
}

bool ReaderManager::waitForCard(const QString &reader, QDeadlineTimer deadline) const {
    QMutexLocker lock(&m_mutex);
    const auto present = [&] {
        return std::any_of(m_readers.cbegin(), m_readers.cend(), [&](const ReaderListing &r) {
            return r.name == reader && r.cardPresent;
        });
    };
    while (!present())
        if (!m_changed.wait(&m_mutex, deadline))
            return present();
    return true;
}

void ReaderManager::markScanned() {
    QMutexLocker lock(&m_mutex);
    m_scanned = true;
    m_changed.wakeAll();
}

Result<QString> ReaderManager::resolve(const QString &name) const {
    const QList<ReaderListing> all = readers();
    if (!serviceAvailable())
        return Pcsc::error(LONG(SCARD_E_NO_SERVICE), name);
    QList<ReaderListing> matches;
    for (const ReaderListing &reader : all) {
        if (reader.name == name)
            return reader.name;
        if (name.isEmpty() ? reader.cardPresent : reader.name.contains(name, Qt::CaseInsensitive))
            matches << reader;
    }
    if (name.isEmpty() && matches.isEmpty() && all.size() == 1)
        return all.first().name;
    if (matches.size() == 1)
        return matches.first().name;
    if (matches.isEmpty())
        return Error{ErrorCode::DeviceNotFound,
                     name.isEmpty() ? tr("No reader has a card on it.")
                                    : tr("No reader's name contains this."),
                     name};
    return Error{ErrorCode::InvalidArgument,
                 tr("More than one reader matches; give more of the name."), name};
}

void ReaderManager::post(Job job) {
    {
        QMutexLocker lock(&m_mutex);
        m_jobs.push_back(std::move(job));
        m_wake.wakeAll();
    }
    // SCardCancel is the one call meant for another thread: it ends the wait
    // for a change so the job runs now rather than at the next timeout.
    if (const SCARDCONTEXT context = m_context.load())
        SCardCancel(context);
}

void ReaderManager::runJobs(SCARDCONTEXT context) {
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            if (m_jobs.empty())
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job(context);
    }
}

void ReaderManager::setService(bool available, const QString &reason) {
    if (m_serviceAvailable.exchange(available) != available || !m_scanned.load()) {
        if (available)
            qCInfo(lcReader) << "smart card service available";
        else
            qCWarning(lcReader).noquote() << "smart card service unavailable:" << reason;
        Q_EMIT serviceAvailableChanged(available, reason);
    }
}

void ReaderManager::publish(const QList<ReaderListing> &readers) {
    QList<ReaderListing> before;
    {
        QMutexLocker lock(&m_mutex);
        before = std::exchange(m_readers, readers);
        m_changed.wakeAll();
    }
    for (const ReaderListing &now : readers) {
        const auto old = std::find_if(before.cbegin(), before.cend(),
                                      [&](const ReaderListing &r) { return r.name == now.name; });
        const bool had = old != before.cend() && old->cardPresent;
        if (now.cardPresent && !had)
            Q_EMIT cardInserted(now.name, now.atr);
        else if (!now.cardPresent && had)
            Q_EMIT cardRemoved(now.name);
    }
    for (const ReaderListing &old : before) {
        const bool stillThere =
            std::any_of(readers.cbegin(), readers.cend(),
                        [&](const ReaderListing &r) { return r.name == old.name; });
        if (!stillThere && old.cardPresent)
            Q_EMIT cardRemoved(old.name);
    }
    if (before != readers)
        Q_EMIT readersChanged(readers);
}

void ReaderManager::run() {
    SCARDCONTEXT context = 0;
    QStringList names;
    std::vector<QByteArray> nameBytes;
    std::vector<SCARD_READERSTATE> states;
    bool rescan = true;

    const auto dropContext = [&](LONG rv) {
        if (context)
            SCardReleaseContext(context);
        context = 0;
        m_context = 0;
        rescan = true;
        publish({}); // before the flag, so no one sees "unavailable" with readers still listed
        setService(false, Pcsc::error(rv, {}).message);
    };

    while (!m_stopping.load()) {
        if (!context) {
            const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
            if (rv != SCARD_S_SUCCESS) {
                context = 0;
                dropContext(rv);
                markScanned();
                runJobs(0);
                QMutexLocker lock(&m_mutex);
                if (m_jobs.empty() && !m_stopping.load())
                    m_wake.wait(&m_mutex, kRetryMs);
                continue;
            }
            m_context = context;
            setService(true, {});
        }

        if (rescan) {
            LONG rv = SCARD_S_SUCCESS;
            names = listReaderNames(context, &rv);
            if (serviceLost(rv)) {
                dropContext(rv);
                continue;
            }
            nameBytes.clear();
            states.assign(size_t(names.size()) + 1, SCARD_READERSTATE{});
            for (const QString &name : names)
                nameBytes.push_back(name.toUtf8());
            for (size_t i = 0; i < nameBytes.size(); ++i) {
                states[i].szReader = nameBytes[i].constData();
                states[i].dwCurrentState = SCARD_STATE_UNAWARE;
            }
            states.back().szReader = kPnpReader;
            // pcsc-lite keeps the reader count in the high word of the PnP state.
            states.back().dwCurrentState = DWORD(names.size()) << 16;
            rescan = false;
        }

        runJobs(context);
        if (m_stopping.load())
            break;

        LONG rv = SCardGetStatusChange(context, kWaitMs, states.data(), DWORD(states.size()));
        if (rv == LONG(SCARD_E_TIMEOUT) || rv == LONG(SCARD_E_CANCELLED)) {
            if (!m_scanned.load() && states.size() == 1)
                markScanned(); // no readers at all: nothing will change to tell us
            continue;
        }
        if (serviceLost(rv)) {
            dropContext(rv);
            continue;
        }
        if (rv == LONG(SCARD_E_UNKNOWN_READER)) {
            rescan = true;
            continue;
        }
        if (rv != SCARD_S_SUCCESS) {
            qCWarning(lcReader).noquote()
                << "waiting for reader changes failed:" << Pcsc::codeName(rv);
            QThread::msleep(100);
            continue;
        }

        QList<ReaderListing> now;
        for (size_t i = 0; i + 1 < states.size(); ++i) {
            SCARD_READERSTATE &state = states[i];
            if (state.dwEventState & (SCARD_STATE_UNKNOWN | SCARD_STATE_IGNORE))
                rescan = true;
            state.dwCurrentState = state.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
            ReaderListing info;
            info.name = names[qsizetype(i)];
            info.cardPresent = (state.dwEventState & SCARD_STATE_PRESENT) &&
                               !(state.dwEventState & SCARD_STATE_MUTE);
            if (info.cardPresent)
                info.atr = QByteArray(reinterpret_cast<const char *>(state.rgbAtr),
                                      qsizetype(state.cbAtr));
            now << info;
        }
        SCARD_READERSTATE &pnp = states.back();
        if (pnp.dwEventState & SCARD_STATE_CHANGED)
            rescan = true;
        pnp.dwCurrentState = pnp.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
        publish(now);
        markScanned();
    }
    m_context = 0;
    if (context)
        SCardReleaseContext(context);
}

} // namespace cc::reader
