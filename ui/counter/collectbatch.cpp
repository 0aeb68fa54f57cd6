#include "ui/counter/collectbatch.h"

#include "core/domain/roles.h"
#include "core/station/session.h"
#include "ui/common/uiservices.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>

namespace cc {
namespace {

// The kinds whose applications are taken one by one at a counter or a laptop.
bool collectsOneByOne(BatchKind kind) {
    return kind == BatchKind::MobileSession || kind == BatchKind::VillageCollection;
}

} // namespace

CollectBatchPicker::CollectBatchPicker(UiServices &services, std::shared_ptr<Session> session,
                                       QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_session(std::move(session))
    , m_list(new QComboBox(this)) {
    setObjectName(QStringLiteral("collectBatch"));
    m_list->setObjectName(QStringLiteral("collectBatchList"));
    auto *label = new QLabel(tr("Collect into (Ctrl+B)"), this);
    label->setBuddy(m_list);
    auto *add = new QPushButton(tr("New session batch…"), this);
    add->setObjectName(QStringLiteral("newSessionBatch"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(add);
    connect(m_list, &QComboBox::currentIndexChanged, this, [this] {
        m_current = m_list->currentData().toLongLong();
        Q_EMIT changed(m_current);
    });
    connect(add, &QPushButton::clicked, this, &CollectBatchPicker::openNew);
    reload();
}

qint64 CollectBatchPicker::batchId() const {
    return isHidden() ? 0 : m_current;
}

void CollectBatchPicker::focusList() {
    if (!isHidden())
        m_list->setFocus();
}

void CollectBatchPicker::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_reloading)
        reload();
}

void CollectBatchPicker::reload() {
    m_reloading = true;
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    m_list->addItem(tr("No batch: produce the card here"), qint64(0));
    const bool keepsBatches = m_services.store && m_session->isUnlocked() &&
                              Roles::allows(m_session->role(), Permission::CreateBatches);
    setHidden(!keepsBatches);
    if (!keepsBatches) {
        m_current = 0;
        m_reloading = false;
        Q_EMIT changed(m_current);
        return;
    }
    Result<QList<BatchSummary>> open =
        Batches(*m_services.store, *m_services.audit, m_services.clock)
            .list(*m_session, BatchStatus::Open);
    int select = 0;
    if (open)
        for (const BatchSummary &b : *open) {
            if (!collectsOneByOne(b.kind) || !b.sealed)
                continue;
            m_list->addItem(tr("%1 \"%2\" (%3, %n application(s))", nullptr, b.applications)
                                .arg(b.id)
                                .arg(b.label, States::displayName(b.kind)),
                            b.id);
            if (b.id == m_current)
                select = m_list->count() - 1;
        }
    m_list->setCurrentIndex(select);
    m_current = m_list->currentData().toLongLong();
    m_reloading = false;
    Q_EMIT changed(m_current);
}

void CollectBatchPicker::openNew() {
    bool ok = false;
    const QString label = QInputDialog::getText(
        this, tr("New session batch"),
        tr("Name the session (place and date), e.g. Daxi district market 12/2:"), QLineEdit::Normal,
        {}, &ok);
    if (ok && !label.trimmed().isEmpty()) {
        Result<qint64> made = Batches(*m_services.store, *m_services.audit, m_services.clock)
                                  .create(*m_session, {BatchKind::MobileSession, label, {}});
        if (made)
            m_current = *made;
        else
            QMessageBox::warning(this, tr("New session batch"), made.error().message);
    }
    reload();
}

} // namespace cc
