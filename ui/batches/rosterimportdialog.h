#pragma once

#include "core/domain/eligibilitypolicy.h"
#include "core/workflows/rosterimport.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cc {

class AuditLog;
class Clock;
class RegistryGateway;
class Session;
class Store;

// What a roster import needs from the station.
struct RosterImportServices {
    Store &store;
    AuditLog &audit;
    const Clock &clock;
    EligibilityPolicy policy;
    RegistryGateway *registry = nullptr; // an agency roster's people are looked up here
};

// A school's or an agency's roster imported into a roster batch, with its
// report: each problem by row (the file's line), column (as the file names
// it) and what is wrong, in the clerk's language. The whole file goes in or
// nothing does; when some rows are refused, "Import the good rows" (Alt+G)
// writes the others, and "Save the refused rows…" (Alt+S) writes those to a
// CSV (UTF-8 with BOM, a 問題 column) to send back to the school.
class RosterImportDialog : public QDialog {
    Q_OBJECT

public:
    RosterImportDialog(RosterImportServices services, std::shared_ptr<Session> session,
                       qint64 batchId, QString path, QWidget *parent = nullptr);

    // Writes the refused rows to `path`; false (and says why) when it cannot.
    bool saveRefused(const QString &path);
    bool isWorking() const { return m_working; }
    const std::optional<RosterImportReport> &report() const { return m_report; }

Q_SIGNALS:
    void imported(); // a run ended (written or not): the report is shown
    void workingChanged(bool working);

protected:
    void reject() override; // not while the roster is being written

private:
    void run(bool goodRowsOnly);
    void showReport(const Result<RosterImportReport> &report);
    void setWorking(bool working);

    RosterImportServices m_services;
    std::shared_ptr<Session> m_session;
    const qint64 m_batchId;
    const QString m_path;
    std::optional<RosterImportReport> m_report;
    // The file as first read: "import the good rows" writes what was reviewed.
    std::shared_ptr<const QByteArray> m_bytes;
    bool m_working = false;

    QLabel *m_summary;
    QTableWidget *m_problems;
    QPushButton *m_goodRows;
    QPushButton *m_saveRefused;
};

} // namespace cc
