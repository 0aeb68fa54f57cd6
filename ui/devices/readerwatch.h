#pragma once

#include "core/ports/stationdevices.h"

#include <QObject>

namespace cc {

// The readers as the devices report them, on the GUI thread: told by the
// devices' own thread each time a reader or a card comes or goes (no
// polling). One per window, for as long as the window lives.
class ReaderWatch : public QObject {
    Q_OBJECT

public:
    explicit ReaderWatch(StationDevices &devices, QObject *parent = nullptr);
    ~ReaderWatch() override; // no call reaches it afterwards

    const QList<ReaderListing> &readers() const { return m_readers; }

Q_SIGNALS:
    void changed(const QList<cc::ReaderListing> &readers);

private:
    StationDevices &m_devices;
    QList<ReaderListing> m_readers;
};

} // namespace cc
