#pragma once

#include "core/ports/stationdevices.h"
#include "ui/common/workspace.h"

#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cc {

struct UiServices;

class ReaderWatch;

// The readers and card printers attached now, with their live state. A reader
// plugged in or out and a card placed or taken show as the reader thread sees
// them (events, no polling). Printers announce nothing, so their state is
// asked for when the panel is shown and every few seconds while it stays
// visible. The clerk chooses the encoder's reader, the card printer and the
// receipt printer here.
class DevicesPanel : public WorkspacePage {
    Q_OBJECT

public:
    DevicesPanel(UiServices &services, ReaderWatch &readers, QWidget *parent = nullptr);

    void refreshPrinters();
    int refreshes() const { return m_refreshes; } // completed printer scans, for tests
    // What the clerk does about a printer in `status`, in their words (the
    // printer's own reason stays in the state column).
    static QString whatToDo(const PrinterStatus &status);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showReaders(const QList<ReaderListing> &readers);
    void showPrinters(const QList<PrinterListing> &printers);
    static void fillChoice(QComboBox *box, const QStringList &names, const QString &current);

    UiServices &m_services;
    QTableWidget *m_readers;
    QTableWidget *m_printers;
    QComboBox *m_reader;
    QComboBox *m_printer;
    QLineEdit *m_receiptPrinter;
    QTimer m_timer;
    bool m_scanning = false;
    int m_refreshes = 0;
};

} // namespace cc
