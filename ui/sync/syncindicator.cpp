#include "ui/sync/syncindicator.h"

#include "core/domain/rocdate.h"

#include <QTimeZone>

namespace cc {

SyncIndicator::SyncIndicator(QWidget *parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("syncStatus"));
    setTextFormat(Qt::PlainText);
    show(SyncStatus{});
}

void SyncIndicator::show(const SyncStatus &status) {
    m_status = status;
    if (!status.enrolled) {
        setText(tr("○ Central service: not enrolled"));
        setToolTip(status.problem);
        setStyleSheet(QStringLiteral("color: #757575"));
        return;
    }
    const QDateTime local = status.lastContact.toTimeZone(QTimeZone("Asia/Taipei"));
    const QString last = status.lastContact.isValid()
                             ? RocDate::formatShort(local.date()) + QLatin1Char(' ') +
                                   local.time().toString(QStringLiteral("HH:mm"))
                             : tr("never");
    setText((status.online ? tr("● Online") : tr("○ Offline")) + QStringLiteral("  ·  ") +
            tr("%n event(s) waiting", nullptr, int(status.waiting)) + QStringLiteral("  ·  ") +
            tr("last sync %1").arg(last) +
            (status.openFlags > 0
                 ? QStringLiteral("  ·  ") + tr("⚑ %n open flag(s)", nullptr, int(status.openFlags))
                 : QString()));
    setToolTip(status.problem);
    setStyleSheet(status.online ? QStringLiteral("color: #1b5e20")
                                : QStringLiteral("color: #b00020; font-weight: bold"));
}

} // namespace cc
