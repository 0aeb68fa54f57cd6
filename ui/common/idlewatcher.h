#pragma once

#include <QObject>
#include <QTimer>

namespace cc {

// Watches the whole application for keyboard and mouse input and says when
// there has been none for the station's idle-lock time, and a little before
// (a fifth of it, 2 to 30 seconds), so the clerk can stay.
class IdleWatcher : public QObject {
    Q_OBJECT

public:
    explicit IdleWatcher(int seconds, QObject *parent = nullptr);
    void setSeconds(int seconds);
    void setActive(bool active);

    // The warning's lead: how many seconds before idle() it comes.
    int warningLead() const { return m_lead; }

Q_SIGNALS:
    void warning(int secondsLeft);
    void active(); // input again after a warning
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    QTimer m_timer;
    QTimer m_warning;
    int m_lead = 0;
    bool m_warned = false;
};

} // namespace cc
