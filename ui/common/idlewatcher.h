#pragma once

#include <QObject>
#include <QTimer>

namespace cc {

// Watches the whole application for keyboard and mouse input and says when
// there has been none for the station's idle-lock time.
class IdleWatcher : public QObject {
    Q_OBJECT

public:
    explicit IdleWatcher(int seconds, QObject *parent = nullptr);
    void setSeconds(int seconds);
    void setActive(bool active);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace cc
