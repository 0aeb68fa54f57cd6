#include "printeremulator.h"

#include "core/domain/cardnumber.h"
#include "printing/barcode.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace evolis = cc::evolis;

namespace {

constexpr char kAck = '\x06';
constexpr char kNack = '\x15';
constexpr char kCr = '\r';
// Pem's parameter: 2 = the host handles errors; bit 4 (16) adds ACK/NACK.
constexpr int kAckNackBit = 16;

// The guide's NACK codes for the faults the emulator can be given.
char nackCode(const QByteArray &fault) {
    if (fault == "ribbon-out")
        return 'R';
    if (fault == "feeder-empty")
        return 'F';
    if (fault == "cover-open")
        return 'C';
    return 'T'; // card-jam: time-out, mechanical
}

// A panel's levels as the dye it puts down, 0 (none) to 255.
QImage dyeOf(const QImage &levels, int count) {
    QImage out(levels.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < levels.height(); ++y) {
        const uchar *from = levels.constScanLine(y);
        uchar *to = out.scanLine(y);
        for (int x = 0; x < levels.width(); ++x)
            to[x] = uchar((from[x] * 255 + (count - 1) / 2) / (count - 1));
    }
    return out;
}

// What the side looks like: dye from the three colour panels, resin on top.
QImage composite(const QHash<QString, QImage> &panels, const QString &side) {
    const QImage k = panels.value(side + QStringLiteral("-k"));
    QImage out(evolis::kPanelLines, evolis::kPanelDots, QImage::Format_RGB32);
    out.fill(Qt::white);
    const QImage y = panels.value(side + QStringLiteral("-y"));
    const QImage m = panels.value(side + QStringLiteral("-m"));
    const QImage c = panels.value(side + QStringLiteral("-c"));
    for (int row = 0; row < out.height(); ++row) {
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(row));
        for (int x = 0; x < out.width(); ++x) {
            if (!k.isNull() && k.pixelIndex(x, row)) {
                line[x] = qRgb(0, 0, 0);
                continue;
            }
            const auto dye = [&](const QImage &p) {
                return p.isNull() ? 0 : p.constScanLine(row)[x];
            };
            line[x] = qRgb(255 - dye(c), 255 - dye(m), 255 - dye(y));
        }
    }
    return out;
}

} // namespace

struct PrinterEmulator::Connection {
    evolis::CommandReader reader;
};

PrinterEmulator::PrinterEmulator(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_server(new QTcpServer(this)) {
    connect(m_server, &QTcpServer::newConnection, this, &PrinterEmulator::onConnection);
}

bool PrinterEmulator::listen(quint16 port) {
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 PrinterEmulator::port() const {
    return m_server->serverPort();
}

void PrinterEmulator::onConnection() {
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connections.insert(socket, new Connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            delete m_connections.take(socket);
            socket->deleteLater();
        });
    }
}

void PrinterEmulator::onData(QTcpSocket *socket) {
    Connection *connection = m_connections.value(socket);
    if (!connection)
        return;
    const QByteArray bytes = socket->readAll();
    if (!m_options.record.isEmpty()) {
        QFile record(m_options.record);
        if (record.open(QIODevice::Append))
            record.write(bytes);
    }
    connection->reader.append(bytes);
    for (;;) {
        auto next = connection->reader.next();
        if (!next) {
            // Not the language: a printer answers a command error and drops
            // what it cannot frame.
            qWarning("refused: %s", qPrintable(next.error().toString()));
            socket->write(nack('1'));
            socket->disconnectFromHost();
            return;
        }
        if (!*next)
            return;
        socket->write(handle(**next));
    }
}

PrinterEmulator::Reply PrinterEmulator::ok() const {
    return m_ackNack ? Reply(1, kAck) : Reply("OK\r");
}

PrinterEmulator::Reply PrinterEmulator::nack(char code) const {
    if (m_ackNack)
        return Reply(1, kNack) + code;
    return Reply("ERR ") + code + kCr;
}

PrinterEmulator::Reply PrinterEmulator::fault(const char *stage,
                                              std::initializer_list<const char *> candidates) {
    if (m_armedFault.isEmpty() || m_armedStage != stage)
        return {};
    for (const char *candidate : candidates) {
        if (m_armedFault == candidate) {
            const char code = nackCode(m_armedFault);
            m_armedFault.clear();
            return nack(code);
        }
    }
    return {};
}

PrinterEmulator::Reply PrinterEmulator::feed() {
    if (Reply f = fault("insert", {"feeder-empty", "card-jam", "cover-open"}); !f.isEmpty())
        return f;
    if (m_options.feeder <= 0)
        return nack('F');
    QThread::msleep(m_options.delayMs);
    --m_options.feeder;
    ++m_sequence;
    m_cardInside = true;
    m_printed.clear();
    // Tells a virtual card stack (virtual-card --stack) that a new blank card
    // has arrived at the contactless station.
    if (!m_options.feedSignal.isEmpty())
        signalStack(QByteArray::number(m_sequence));
    return ok();
}

PrinterEmulator::Reply PrinterEmulator::endSequence() {
    if (!m_inSequence || !m_cardInside)
        return nack('1');
    m_inSequence = false;
    if (Reply f = fault("print", {"ribbon-out", "card-jam", "cover-open"}); !f.isEmpty())
        return f;
    for (const QString &side : {QStringLiteral("front"), QStringLiteral("back")}) {
        QStringList downloaded;
        for (auto it = m_panels.cbegin(); it != m_panels.cend(); ++it)
            if (it.key().startsWith(side + u'-'))
                downloaded << it.key();
        if (downloaded.isEmpty())
            continue;
        if (m_options.ribbon <= 0)
            return nack('R');
        --m_options.ribbon;
        QHash<QString, QImage> reading;
        for (const QString &key : std::as_const(downloaded)) {
            const QImage panel = evolis::toReading(m_panels.value(key));
            reading.insert(key, key.endsWith(u'k') || key.endsWith(u'o')
                                    ? panel
                                    : dyeOf(panel, m_levels.value(key)));
        }
        for (auto it = reading.cbegin(); it != reading.cend(); ++it)
            m_printed.insert(it.key(), it.value());
        m_printed.insert(side, composite(reading, side));
        QThread::msleep(m_options.delayMs);
    }
    m_panels.clear();
    if (Reply f = fault("eject", {"card-jam", "cover-open"}); !f.isEmpty())
        return f;
    if (!m_printed.isEmpty())
        ++m_printedCount;
    writeCard(m_options.outDir);
    ++m_ejectedCount;
    cardLeft();
    return ok();
}

void PrinterEmulator::cardLeft() {
    m_cardInside = false;
    // Tells a virtual card stack that the card left the contactless station,
    // and waits until its reader has seen it go: then no one reads a card
    // that is in the hopper or the reject box.
    if (!m_options.feedSignal.isEmpty())
        signalStack("gone-" + QByteArray::number(m_sequence));
}

void PrinterEmulator::signalStack(const QByteArray &what) {
    QSaveFile signal(m_options.feedSignal);
    if (signal.open(QIODevice::WriteOnly)) {
        signal.write(what);
        signal.commit();
    }
    // A stack that listens acknowledges once its reader shows the change.
    QFile ack(m_options.feedSignal + QStringLiteral(".ack"));
    for (int waited = 0; ack.exists() && waited < 5000; waited += 10) {
        if (ack.open(QIODevice::ReadOnly) && ack.readAll() == what)
            break;
        ack.close();
        QThread::msleep(10);
    }
}

void PrinterEmulator::writeCard(const QString &directory) {
    if (m_printed.isEmpty())
        return;
    QDir().mkpath(directory);
    const QDir dir(directory);
    // Named by the card number its back carries, as a camera over the output
    // tray would read it; by its place among the cards fed when it carries
    // none. An earlier card's files are never overwritten (a reprint, or an
    // emulator started again on the same folder, adds a suffix).
    QString base = QStringLiteral("card-%1").arg(m_sequence, 4, 10, QLatin1Char('0'));
    for (const cc::DecodedBarcode &code :
         cc::Barcodes::decode(m_printed.value(QStringLiteral("back"))))
        if (const cc::Result<QString> number = cc::CardNumber::parse(code.text)) {
            base = *number; // the digits only, never the raw text
            break;
        }
    QString stem = base;
    const auto taken = [&](const QString &candidate) {
        for (auto it = m_printed.cbegin(); it != m_printed.cend(); ++it)
            if (dir.exists(candidate + u'-' + it.key() + QStringLiteral(".png")))
                return true;
        return false;
    };
    for (int n = 2; taken(stem); ++n)
        stem = base + u'-' + QString::number(n);
    for (auto it = m_printed.cbegin(); it != m_printed.cend(); ++it)
        it.value().save(dir.filePath(stem + u'-' + it.key() + QStringLiteral(".png")));
    m_printed.clear();
}

PrinterEmulator::Reply PrinterEmulator::handle(const evolis::Command &command) {
    const QByteArray &verb = command.name;
    const QList<QByteArray> &args = command.params;
    if (verb == "Rfv")
        return "citizencard printer emulator 2.0 (Programming Guide A5013 Rev. E)\r";
    if (verb == "Rsn")
        return "EMU00000001\r";
    if (verb == "Rr")
        return "ymcko\r";
    if (verb == "Xc") // extension: the counters
        return "fed=" + QByteArray::number(m_sequence) +
               ";inside=" + QByteArray::number(m_cardInside ? 1 : 0) +
               ";printed=" + QByteArray::number(m_printedCount) +
               ";ejected=" + QByteArray::number(m_ejectedCount) +
               ";rejected=" + QByteArray::number(m_rejectedCount) +
               ";ribbon=" + QByteArray::number(m_options.ribbon) +
               ";feeder=" + QByteArray::number(m_options.feeder) + kCr;
    if (verb == "Xf") { // extension: arm a fault for the next command at a stage
        m_armedFault = args.value(0);
        m_armedStage = args.value(1);
        return ok();
    }
    if (verb == "Pem") {
        bool number = false;
        const int value = args.value(0).toInt(&number);
        if (!number)
            return nack('2');
        m_ackNack = (value & kAckNackBit) != 0;
        return ok();
    }
    // Setup the Windows driver sends: ribbon, insertion, contrast, ….
    if (verb == "Pr" || verb == "Pmi" || verb == "Pc" || verb == "Pdt" || verb == "Mr" ||
        verb == "Ppws" || verb == "Poc")
        return ok();
    if (verb == "Sic") {
        if (m_cardInside)
            return nack('1');
        return feed();
    }
    if (verb == "Ss") {
        if (!m_cardInside)
            if (Reply fed = feed(); fed != ok())
                return fed;
        m_inSequence = true;
        m_side = "front";
        m_panels.clear();
        return ok();
    }
    if (verb == "Sr" || verb == "Sv") {
        if (!m_inSequence)
            return nack('1');
        m_side = verb == "Sr" ? "front" : "back";
        return ok();
    }
    if (verb == "Db" || verb == "Dbc") {
        if (!m_inSequence)
            return nack('1');
        const auto panel = evolis::decodePanel(command);
        if (!panel) {
            qWarning("refused: %s", qPrintable(panel.error().toString()));
            return nack('2');
        }
        const QString key = QString::fromLatin1(m_side + '-' + args.value(0));
        m_panels.insert(key, *panel);
        m_levels.insert(key, args.value(1).toInt());
        return ok();
    }
    if (verb == "Se")
        return endSequence();
    if (verb == "Ser") {
        if (!m_cardInside)
            return nack('1');
        writeCard(QDir(m_options.outDir).filePath(QStringLiteral("rejected")));
        ++m_rejectedCount;
        cardLeft();
        m_inSequence = false;
        m_panels.clear();
        return ok();
    }
    return nack('1');
}
