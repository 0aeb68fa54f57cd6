#include "ui/common/wedgescanner.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace cc {
namespace {

bool typingField(QWidget *w) {
    return qobject_cast<QLineEdit *>(w) || qobject_cast<QTextEdit *>(w) ||
           qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w);
}

} // namespace

WedgeScanner::WedgeScanner(QObject *parent)
    : QObject(parent) {}

bool WedgeScanner::eventFilter(QObject *watched, QEvent *event) {
    // A key event passes the application's filters once per widget it
    // propagates to: look at it only where it starts.
    QWidget *focus = QApplication::focusWidget();
    QWidget *first = focus ? focus : QApplication::activeWindow();
    if (event->type() != QEvent::KeyPress || watched != first || typingField(focus))
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool burst = m_sinceLast.isValid() && m_sinceLast.elapsed() <= kMaxGapMs;
    m_sinceLast.start();
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const QString code = m_buffer;
        m_buffer.clear();
        if (burst && code.size() >= kMinLength) {
            Q_EMIT scanned(code);
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
    const QString text = key->text();
    if (text.size() == 1 && text.at(0).isLetterOrNumber() &&
        !(key->modifiers() & ~Qt::ShiftModifier)) {
        if (!burst)
            m_buffer.clear();
        m_buffer += text;
        // The first key could be the clerk's; later keys of a burst are the scanner's.
        return m_buffer.size() > 1;
    }
    m_buffer.clear();
    return QObject::eventFilter(watched, event);
}

} // namespace cc
