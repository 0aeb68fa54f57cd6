#pragma once

#include "core/workflows/syncstatus.h"

#include <QLabel>

namespace cc {

class Clock;

// The link to the centre as the status bar shows it, always: online or
// offline, events waiting, the last sync; the reason when offline is the
// tooltip.
class SyncIndicator : public QLabel {
    Q_OBJECT

public:
    explicit SyncIndicator(QWidget *parent = nullptr);

    void show(const SyncStatus &status);
    const SyncStatus &status() const { return m_status; }

private:
    SyncStatus m_status;
};

} // namespace cc
