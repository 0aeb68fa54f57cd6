#include "ui/devices/devicespanel.h"

#include "ui/common/background.h"
#include "ui/common/listtable.h"
#include "ui/common/printeradvice.h"
#include "ui/common/uiservices.h"
#include "ui/devices/readerwatch.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cc {
namespace {

QString printerStateText(const PrinterStatus &status) {
    switch (status.state) {
    case PrinterState::Ready:
        return DevicesPanel::tr("ready");
    case PrinterState::Busy:
        return DevicesPanel::tr("busy");
    case PrinterState::CardAtEncoder:
        return DevicesPanel::tr("card at the encoder");
    case PrinterState::Error:
        return DevicesPanel::tr("needs attention");
    case PrinterState::Offline:
        return DevicesPanel::tr("offline");
    }
    return {};
}

} // namespace

namespace {
constexpr int kPrinterRefreshMs = 3000; // printers announce nothing: asked while the panel shows
} // namespace

DevicesPanel::DevicesPanel(UiServices &services, ReaderWatch &readers, QWidget *parent)
    : WorkspacePage(parent)
    , m_services(services)
    , m_readers(makeListTable({tr("Reader"), tr("Card")}, this))
    , m_printers(makeListTable({tr("Printer"), tr("Kind"), tr("State"), tr("What to do")}, this))
    , m_reader(new QComboBox(this))
    , m_printer(new QComboBox(this))
    , m_receiptPrinter(new QLineEdit(services.settings.devices.receiptPrinter, this)) {
    setObjectName(QStringLiteral("devicesPanel"));
    m_readers->setObjectName(QStringLiteral("readers"));
    m_printers->setObjectName(QStringLiteral("printers"));
    m_reader->setObjectName(QStringLiteral("encoderReader"));
    m_printer->setObjectName(QStringLiteral("cardPrinter"));
    m_receiptPrinter->setObjectName(QStringLiteral("receiptPrinter"));
    m_receiptPrinter->setPlaceholderText(tr("the system's default printer"));

    auto *readersBox = new QGroupBox(tr("Card readers (PC/SC)"), this);
    (new QVBoxLayout(readersBox))->addWidget(m_readers);
    auto *printersBox = new QGroupBox(tr("Card printers"), this);
    (new QVBoxLayout(printersBox))->addWidget(m_printers);
    auto *choiceBox = new QGroupBox(tr("Used at this counter"), this);
    auto *form = new QFormLayout(choiceBox);
    form->addRow(tr("&Encoder (reader)"), m_reader);
    form->addRow(tr("Card &printer"), m_printer);
    form->addRow(tr("&Receipt printer"), m_receiptPrinter);
    auto *hint = new QLabel(tr("The lists follow the devices live: plug a reader in or out, "
                               "place a card, open the printer's cover."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(readersBox, 1);
    layout->addWidget(printersBox, 1);
    layout->addWidget(choiceBox);

    connect(m_reader, &QComboBox::activated, this,
            [this] { m_services.settings.devices.reader = m_reader->currentData().toString(); });
    connect(m_printer, &QComboBox::activated, this,
            [this] { m_services.settings.devices.printer = m_printer->currentData().toString(); });
    connect(m_receiptPrinter, &QLineEdit::editingFinished, this, [this] {
        m_services.settings.devices.receiptPrinter = m_receiptPrinter->text().trimmed();
    });
    connect(&readers, &ReaderWatch::changed, this, &DevicesPanel::showReaders);
    showReaders(readers.readers());
    connect(&m_timer, &QTimer::timeout, this, &DevicesPanel::refreshPrinters);
}

void DevicesPanel::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    refreshPrinters();
    m_timer.start(kPrinterRefreshMs);
}

void DevicesPanel::hideEvent(QHideEvent *event) {
    QWidget::hideEvent(event);
    m_timer.stop();
}

void DevicesPanel::refreshPrinters() {
    if (m_scanning)
        return;
    m_scanning = true;
    StationDevices &devices = m_services.devices;
    runInBackground(
        this, [&devices] { return devices.printers(); },
        [this](const QList<PrinterListing> &printers) {
            m_scanning = false;
            ++m_refreshes;
            showPrinters(printers);
        });
}

void DevicesPanel::fillChoice(QComboBox *box, const QStringList &names, const QString &current) {
    QStringList have;
    for (int i = 0; i < box->count(); ++i)
        have << box->itemData(i).toString();
    if (have == QStringList{QString()} + names)
        return;
    box->clear();
    box->addItem(tr("automatic"), QString());
    for (const QString &n : names)
        box->addItem(n, n);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

void DevicesPanel::showReaders(const QList<ReaderListing> &readers) {
    m_readers->setRowCount(int(readers.size()));
    QStringList readerNames;
    for (int row = 0; row < readers.size(); ++row) {
        const ReaderListing &r = readers[row];
        readerNames << r.name;
        m_readers->setItem(row, 0, new QTableWidgetItem(r.name));
        m_readers->setItem(
            row, 1, new QTableWidgetItem(r.cardPresent ? tr("card present") : tr("no card")));
    }
    fillChoice(m_reader, readerNames, m_services.settings.devices.reader);
}

QString DevicesPanel::whatToDo(const PrinterStatus &status) {
    switch (status.state) {
    case PrinterState::Ready:
        return tr("Nothing: it is ready.");
    case PrinterState::Busy:
        return tr("Wait: it is printing or moving a card.");
    case PrinterState::CardAtEncoder:
        return tr("Wait: a card is at the encoder. If nothing happens, log out and in again "
                  "to finish it.");
    case PrinterState::Offline:
        return tr("Check that it is switched on and its cable or network is connected; this "
                  "list follows within seconds.");
    case PrinterState::Error:
        break;
    }
    const QString fault = PrinterAdvice::forFault(status.error.value_or(ErrorCode::DeviceFailed));
    return !fault.isEmpty() ? fault
                            : tr("Read the printer's display; switch it off and on if it stays. "
                                 "If it still does, call the city's IT help desk.");
}

void DevicesPanel::showPrinters(const QList<PrinterListing> &printers) {
    m_printers->setRowCount(int(printers.size()));
    QStringList printerNames;
    for (int row = 0; row < printers.size(); ++row) {
        const PrinterListing &p = printers[row];
        printerNames << p.name;
        const QString kind =
            p.detail.isEmpty() ? p.kind : p.kind + QStringLiteral(" (") + p.detail + u')';
        const QString state =
            p.status.reason.isEmpty()
                ? printerStateText(p.status)
                : QStringLiteral("%1: %2").arg(printerStateText(p.status), p.status.reason);
        const QString cells[] = {p.name, kind, state, whatToDo(p.status)};
        for (int col = 0; col < 4; ++col)
            m_printers->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    fillChoice(m_printer, printerNames, m_services.settings.devices.printer);
}

} // namespace cc
