#pragma once

#include "core/workflows/syncstatus.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace cc {

class Session;
struct UiServices;

// The station's sync, on a thread of its own with its own store connection:
// it pushes the outbox now and then (and at once when asked), waits longer
// after each failure to reach the centre (full-jitter backoff), and reports
// a SyncStatus after every try. It never waits on the GUI and the GUI never
// waits on it.
class SyncWorker : public QObject {
    Q_OBJECT

public:
    explicit SyncWorker(UiServices &services, QObject *parent = nullptr);
    ~SyncWorker() override;

    // Starts (or restarts) with a copy of the operator's session: the link's
    // key is opened with it once; a later lock does not stop sync.
    void start(const Session &session);
    // Push now (new events were written).
    void poke();
    // Whether an operator is at the station: offline applications are
    // re-checked (their ID numbers read and sent to the registry) only then;
    // pushing and pulling go on while the window is locked.
    void setAttended(bool attended);
    // What the store says before anyone logs in (no key needed): enrolled
    // or not, the last contact, the events waiting.
    static SyncStatus beforeLogin(UiServices &services);

Q_SIGNALS:
    void statusChanged(const cc::SyncStatus &status);

private:
    class Loop;
    QThread m_thread;
    Loop *m_loop = nullptr;
};

} // namespace cc
