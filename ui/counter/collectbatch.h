#pragma once

#include "core/station/batches.h"

#include <QWidget>

#include <memory>

class QComboBox;

namespace cc {

class Session;
struct UiServices;

// Where the counter's F9 puts an application: produced here at once, or
// collected into an open batch (a mobile team's session on a laptop, a
// village chief's forms) to be produced once a supervisor approves it, on
// the spot or back at the office. Lists the open batches that take
// applications one by one, read again each time it is shown; "New session
// batch…" opens one. Hidden for a role that keeps no batches.
class CollectBatchPicker : public QWidget {
    Q_OBJECT

public:
    CollectBatchPicker(UiServices &services, std::shared_ptr<Session> session,
                       QWidget *parent = nullptr);

    // The batch chosen; 0: produce at the counter.
    qint64 batchId() const;
    // Reads the open batches again (after a login, after an application was added).
    void reload();
    void focusList();

Q_SIGNALS:
    // The choice changed, or was read again (a batch no longer open is dropped).
    void changed(qint64 batchId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void openNew();

    UiServices &m_services;
    std::shared_ptr<Session> m_session;
    QComboBox *m_list;
    qint64 m_current = 0;
    bool m_reloading = false;
};

} // namespace cc
