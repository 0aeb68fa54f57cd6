#include "ui/common/idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace cc {

IdleWatcher::IdleWatcher(int seconds, QObject *parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    setSeconds(seconds);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatcher::setSeconds(int seconds) {
    m_timer.setInterval(std::max(1, seconds) * 1000);
}

void IdleWatcher::setActive(bool active) {
    if (active)
        m_timer.start();
    else
        m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_timer.isActive())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cc
