#pragma once

#include "printing/evolisstream.h"

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QString>

class QTcpServer;
class QTcpSocket;

// An Evolis card printer as the test suite and the demo see it, speaking the
// Programming Guide's language (docs/printing.md) over TCP: setup (Pr, Pmi,
// Pem), Sic to park a card at the contactless station, the sequence Ss, Sr /
// Sv, Db / Dbc per panel, Se (print, eject) and Ser (reject); Rfv, Rsn, Rr.
// Commands are read by printing/evolisstream, the reader the real job
// streams prove. Replies: text and CR until "Pem" turns ACK/NACK on, then
// ACK, or NACK and the guide's code (R ribbon, F feeder, C cover, T
// mechanical, 1 command, 2 parameter); read commands answer text and CR.
// Each ejected card's panels are written as PNG files in reading
// orientation; rejected ones under rejected/. Extensions of ours, X-named:
// Xf;<fault>;<stage> arms a fault, Xc reads the counters.
class PrinterEmulator : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString outDir;
        int feeder = 100;   // blank cards in the feeder
        int ribbon = 500;   // sides the ribbon can still print
        int delayMs = 0;    // added to every card movement
        QString feedSignal; // file rewritten with the card's sequence number at each feed,
                            // and with "gone-N" when card N leaves the station
        QString record;     // file every received byte is appended to
    };

    explicit PrinterEmulator(Options options, QObject *parent = nullptr);
    bool listen(quint16 port);
    quint16 port() const;

private:
    struct Connection;
    using Reply = QByteArray;

    void onConnection();
    void onData(QTcpSocket *socket);
    Reply handle(const cc::evolis::Command &command);
    Reply ok() const;
    Reply nack(char code) const;
    Reply fault(const char *stage, std::initializer_list<const char *> candidates);
    Reply feed();
    Reply endSequence();
    void cardLeft();
    void signalStack(const QByteArray &what);
    void writeCard(const QString &directory);

    Options m_options;
    QTcpServer *m_server;
    QHash<QTcpSocket *, Connection *> m_connections;

    bool m_ackNack = false;
    bool m_cardInside = false;
    bool m_inSequence = false;
    QByteArray m_side = "front";
    QByteArray m_armedFault; // fault name, fires at m_armedStage
    QByteArray m_armedStage;
    QHash<QString, QImage> m_panels;  // "front-k" → panel as downloaded
    QHash<QString, int> m_levels;     // "front-y" → its levels
    QHash<QString, QImage> m_printed; // what is on the card inside
    int m_sequence = 0;
    int m_printedCount = 0;
    int m_ejectedCount = 0;
    int m_rejectedCount = 0;
};
