#include "ui/reports/reportspage.h"

#include "core/domain/rocdate.h"
#include "core/domain/roles.h"
#include "core/ports/clock.h"
#include "core/station/receipts.h"
#include "core/station/reporttables.h"
#include "core/station/session.h"
#include "ui/common/background.h"
#include "ui/common/listtable.h"
#include "ui/reports/reportcharts.h"
#include "ui/reports/reportpdf.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cc {

struct ReportsPage::Figures {
    ReportPeriod period;
    IssuanceReport issuance;
    SpoilageReport spoilage;
    StockReport stock;
    TimingReport timing;
    std::optional<Error> error;
};

namespace {

enum Preset { Custom, Today, ThisWeek, ThisMonth, LastMonth, Last30Days, ThisYear };

void fill(QTableWidget *widget, const ReportTable &table) {
    widget->clear();
    widget->setColumnCount(int(table.header.size()));
    widget->setHorizontalHeaderLabels(table.header);
    widget->setRowCount(int(table.rows.size()));
    for (int r = 0; r < table.rows.size(); ++r)
        for (int c = 0; c < table.rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(table.rows[r][c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            widget->setItem(r, c, item);
        }
    // The figures spread over the width; the first column as wide as it needs.
    widget->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    widget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
}

QChartView *chartView(QWidget *parent, const char *name) {
    auto *view = new QChartView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

// Shows `chart` in `view`, deleting the one it replaces.
void showChart(QChartView *view, QChart *chart) {
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

ReportsPage::ReportsPage(Store *store, AuditLog *audit, const Clock &clock,
                         std::shared_ptr<Session> session,
                         std::function<EligibilityPolicy::Stock()> stockThreshold, QWidget *parent)
    : WorkspacePage(parent)
    , m_store(store)
    , m_audit(audit)
    , m_clock(clock)
    , m_session(std::move(session))
    , m_stockThreshold(std::move(stockThreshold))
    , m_preset(new QComboBox(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_grain(new QComboBox(this))
    , m_by(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Show (F5)"), this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_issuanceChart(chartView(this, "issuanceChart"))
    , m_spoilageChart(chartView(this, "spoilageChart"))
    , m_issuance(makeListTable({}, this))
    , m_transactions(makeListTable({}, this))
    , m_spoilage(makeListTable({}, this))
    , m_stock(makeListTable({}, this))
    , m_timing(makeListTable({}, this))
    , m_csv(new QPushButton(tr("Export table as &CSV…"), this))
    , m_pdf(new QPushButton(tr("Export report as &PDF…"), this)) {
    setObjectName(QStringLiteral("reportsPage"));
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_grain->setObjectName(QStringLiteral("reportGrain"));
    m_by->setObjectName(QStringLiteral("reportBy"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_issuance->setObjectName(QStringLiteral("issuanceTable"));
    m_transactions->setObjectName(QStringLiteral("transactionsTable"));
    m_spoilage->setObjectName(QStringLiteral("spoilageTable"));
    m_stock->setObjectName(QStringLiteral("stockTable"));
    m_timing->setObjectName(QStringLiteral("timingTable"));
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_pdf->setObjectName(QStringLiteral("exportPdf"));
    m_status->setWordWrap(true);
    m_from->setPlaceholderText(QStringLiteral("115/11/01"));
    m_to->setPlaceholderText(QStringLiteral("115/11/30"));

    m_preset->addItems({tr("Custom"), tr("Today"), tr("This week"), tr("This month"),
                        tr("Last month"), tr("Last 30 days"), tr("This year")});
    m_grain->addItem(ReportTables::grainName(ReportGrain::Day), int(ReportGrain::Day));
    m_grain->addItem(tr("Week"), int(ReportGrain::Week));
    m_grain->addItem(ReportTables::grainName(ReportGrain::Month), int(ReportGrain::Month));
    for (IssuanceDimension by : {IssuanceDimension::CardType, IssuanceDimension::Carrier,
                                 IssuanceDimension::Channel, IssuanceDimension::Operator})
        m_by->addItem(ReportTables::dimensionName(by), int(by));

    auto *choose = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QWidget *w) {
        auto *label = new QLabel(text, this);
        label->setBuddy(w);
        choose->addWidget(label);
        choose->addWidget(w);
    };
    labelled(tr("Pe&riod"), m_preset);
    labelled(tr("&From"), m_from);
    labelled(tr("&To"), m_to);
    labelled(tr("Sum &by"), m_grain);
    labelled(tr("&Split by"), m_by);
    choose->addWidget(m_refresh);
    choose->addStretch(1);

    auto *issued = new QSplitter(Qt::Vertical, this);
    issued->addWidget(m_issuanceChart);
    issued->addWidget(m_issuance);
    auto *spoiled = new QSplitter(Qt::Vertical, this);
    spoiled->addWidget(m_spoilageChart);
    spoiled->addWidget(m_spoilage);
    for (QSplitter *split : {issued, spoiled}) {
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
    }
    m_tabs->addTab(issued, tr("Cards issued"));
    m_tabs->addTab(m_transactions, tr("Replacements and lost cards"));
    m_tabs->addTab(spoiled, tr("Spoilage"));
    m_tabs->addTab(m_stock, tr("Blank stock"));
    m_tabs->addTab(m_timing, tr("Waiting time"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_csv);
    buttons->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_preset, &QComboBox::activated, this, &ReportsPage::choosePeriod);
    for (QLineEdit *edit : {m_from, m_to}) {
        connect(edit, &QLineEdit::textEdited, this, [this] { m_preset->setCurrentIndex(Custom); });
        connect(edit, &QLineEdit::returnPressed, this, &ReportsPage::refresh);
    }
    connect(m_refresh, &QPushButton::clicked, this, &ReportsPage::refresh);
    auto *f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, &ReportsPage::refresh);
    connect(m_grain, &QComboBox::activated, this, &ReportsPage::showIssuance);
    connect(m_by, &QComboBox::activated, this, &ReportsPage::showIssuance);
    connect(m_csv, &QPushButton::clicked, this, &ReportsPage::askCsv);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPage::askPdf);
    m_preset->setCurrentIndex(ThisMonth);
    choosePeriod(ThisMonth);
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);
    if (!Roles::allows(m_session->role(), Permission::ReadReports)) {
        m_status->setText(Roles::refusal(m_session->role(), Permission::ReadReports));
        for (QWidget *w : std::initializer_list<QWidget *>{m_preset, m_from, m_to, m_grain, m_by,
                                                           m_refresh, m_tabs})
            w->setEnabled(false);
    }
}

void ReportsPage::showEvent(QShowEvent *event) {
    WorkspacePage::showEvent(event);
    if (!m_shown && m_refresh->isEnabled()) {
        m_shown = true;
        refresh();
    }
}

void ReportsPage::choosePeriod(int preset) {
    const QDate today = m_clock.todayInTaipei();
    QDate from = today;
    QDate to = today;
    switch (preset) {
    case ThisWeek:
        from = IssuanceReport::periodStart(today, ReportGrain::Week);
        break;
    case ThisMonth:
        from = IssuanceReport::periodStart(today, ReportGrain::Month);
        break;
    case LastMonth:
        to = IssuanceReport::periodStart(today, ReportGrain::Month).addDays(-1);
        from = IssuanceReport::periodStart(to, ReportGrain::Month);
        break;
    case Last30Days:
        from = today.addDays(-29);
        break;
    case ThisYear:
        from = QDate(today.year(), 1, 1);
        break;
    case Custom:
        return;
    default:
        break;
    }
    m_from->setText(RocDate::formatShort(from));
    m_to->setText(RocDate::formatShort(to));
    if (m_shown)
        refresh();
}

void ReportsPage::refresh() {
    if (m_busy)
        return;
    if (!m_store || !m_audit) {
        m_status->setText(tr("The reports are not available at this station."));
        return;
    }
    Result<QDate> from = RocDate::parseDate(m_from->text());
    Result<QDate> to = RocDate::parseDate(m_to->text());
    if (!from || !to) {
        m_status->setText(
            tr("%1: %2").arg(!from ? tr("From") : tr("To"), (!from ? from : to).error().message));
        (!from ? m_from : m_to)->setFocus();
        return;
    }
    Result<ReportPeriod> period = ReportPeriod::of(*from, *to);
    if (!period) {
        m_status->setText(period.error().message);
        return;
    }
    m_busy = true;
    Q_EMIT busyChanged(true);
    m_refresh->setEnabled(false);
    m_status->setText(tr("Reading the reports for %1…").arg(ReportTables::period(*period)));
    Store *store = m_store;
    AuditLog *audit = m_audit;
    const std::shared_ptr<Session> session = m_session;
    const EligibilityPolicy::Stock threshold = m_stockThreshold();
    const ReportPeriod p = *period;
    runInBackground(
        this,
        [store, audit, session, threshold, p]() -> std::shared_ptr<const Figures> {
            auto f = std::make_shared<Figures>();
            f->period = p;
            Reports reports(*store, *audit);
            Result<IssuanceReport> issuance = reports.issuance(*session, p);
            Result<SpoilageReport> spoilage = reports.spoilage(*session, p);
            Result<StockReport> stock = reports.stock(*session, p, threshold);
            Result<TimingReport> timing = reports.timing(*session, p);
            for (const Error *e :
                 {issuance ? nullptr : &issuance.error(), spoilage ? nullptr : &spoilage.error(),
                  stock ? nullptr : &stock.error(), timing ? nullptr : &timing.error()})
                if (e && !f->error)
                    f->error = *e;
            if (!f->error) {
                f->issuance = *issuance;
                f->spoilage = *spoilage;
                f->stock = *stock;
                f->timing = *timing;
            }
            return f;
        },
        [this](const std::shared_ptr<const Figures> &f) { showFigures(f); });
}

void ReportsPage::showFigures(const std::shared_ptr<const Figures> &f) {
    m_busy = false;
    Q_EMIT busyChanged(false);
    m_refresh->setEnabled(true);
    if (f->error) {
        // Nothing shown may pass for the period typed: the figures go.
        m_figures.reset();
        for (QTableWidget *t : {m_issuance, m_transactions, m_spoilage, m_stock, m_timing})
            t->setRowCount(0);
        m_csv->setEnabled(false);
        m_pdf->setEnabled(false);
        m_status->setStyleSheet(QString());
        m_status->setText(f->error->message);
        Q_EMIT refreshed();
        return;
    }
    m_figures = f;
    showIssuance();
    fill(m_transactions, ReportTables::transactions(f->issuance));
    fill(m_spoilage, ReportTables::spoilage(f->spoilage));
    fill(m_stock, ReportTables::stock(f->stock));
    fill(m_timing, ReportTables::timing(f->timing));
    showChart(m_spoilageChart, ReportCharts::spoilage(f->spoilage));
    QStringList low;
    for (const StockLine &l : f->stock.lines)
        if (l.low)
            low << tr("%1: %2 on hand")
                       .arg(ReportTables::valueName(IssuanceDimension::Carrier, l.carrier))
                       .arg(l.onHand);
    QString text = tr("%1: %n card(s) issued.", nullptr, f->issuance.total())
                       .arg(ReportTables::period(f->period));
    if (!low.isEmpty())
        text += QStringLiteral(" ") +
                tr("Blank cards run low, order more (%1).").arg(low.join(tr(", ")));
    m_status->setText(text);
    m_status->setStyleSheet(low.isEmpty() ? QString() : QStringLiteral("color: #b00020"));
    m_csv->setEnabled(true);
    m_pdf->setEnabled(true);
    Q_EMIT refreshed();
}

void ReportsPage::showIssuance() {
    if (!m_figures)
        return;
    const auto grain = ReportGrain(m_grain->currentData().toInt());
    const auto by = IssuanceDimension(m_by->currentData().toInt());
    fill(m_issuance, ReportTables::issuance(m_figures->issuance, grain, by, ReportDates::Roc));
    showChart(m_issuanceChart, ReportCharts::issuance(m_figures->issuance, grain, by));
}

QList<ReportTable> ReportsPage::tables() const {
    if (!m_figures)
        return {};
    const auto grain = ReportGrain(m_grain->currentData().toInt());
    const auto by = IssuanceDimension(m_by->currentData().toInt());
    return {
        ReportTables::issuance(m_figures->issuance, grain, by, ReportDates::Roc),
        ReportTables::transactions(m_figures->issuance),
        ReportTables::spoilage(m_figures->spoilage),
        ReportTables::stock(m_figures->stock),
        ReportTables::timing(m_figures->timing),
    };
}

Status ReportsPage::exportCsv(const QString &path) const {
    if (!m_figures)
        return Error{ErrorCode::WrongState, tr("Show a report first."), path};
    ReportTable table = tables().value(m_tabs->currentIndex());
    if (m_tabs->currentIndex() == 0) // ISO dates, which a spreadsheet reads as dates
        table = ReportTables::issuance(
            m_figures->issuance, ReportGrain(m_grain->currentData().toInt()),
            IssuanceDimension(m_by->currentData().toInt()), ReportDates::Iso);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(table.csv()) < 0 || !file.commit())
        return Error{ErrorCode::FileUnwritable,
                     tr("cannot write the table: %1").arg(file.errorString()), path};
    return Done{};
}

Status ReportsPage::exportPdf(const QString &path) const {
    if (!m_figures)
        return Error{ErrorCode::WrongState, tr("Show a report first."), path};
    ReportDocument doc;
    if (m_store && m_audit) {
        Result<OfficeInfo> office = Receipts(*m_store, *m_audit, m_clock).office();
        if (office)
            doc.office = office->name;
    }
    doc.stationId = m_session->stationId();
    doc.period = m_figures->period;
    doc.madeAt = m_clock.nowUtc();
    doc.madeBy = m_session->username();
    const auto grain = ReportGrain(m_grain->currentData().toInt());
    const auto by = IssuanceDimension(m_by->currentData().toInt());
    doc.charts = {
        ReportCharts::render(ReportCharts::issuance(m_figures->issuance, grain, by), {1000, 460}),
        ReportCharts::render(ReportCharts::spoilage(m_figures->spoilage), {1000, 420})};
    doc.tables = tables();
    return ReportPdf::write(doc, path);
}

void ReportsPage::askCsv() {
    const ReportTable table = tables().value(m_tabs->currentIndex());
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("%1-%2-%3.csv")
                          .arg(table.name, m_figures->period.from.toString(Qt::ISODate),
                               m_figures->period.to.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table as CSV"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status done = exportCsv(path);
    m_status->setText(done ? tr("The table is saved as %1.").arg(QDir::toNativeSeparators(path))
                           : done.error().toString());
}

void ReportsPage::askPdf() {
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("report-%1-%2-%3.pdf")
                          .arg(m_session->stationId(), m_figures->period.from.toString(Qt::ISODate),
                               m_figures->period.to.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report as PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status done = exportPdf(path);
    m_status->setText(done ? tr("The report is saved as %1.").arg(QDir::toNativeSeparators(path))
                           : done.error().toString());
}

} // namespace cc
