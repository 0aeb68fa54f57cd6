#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QString>

class QTcpServer;
class QTcpSocket;

// An Evolis card printer as the test suite and the demo see it: the command
// subset of docs/printing.md over TCP, a card that moves between the feeder,
// the contactless station, the print head, the output hopper and the reject
// tray, ribbon and feeder counts, and faults injected on request. Each ejected
// card's panels are written as PNG files; rejected ones under rejected/.
class PrinterEmulator : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString outDir;
        int feeder = 100;   // blank cards in the feeder
        int ribbon = 500;   // sides the ribbon can still print
        int delayMs = 0;    // added to every card movement
        QString feedSignal; // file rewritten with the card's sequence number at each feed
    };

    explicit PrinterEmulator(Options options, QObject *parent = nullptr);
    bool listen(quint16 port);
    quint16 port() const;

private:
    enum class Position { None, Encoder, PrintHead };

    void onConnection();
    void onData(QTcpSocket *socket);
    // Takes one complete frame off the buffer; false when more bytes are needed.
    bool takeFrame(QByteArray &buffer, QByteArray &command, QByteArray &payload);
    QByteArray handle(const QByteArray &command, const QByteArray &payload);
    QByteArray fault(const char *stage, QList<QByteArray> candidates);
    QByteArray feed();
    QByteArray printSide(const QByteArray &side);
    void writeCard(const QString &directory);

    Options m_options;
    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;

    Position m_position = Position::None;
    QByteArray m_armedFault; // fault name, fires at m_armedStage
    QByteArray m_armedStage;
    QByteArray m_lastFault;
    QHash<QByteArray, QImage> m_panels; // downloaded for the side being printed
    QHash<QString, QImage> m_printed;   // "front-k" → panel, for the card inside
    int m_sequence = 0;
    int m_printedCount = 0;
    int m_ejectedCount = 0;
    int m_rejectedCount = 0;
};
