#pragma once

#include "core/station/reports.h"
#include "ui/common/workspace.h"

#include <functional>
#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace cc {

class AuditLog;
class Clock;
class Session;
class Store;
struct ReportTable;

// The station's reports (Ctrl+7), for a supervisor or the admin: cards issued
// (chart and table, by day, week or month and by type, carrier, channel or
// operator), replacements and lost cards, spoilage, blank stock with its
// warning, and the time from application to hand-over, for the period typed
// in ROC or ISO dates. Each table exports to CSV (Alt+C), the whole report
// to PDF (Alt+P). Counts, rates and times only: no citizen in them.
class ReportsPage : public WorkspacePage {
    Q_OBJECT

public:
    // `stockThreshold`: the policy's low-stock warning as it is now (the
    // centre may publish a new policy while the station runs).
    ReportsPage(Store *store, AuditLog *audit, const Clock &clock, std::shared_ptr<Session> session,
                std::function<EligibilityPolicy::Stock()> stockThreshold,
                QWidget *parent = nullptr);

    // Reads the reports for the period typed, in the background.
    void refresh();
    // The tables as they are shown, in the order of the tabs.
    QList<ReportTable> tables() const;
    bool isBusy() const override { return m_busy; }

    // The current tab's table as CSV (dates in ISO, for a spreadsheet).
    Status exportCsv(const QString &path) const;
    // The whole report: the charts, then every table.
    Status exportPdf(const QString &path) const;

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Figures;
    void choosePeriod(int preset);
    void showFigures(const std::shared_ptr<const Figures> &figures);
    void showIssuance();
    void askCsv();
    void askPdf();

    Store *m_store;
    AuditLog *m_audit;
    const Clock &m_clock;
    std::shared_ptr<Session> m_session;
    std::function<EligibilityPolicy::Stock()> m_stockThreshold;
    QComboBox *m_preset;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QComboBox *m_grain;
    QComboBox *m_by;
    QPushButton *m_refresh;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QChartView *m_issuanceChart;
    QChartView *m_spoilageChart;
    QTableWidget *m_issuance;
    QTableWidget *m_transactions;
    QTableWidget *m_spoilage;
    QTableWidget *m_stock;
    QTableWidget *m_timing;
    QPushButton *m_csv;
    QPushButton *m_pdf;
    std::shared_ptr<const Figures> m_figures;
    bool m_busy = false;
    bool m_shown = false;
};

} // namespace cc
