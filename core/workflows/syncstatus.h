#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace cc {

// What the station shows of its link to the centre, always.
struct SyncStatus {
    bool enrolled = false;
    bool online = false;   // the last try reached the centre
    qint64 waiting = 0;    // events not yet held by the centre
    QDateTime lastContact; // when the centre last answered; invalid: never
    qint64 openFlags = 0;  // flags for the supervisors not yet resolved
    QString problem;       // why the last try failed, in the operator's words
};

} // namespace cc

Q_DECLARE_METATYPE(cc::SyncStatus)
