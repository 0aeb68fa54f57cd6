// citizencard-printer-emulator: an Evolis card printer for tests and the demo.
#include "printeremulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Emulates an Evolis card printer on 127.0.0.1, speaking the Programming Guide's\n"
        "language (docs/printing.md). Faults are injected with the command\n"
        "ESC Xf;<fault>;<stage> CR, where fault is ribbon-out, feeder-empty, card-jam or\n"
        "cover-open and stage is insert, print or eject; ESC Xc CR reads the counters."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port; 0 picks a free one (default 9100)."),
                                  QStringLiteral("N"), QStringLiteral("9100"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Directory for the printed cards' PNG files."),
                                 QStringLiteral("DIR"), QStringLiteral("."));
    const QCommandLineOption feeder(QStringLiteral("feeder"),
                                    QStringLiteral("Blank cards in the feeder (default 100)."),
                                    QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption ribbon(QStringLiteral("ribbon"),
                                    QStringLiteral("Sides left on the ribbon (default 500)."),
                                    QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption delay(QStringLiteral("delay-ms"),
                                   QStringLiteral("Time each card movement takes (default 0)."),
                                   QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption feedSignal(
        QStringLiteral("feed-signal"),
        QStringLiteral("File rewritten with the card's sequence number each time a blank card "
                       "is fed (for virtual-card --stack)."),
        QStringLiteral("FILE"));
    const QCommandLineOption record(QStringLiteral("record"),
                                    QStringLiteral("File every byte received is appended to."),
                                    QStringLiteral("FILE"));
    parser.addOptions({port, out, feeder, ribbon, delay, feedSignal, record});
    parser.process(app);

    PrinterEmulator emulator({parser.value(out), parser.value(feeder).toInt(),
                              parser.value(ribbon).toInt(), parser.value(delay).toInt(),
                              parser.value(feedSignal), parser.value(record)});
    QTextStream stdOut(stdout);
    if (!emulator.listen(parser.value(port).toUShort())) {
        QTextStream(stderr) << "cannot listen on port " << parser.value(port) << '\n';
        return 3;
    }
    stdOut << "listening on 127.0.0.1:" << emulator.port() << Qt::endl;
    return app.exec();
}
