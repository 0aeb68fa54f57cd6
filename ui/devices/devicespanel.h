#pragma once

#include "core/ports/stationdevices.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cc {

struct UiServices;

// The readers and card printers attached now, with their live state: a
// reader plugged in or out, a card placed, a printer's ribbon running out all
// show within a second. The clerk chooses the encoder's reader, the card
// printer and the receipt printer here.
class DevicesPanel : public QWidget {
    Q_OBJECT

public:
    explicit DevicesPanel(UiServices &services, QWidget *parent = nullptr);

    void refresh();
    int refreshes() const { return m_refreshes; } // completed scans, for tests

private:
    struct Scan {
        QList<ReaderListing> readers;
        QList<PrinterListing> printers;
    };
    void show(const Scan &scan);
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
