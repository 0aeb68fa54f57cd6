#include "ui/batches/batchdesk.h"

#include "core/domain/nationalid.h"
#include "core/domain/rocdate.h"
#include "core/domain/roles.h"
#include "core/ports/clock.h"
#include "core/station/session.h"
#include "ui/batches/batchproduction.h"
#include "ui/batches/newbatchdialog.h"
#include "ui/batches/rosterimportdialog.h"
#include "ui/common/listtable.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace cc {
namespace {

// A card valid for less than this is worth a look before it is made.
constexpr int kShortValidityDays = 90;

// Waiting for a decision first, then the newest.
bool before(const BatchSummary &a, const BatchSummary &b) {
    const bool aWaits = a.status == BatchStatus::Submitted;
    const bool bWaits = b.status == BatchStatus::Submitted;
    return aWaits != bWaits ? aWaits : a.id > b.id;
}

QString notesOf(const BatchMember &m, const QDate &today) {
    QStringList notes;
    if (m.status != ApplicationStatus::Received)
        notes << States::displayName(m.status);
    if (m.recheckPending)
        notes << BatchDeskPage::tr("eligibility from documents: re-check pending");
    if (m.validUntil.isValid() && m.validUntil < today.addDays(kShortValidityDays))
        notes << BatchDeskPage::tr("card valid only until %1")
                     .arg(RocDate::formatShort(m.validUntil));
    return notes.join(QStringLiteral("; "));
}

} // namespace

BatchDeskPage::BatchDeskPage(Store *store, AuditLog *audit, const Clock &clock,
                             std::shared_ptr<Session> session, BatchDeskServices services,
                             QWidget *parent)
    : WorkspacePage(parent)
    , m_store(store)
    , m_audit(audit)
    , m_clock(clock)
    , m_session(std::move(session))
    , m_services(std::move(services))
    , m_summary(new QLabel(this))
    , m_batches(makeListTable({tr("No."), tr("Batch"), tr("Kind"), tr("Card type"), tr("Status"),
                               tr("Applications"), tr("Made by")},
                              this))
    , m_members(makeListTable({tr("Application"), tr("Name"), tr("ID number"), tr("Born"),
                               tr("Card valid until"), tr("To look at")},
                              this))
    , m_note(new QLabel(this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_reject(new QPushButton(tr("Re&ject…"), this))
    , m_produce(new QPushButton(tr("&Produce…"), this))
    , m_submit(new QPushButton(tr("S&ubmit"), this))
    , m_new(new QPushButton(tr("&New batch…"), this))
    , m_import(new QPushButton(tr("&Import roster…"), this)) {
    setObjectName(QStringLiteral("batchDesk"));
    m_batches->setObjectName(QStringLiteral("batchList"));
    m_members->setObjectName(QStringLiteral("batchMembers"));
    m_note->setObjectName(QStringLiteral("batchNote"));
    m_approve->setObjectName(QStringLiteral("approveBatch"));
    m_reject->setObjectName(QStringLiteral("rejectBatch"));
    m_produce->setObjectName(QStringLiteral("produceBatch"));
    m_submit->setObjectName(QStringLiteral("submitBatch"));
    m_new->setObjectName(QStringLiteral("newBatch"));
    m_import->setObjectName(QStringLiteral("importRoster"));
    m_import->setVisible(m_services.policy != nullptr);
    m_produce->setVisible(m_services.desk != nullptr);
    m_note->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_import);
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_produce);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_batches, 2);
    layout->addWidget(m_members, 3);
    layout->addLayout(buttons);
    connect(m_batches, &QTableWidget::itemSelectionChanged, this, &BatchDeskPage::showSelected);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_produce, &QPushButton::clicked, this, &BatchDeskPage::produce);
    connect(m_submit, &QPushButton::clicked, this, &BatchDeskPage::submit);
    connect(m_new, &QPushButton::clicked, this, &BatchDeskPage::newBatch);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("The school's or agency's roster"), {}, tr("Rosters (*.csv *.txt)"));
        if (!path.isEmpty())
            importRoster(path);
    });
    auto *again = new QShortcut(QKeySequence::Refresh, this);
    connect(again, &QShortcut::activated, this, &BatchDeskPage::refresh);
}

// Read when shown, not at every login: the members are personal data, and
// reading them is audited.
void BatchDeskPage::loggedIn(bool) {
    if (isVisible())
        refresh();
}

void BatchDeskPage::showEvent(QShowEvent *event) {
    WorkspacePage::showEvent(event);
    refresh();
}

const BatchSummary *BatchDeskPage::selected() const {
    const int row = m_batches->currentRow();
    return row >= 0 && row < m_list.size() ? &m_list[row] : nullptr;
}

void BatchDeskPage::refresh() {
    m_approve->setEnabled(false);
    m_reject->setEnabled(false);
    m_produce->setEnabled(false);
    m_submit->setEnabled(false);
    m_import->setEnabled(false);
    const bool mayRead =
        m_session->isUnlocked() && (Roles::allows(m_session->role(), Permission::CreateBatches) ||
                                    Roles::allows(m_session->role(), Permission::ApproveBatches));
    m_new->setEnabled(m_store && m_session->isUnlocked() &&
                      Roles::allows(m_session->role(), Permission::CreateBatches));
    if (!m_store || !mayRead) {
        m_summary->setText(m_session->isUnlocked()
                               ? tr("Batches are kept by clerks, mobile teams and supervisors.")
                               : QString());
        m_note->clear();
        m_list.clear();
        m_batches->setRowCount(0);
        m_members->setRowCount(0);
        return;
    }
    Result<QList<BatchSummary>> list = Batches(*m_store, *m_audit, m_clock).list(*m_session);
    if (!list) {
        m_summary->setText(list.error().message);
        m_note->clear();
        m_list.clear();
        m_batches->setRowCount(0);
        m_members->setRowCount(0);
        return;
    }
    const qint64 keep = m_keep ? std::exchange(m_keep, 0) : selected() ? selected()->id : 0;
    m_list = *list;
    std::sort(m_list.begin(), m_list.end(), before);
    const auto waiting = std::count_if(m_list.begin(), m_list.end(), [](const BatchSummary &b) {
        return b.status == BatchStatus::Submitted;
    });
    m_summary->setText(tr("%n batch(es) waiting for a decision", nullptr, int(waiting)));
    const QSignalBlocker quiet(m_batches);
    m_batches->setRowCount(int(m_list.size()));
    int current = m_list.isEmpty() ? -1 : 0;
    for (int r = 0; r < m_list.size(); ++r) {
        const BatchSummary &b = m_list[r];
        const QStringList cells{QString::number(b.id),
                                b.label,
                                States::displayName(b.kind),
                                b.cardType ? CardTypes::displayName(*b.cardType) : QString(),
                                b.sealed ? States::displayName(b.status) : tr("seal broken"),
                                QString::number(b.applications),
                                b.createdBy};
        for (int c = 0; c < cells.size(); ++c)
            m_batches->setItem(r, c, new QTableWidgetItem(cells[c]));
        if (b.id == keep)
            current = r;
    }
    if (current >= 0)
        m_batches->selectRow(current);
    showSelected();
}

void BatchDeskPage::showSelected() {
    m_approve->setEnabled(false);
    m_reject->setEnabled(false);
    m_produce->setEnabled(false);
    m_submit->setEnabled(false);
    m_import->setEnabled(false);
    m_members->setRowCount(0);
    const BatchSummary *b = selected();
    if (!b) {
        m_note->clear();
        return;
    }
    // The version before the members: a change after it makes a decision on
    // what is shown refused, never one on what is not.
    Result<BatchSummary> fresh = Batches(*m_store, *m_audit, m_clock).show(*m_session, b->id);
    m_shownVersion = fresh ? fresh->version : QByteArray();
    Result<QList<BatchMember>> members =
        Batches(*m_store, *m_audit, m_clock).members(*m_session, b->id);
    if (!members) { // nothing approved that could not be looked at
        m_note->setText(members.error().message);
        return;
    }
    {
        const QDate today = m_clock.todayInTaipei();
        m_members->setRowCount(int(members->size()));
        for (int r = 0; r < members->size(); ++r) {
            const BatchMember &m = (*members)[r];
            const QStringList cells{QString::number(m.applicationId),
                                    m.person.name,
                                    NationalId::masked(m.person.nationalId),
                                    RocDate::formatShort(m.person.birthDate),
                                    m.validUntil.isValid() ? RocDate::formatShort(m.validUntil)
                                                           : tr("no expiry"),
                                    notesOf(m, today)};
            for (int c = 0; c < cells.size(); ++c)
                m_members->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
    }
    // Why the buttons are off, in the order a supervisor would ask.
    const bool producible =
        b->status == BatchStatus::Approved || b->status == BatchStatus::InProduction;
    if (producible && b->sealed && m_services.desk) {
        const bool mayProduce = Roles::allows(m_session->role(), Permission::ProduceCards);
        m_produce->setEnabled(mayProduce);
        m_note->setText(mayProduce ? tr("Approved: load the printer with blank cards, then "
                                        "Produce (Alt+P).")
                                   : tr("Cards are made by clerks, mobile teams and "
                                        "supervisors."));
        return;
    }
    if (b->status == BatchStatus::Open && b->sealed) {
        const bool maySubmit = Roles::allows(m_session->role(), Permission::CreateBatches);
        const bool roster =
            b->kind == BatchKind::SchoolRoster || b->kind == BatchKind::AgencyRoster;
        m_submit->setEnabled(maySubmit && b->applications > 0);
        m_import->setEnabled(maySubmit && roster && m_services.policy);
        m_note->setText(!maySubmit ? tr("Batches are kept by clerks, mobile teams and supervisors.")
                        : b->applications > 0
                            ? tr("Still open: Submit (Alt+U) sends it for a supervisor's decision.")
                        : roster ? tr("Still open and empty: import the roster (Alt+I).")
                                 : tr("Still open and empty: collect applications at the counter "
                                      "(Ctrl+B there)."));
        return;
    }
    if (!Roles::allows(m_session->role(), Permission::ApproveBatches)) {
        m_note->setText(tr("A supervisor approves or rejects batches."));
        return;
    }
    if (!b->sealed) {
        m_note->setText(tr("This batch was changed outside the program; it cannot be decided. "
                           "Tell the city's IT."));
        return;
    }
    if (b->status != BatchStatus::Submitted) {
        m_note->setText(tr("This batch is %1; only a submitted batch is decided.")
                            .arg(States::displayName(b->status)));
        return;
    }
    Result<bool> own = Batches(*m_store, *m_audit, m_clock).isOwnWork(*m_session, b->id);
    if (!own || *own) {
        m_note->setText(own ? tr("You made or changed this batch: another supervisor decides it "
                                 "(four eyes).")
                            : own.error().message);
        return;
    }
    m_note->setText(tr("Check the applications, then approve the batch or send it back."));
    m_approve->setEnabled(true);
    m_reject->setEnabled(true);
}

void BatchDeskPage::decide(bool approve) {
    const BatchSummary *b = selected();
    if (!b)
        return;
    const qint64 id = b->id;
    Batches batches(*m_store, *m_audit, m_clock);
    Status done = Done{};
    if (approve) {
        const auto answer = QMessageBox::question(
            this, tr("Approve batch"),
            tr("Approve batch %1 \"%2\" with %n application(s) for production?", nullptr,
               b->applications)
                .arg(id)
                .arg(b->label));
        if (answer != QMessageBox::Yes)
            return;
        done = batches.approve(*m_session, id, m_shownVersion);
    } else {
        bool ok = false;
        const QString why = QInputDialog::getText(
            this, tr("Reject batch"),
            tr("Why is batch %1 sent back? The one who made it reads this.").arg(id),
            QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        done = batches.reject(*m_session, id, why, m_shownVersion);
    }
    if (!done)
        QMessageBox::warning(this, approve ? tr("Approve batch") : tr("Reject batch"),
                             done.error().message);
    refresh();
}

void BatchDeskPage::newBatch() {
    NewBatchDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        Result<qint64> made =
            Batches(*m_store, *m_audit, m_clock).create(*m_session, dialog.spec());
        if (made) {
            m_keep = *made;
            refresh();
            return;
        }
        dialog.refuse(made.error().message);
    }
}

void BatchDeskPage::importRoster(const QString &path) {
    const BatchSummary *b = selected();
    if (!b || !m_services.policy)
        return;
    auto *dialog = new RosterImportDialog(
        {*m_store, *m_audit, m_clock, *m_services.policy, m_services.registry}, m_session, b->id,
        path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RosterImportDialog::imported, this, &BatchDeskPage::refresh);
    connect(dialog, &RosterImportDialog::workingChanged, this, [this](bool working) {
        m_importing = working;
        Q_EMIT busyChanged(working);
    });
    dialog->open();
}

void BatchDeskPage::locking() {
    // Not busy by then (the lock waits for a run or an import to end): both close.
    for (QDialog *d : findChildren<QDialog *>(Qt::FindDirectChildrenOnly))
        d->reject();
}

void BatchDeskPage::submit() {
    const BatchSummary *b = selected();
    if (!b)
        return;
    const Status done = Batches(*m_store, *m_audit, m_clock).submit(*m_session, b->id);
    if (!done)
        QMessageBox::warning(this, tr("Submit batch"), done.error().message);
    refresh();
}

void BatchDeskPage::produce() {
    const BatchSummary *b = selected();
    if (!b || !m_services.desk)
        return;
    // Window-modal, not a nested event loop: the desk refreshes when it closes.
    auto *dialog =
        new BatchProductionDialog(*m_services.desk, m_services.devices(), m_session, *b, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &BatchDeskPage::refresh);
    // The idle lock waits while cards are made: it would leave the run's
    // buttons over the login page, for anyone passing by.
    connect(dialog, &BatchProductionDialog::runningChanged, this, [this](bool running) {
        m_producing = running;
        Q_EMIT busyChanged(running);
    });
    dialog->open();
}

} // namespace cc
