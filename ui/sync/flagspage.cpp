#include "ui/sync/flagspage.h"

#include "core/domain/rocdate.h"
#include "core/station/session.h"
#include "ui/common/listtable.h"
#include "ui/common/uiservices.h"

#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace cc {
namespace {

constexpr int kRefreshMs = 5000; // the sync worker adds flags behind the page

QString when(const QDateTime &at) {
    const QDateTime local = at.toTimeZone(QTimeZone("Asia/Taipei"));
    return RocDate::formatShort(local.date()) + QLatin1Char(' ') +
           local.time().toString(QStringLiteral("HH:mm"));
}

QString kindName(FlagKind kind) {
    return kind == FlagKind::Conflict ? FlagsPage::tr("Second personal card")
                                      : FlagsPage::tr("Re-check failed");
}

} // namespace

FlagsPage::FlagsPage(UiServices &services, std::shared_ptr<Session> session, QWidget *parent)
    : WorkspacePage(parent)
    , m_services(services)
    , m_session(std::move(session))
    , m_summary(new QLabel(this))
    , m_table(makeListTable({tr("Raised"), tr("Kind"), tr("Status"), tr("What")}, this))
    , m_facts(new QTextBrowser(this))
    , m_resolve(new QPushButton(tr("&Resolve…"), this))
    , m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("flagsPage"));
    m_table->setObjectName(QStringLiteral("flagsTable"));
    m_resolve->setObjectName(QStringLiteral("resolveFlag"));
    m_facts->setObjectName(QStringLiteral("flagFacts"));
    m_facts->setMaximumHeight(120);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_facts);
    layout->addWidget(m_resolve, 0, Qt::AlignRight);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FlagsPage::showSelected);
    connect(m_resolve, &QPushButton::clicked, this, &FlagsPage::resolveSelected);
    connect(m_timer, &QTimer::timeout, this, &FlagsPage::refresh);
    m_timer->setInterval(kRefreshMs);
    refresh();
}

void FlagsPage::loggedIn(bool) {
    refresh();
}

void FlagsPage::showEvent(QShowEvent *event) {
    WorkspacePage::showEvent(event);
    refresh();
    m_timer->start();
}

void FlagsPage::refresh() {
    if (!isVisible())
        m_timer->stop();
    if (!m_services.sync.store) {
        m_summary->setText(tr("This station does not sync with a central service."));
        m_table->setRowCount(0);
        m_resolve->setEnabled(false);
        return;
    }
    Result<QList<Flag>> flags =
        Flags(*m_services.sync.store, *m_services.sync.audit, m_services.clock)
            .list(*m_session, false);
    if (!flags) {
        m_summary->setText(flags.error().code == ErrorCode::PermissionDenied
                               ? tr("Only a supervisor sees and resolves flags.")
                               : flags.error().message);
        m_table->setRowCount(0);
        m_flags.clear();
        m_resolve->setEnabled(false);
        return;
    }
    const qint64 selected = m_table->currentRow() >= 0 && m_table->currentRow() < m_flags.size()
                                ? m_flags[m_table->currentRow()].id
                                : 0;
    m_flags = *flags;
    qsizetype open = 0;
    m_table->setRowCount(int(m_flags.size()));
    for (int r = 0; r < m_flags.size(); ++r) {
        const Flag &f = m_flags[r];
        open += f.isOpen();
        const QString status = f.isOpen() ? tr("open") : tr("resolved");
        const QStringList cells{when(f.raisedAt), kindName(f.kind), status, Flags::describe(f)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
        if (f.id == selected)
            m_table->selectRow(r);
    }
    m_summary->setText(tr("%n open flag(s)", nullptr, int(open)));
    showSelected();
}

void FlagsPage::showSelected() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_flags.size()) {
        m_facts->clear();
        m_resolve->setEnabled(false);
        return;
    }
    const Flag &f = m_flags[row];
    QString text = Flags::describe(f);
    if (!f.isOpen())
        text += QStringLiteral("\n\n") + tr("Resolved %1 by %2, because: %3")
                                             .arg(when(f.resolvedAt), f.resolvedBy, f.resolution);
    m_facts->setPlainText(text);
    m_resolve->setEnabled(f.isOpen());
}

void FlagsPage::resolveSelected() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_flags.size() || !m_flags[row].isOpen())
        return;
    bool ok = false;
    const QString because = QInputDialog::getText(
        this, tr("Resolve flag"), tr("Resolved, because (this is kept in the audit log):"),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    Status resolved = Flags(*m_services.sync.store, *m_services.sync.audit, m_services.clock)
                          .resolve(*m_session, m_flags[row].id, because);
    if (!resolved)
        QMessageBox::warning(this, tr("Resolve flag"), resolved.error().message);
    refresh();
}

} // namespace cc
