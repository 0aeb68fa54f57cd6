#pragma once

#include "core/domain/error.h"
#include "core/domain/result.h"
#include "core/ports/devicestatus.h"
#include "reader/cardchannel.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <functional>
#include <future>
#include <memory>

class QThread;

namespace cc::reader {

// Owns the PC/SC context on its own thread, where every SCard call happens.
// Follows the service (pcscd) going and coming back, readers being plugged
// and unplugged, and cards arriving and leaving, and reports each as a signal
// (delivered queued to receivers on other threads). Card work runs as jobs on
// the same thread: withCard() hands a job a connected CardChannel.
class ReaderManager : public QObject {
    Q_OBJECT

public:
    explicit ReaderManager(QObject *parent = nullptr);
    ~ReaderManager() override; // stops the thread; jobs still queued fail

    void start();
    void stop();

    // Thread-safe snapshots of what the manager last saw.
    QList<ReaderListing> readers() const;
    bool serviceAvailable() const { return m_serviceAvailable.load(); }
    // Waits until the manager has looked at the service at least once.
    bool waitForFirstScan(int timeoutMs) const;
    // Waits until `reader` lists a card (woken by the manager's own events,
    // not by polling); false when the deadline passes first.
    bool waitForCard(const QString &reader, QDeadlineTimer deadline) const;

    // Finds a reader by exact name, else by a unique part of its name. An empty
    // `name` picks the only reader with a card, or the only reader.
    Result<QString> resolve(const QString &name) const;

    // Runs `work` on the reader thread with the card on `reader` connected.
    template<typename T>
    std::future<Result<T>> withCard(const QString &reader,
                                    std::function<Result<T>(CardChannel &)> work) {
        auto promise = std::make_shared<std::promise<Result<T>>>();
        std::future<Result<T>> future = promise->get_future();
        post([promise, reader, work = std::move(work)](SCARDCONTEXT context) {
            Result<CardChannel> channel = CardChannel::open(context, reader);
            promise->set_value(channel ? work(channel.value()) : Result<T>(channel.error()));
        });
        return future;
    }

Q_SIGNALS:
    void serviceAvailableChanged(bool available, const QString &reason);
    void readersChanged(const QList<cc::ReaderListing> &readers);
    void cardInserted(const QString &reader, const QByteArray &atr);
    void cardRemoved(const QString &reader);

private:
    using Job = std::function<void(SCARDCONTEXT)>;
    void post(Job job);
    void run();
    void runJobs(SCARDCONTEXT context);
    void setService(bool available, const QString &reason);
    void publish(const QList<ReaderListing> &readers);
    void markScanned();

    QThread *m_thread = nullptr;
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_serviceAvailable{false};
    std::atomic<bool> m_scanned{false};
    std::atomic<SCARDCONTEXT> m_context{0};
    mutable QMutex m_mutex;           // guards m_jobs and m_readers
    QWaitCondition m_wake;            // ends the wait between tries while the service is down
    mutable QWaitCondition m_changed; // m_readers or m_scanned changed
    std::deque<Job> m_jobs;
    QList<ReaderListing> m_readers;
};

} // namespace cc::reader
