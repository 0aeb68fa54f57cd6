#include "ui/common/idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>
#include <utility>

namespace cc {

IdleWatcher::IdleWatcher(int seconds, QObject *parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    m_warning.setSingleShot(true);
    setSeconds(seconds);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    connect(&m_warning, &QTimer::timeout, this, [this] {
        m_warned = true;
        Q_EMIT warning(m_lead);
    });
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatcher::setSeconds(int seconds) {
    seconds = std::max(1, seconds);
    m_lead = std::clamp(seconds / 5, 2, 30);
    m_timer.setInterval(seconds * 1000);
    m_warning.setInterval(std::max(0, seconds - m_lead) * 1000);
}

void IdleWatcher::setActive(bool active) {
    if (active) {
        restart();
    } else {
        m_timer.stop();
        m_warning.stop();
        m_warned = false;
    }
}

void IdleWatcher::restart() {
    m_timer.start();
    m_warning.start();
    if (std::exchange(m_warned, false))
        Q_EMIT this->active();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_timer.isActive())
            restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cc
