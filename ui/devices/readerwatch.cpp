#include "ui/devices/readerwatch.h"

namespace cc {

ReaderWatch::ReaderWatch(StationDevices &devices, QObject *parent)
    : QObject(parent)
    , m_devices(devices) {
    m_devices.watchReaders([this](const QList<ReaderListing> &readers) {
        // On the devices' thread: hand over to this object's. An event still
        // queued when this object goes is dropped with it.
        QMetaObject::invokeMethod(
            this,
            [this, readers] {
                m_readers = readers;
                Q_EMIT changed(readers);
            },
            Qt::QueuedConnection);
    });
}

ReaderWatch::~ReaderWatch() {
    m_devices.watchReaders({});
}

} // namespace cc
