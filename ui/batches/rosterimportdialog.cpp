#include "ui/batches/rosterimportdialog.h"

#include "core/domain/boundedread.h"
#include "core/station/session.h"
#include "ui/common/background.h"
#include "ui/common/listtable.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cc {

RosterImportDialog::RosterImportDialog(RosterImportServices services,
                                       std::shared_ptr<Session> session, qint64 batchId,
                                       QString path, QWidget *parent)
    : QDialog(parent)
    , m_services(std::move(services))
    , m_session(std::move(session))
    , m_batchId(batchId)
    , m_path(std::move(path))
    , m_summary(new QLabel(this))
    , m_problems(makeListTable({tr("Row"), tr("Column"), tr("Problem")}, this))
    , m_goodRows(new QPushButton(tr("Import the &good rows"), this))
    , m_saveRefused(new QPushButton(tr("&Save the refused rows…"), this)) {
    setObjectName(QStringLiteral("rosterImport"));
    setWindowTitle(tr("Roster %1 into batch %2").arg(QFileInfo(m_path).fileName()).arg(batchId));
    m_summary->setObjectName(QStringLiteral("rosterSummary"));
    m_problems->setObjectName(QStringLiteral("rosterProblems"));
    m_goodRows->setObjectName(QStringLiteral("importGoodRows"));
    m_saveRefused->setObjectName(QStringLiteral("saveRefused"));
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveRefused, QDialogButtonBox::ActionRole);
    buttons->addButton(m_goodRows, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_goodRows, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_saveRefused, &QPushButton::clicked, this, [this] {
        const QString to = QFileDialog::getSaveFileName(
            this, tr("Save the refused rows"),
            QFileInfo(m_path).dir().filePath(QFileInfo(m_path).completeBaseName() +
                                             tr("-refused.csv")),
            tr("CSV (*.csv)"));
        if (!to.isEmpty())
            saveRefused(to);
    });
    resize(760, 480);
    // Once the caller has connected to workingChanged.
    QMetaObject::invokeMethod(
        this, [this] { run(false); }, Qt::QueuedConnection);
}

void RosterImportDialog::setWorking(bool working) {
    m_working = working;
    Q_EMIT workingChanged(working);
}

void RosterImportDialog::reject() {
    if (!m_working)
        QDialog::reject();
}

void RosterImportDialog::run(bool goodRowsOnly) {
    setWorking(true);
    m_goodRows->setEnabled(false);
    m_saveRefused->setEnabled(false);
    m_summary->setText(tr("Reading the roster…"));
    RosterImportOptions options;
    options.goodRowsOnly = goodRowsOnly;
    struct Outcome {
        std::shared_ptr<const QByteArray> bytes;
        Result<RosterImportReport> report;
    };
    runInBackground(
        this,
        [services = m_services, session = std::make_shared<const Session>(m_session->share()),
         batch = m_batchId, path = m_path, bytes = m_bytes, options]() mutable -> Outcome {
            if (!bytes) {
                QFile in(path);
                if (!in.open(QIODevice::ReadOnly))
                    return {nullptr,
                            Error{ErrorCode::FileUnreadable,
                                  tr("The roster cannot be read: %1").arg(in.errorString()), path}};
                Result<QByteArray> read = readBounded(in, InputLimits::kCsv, path);
                if (!read)
                    return {nullptr, read.error()};
                bytes = std::make_shared<const QByteArray>(std::move(read).value());
            }
            Result<RosterImportReport> report =
                RosterImport(services.store, services.audit, services.clock, services.policy,
                             services.registry)
                    .run(*session, batch, *bytes, QFileInfo(path).fileName(), options);
            return {bytes, std::move(report)};
        },
        [this](const Outcome &outcome) {
            if (outcome.bytes)
                m_bytes = outcome.bytes;
            showReport(outcome.report);
        });
}

void RosterImportDialog::showReport(const Result<RosterImportReport> &report) {
    setWorking(false);
    if (!report) {
        m_summary->setText(report.error().message);
        // The report before, if any, still stands.
        m_goodRows->setEnabled(m_report && !m_report->written && !m_report->bad.isEmpty() &&
                               m_report->bad.size() < m_report->rows);
        m_saveRefused->setEnabled(m_report && !m_report->bad.isEmpty());
        Q_EMIT imported();
        return;
    }
    m_report = *report;
    const RosterImportReport &r = *report;
    QString text = tr("%1 rows read (%2): %3 imported, %4 refused.")
                       .arg(r.rows)
                       .arg(r.encoding)
                       .arg(r.imported)
                       .arg(r.bad.size());
    if (!r.written && !r.problems.isEmpty())
        text += QLatin1Char(' ') + tr("Nothing was imported: correct the rows and import the "
                                      "file again, or import the good rows and send the refused "
                                      "ones back.");
    m_summary->setText(text);
    m_problems->setRowCount(int(r.problems.size()));
    for (int i = 0; i < r.problems.size(); ++i) {
        const RosterProblem &p = r.problems[i];
        const QStringList cells{QString::number(p.row), p.column, p.message};
        for (int c = 0; c < cells.size(); ++c)
            m_problems->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_goodRows->setEnabled(!r.written && !r.bad.isEmpty() && r.bad.size() < r.rows);
    m_saveRefused->setEnabled(!r.bad.isEmpty());
    Q_EMIT imported();
}

bool RosterImportDialog::saveRefused(const QString &path) {
    // The refused rows are personal data: not once the station is locked.
    if (!m_report || m_report->bad.isEmpty() || !m_session->isUnlocked())
        return false;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_report->refusedCsv()) < 0 || !out.commit()) {
        m_summary->setText(
            tr("The refused rows cannot be written to %1: %2").arg(path, out.errorString()));
        return false;
    }
    m_summary->setText(tr("The refused rows are in %1, to send back.").arg(path));
    return true;
}

} // namespace cc
