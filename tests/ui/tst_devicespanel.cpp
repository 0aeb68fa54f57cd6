// What the devices panel tells the clerk to do about a printer: an action in
// their words for each state and error, never the printer's raw reason.
#include "core/ports/cardprinter.h"
#include "ui/devices/devicespanel.h"

#include <QTest>

using namespace cc;

class TstDevicesPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void whatToDo_data();
    void whatToDo();
};

void TstDevicesPanel::whatToDo_data() {
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("error"); // -1: none known
    QTest::addColumn<QString>("advice");
    QTest::newRow("ready") << int(PrinterState::Ready) << -1 << "Nothing: it is ready.";
    QTest::newRow("busy") << int(PrinterState::Busy) << -1
                          << "Wait: it is printing or moving a card.";
    QTest::newRow("offline") << int(PrinterState::Offline) << int(ErrorCode::DeviceNotFound)
                             << "Check that it is switched on";
    QTest::newRow("ribbon out") << int(PrinterState::Error) << int(ErrorCode::RibbonOut)
                                << "Change the ribbon.";
    QTest::newRow("feeder empty") << int(PrinterState::Error) << int(ErrorCode::FeederEmpty)
                                  << "Load blank cards into the feeder.";
    QTest::newRow("jam") << int(PrinterState::Error) << int(ErrorCode::CardJam)
                         << "take out the stuck card";
    QTest::newRow("cover open") << int(PrinterState::Error) << int(ErrorCode::CoverOpen)
                                << "Close the printer's cover.";
    QTest::newRow("unknown error")
        << int(PrinterState::Error) << -1 << "Read the printer's display";
}

void TstDevicesPanel::whatToDo() {
    QFETCH(int, state);
    QFETCH(int, error);
    QFETCH(QString, advice);
    PrinterStatus status;
    status.state = PrinterState(state);
    status.reason = QStringLiteral("RAW-REASON-FROM-THE-PRINTER");
    if (error >= 0)
        status.error = ErrorCode(error);
    const QString shown = DevicesPanel::whatToDo(status);
    QVERIFY2(shown.contains(advice), qPrintable(shown));
    QVERIFY(!shown.contains(status.reason));
}

QTEST_MAIN(TstDevicesPanel)
#include "tst_devicespanel.moc"
