#include "printeremulator.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QSaveFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace {

constexpr char kEsc = '\x1b';
constexpr char kCr = '\r';

QImage planeImage(const QByteArray &panel, int width, int height, const QByteArray &data) {
    if (panel == "k" || panel == "o") {
        const int rowBytes = (width + 7) / 8;
        if (data.size() != qsizetype(rowBytes) * height)
            return {};
        QImage image(width, height, QImage::Format_Mono);
        image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
        for (int y = 0; y < height; ++y)
            memcpy(image.scanLine(y), data.constData() + qsizetype(y) * rowBytes, rowBytes);
        return image;
    }
    if (data.size() != qsizetype(width) * height)
        return {};
    QImage image(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y)
        memcpy(image.scanLine(y), data.constData() + qsizetype(y) * width, width);
    return image;
}

// What the card looks like: ink from the three colour panels, resin on top.
QImage composite(const QImage &y, const QImage &m, const QImage &c, const QImage &k) {
    QImage out(y.size(), QImage::Format_RGB32);
    for (int row = 0; row < out.height(); ++row) {
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(row));
        const uchar *yl = y.constScanLine(row), *ml = m.constScanLine(row),
                    *cl = c.constScanLine(row);
        for (int x = 0; x < out.width(); ++x) {
            line[x] =
                k.pixelIndex(x, row) ? qRgb(0, 0, 0) : qRgb(255 - cl[x], 255 - ml[x], 255 - yl[x]);
        }
    }
    return out;
}

} // namespace

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
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

bool PrinterEmulator::takeFrame(QByteArray &buffer, QByteArray &command, QByteArray &payload) {
    const qsizetype start = buffer.indexOf(kEsc);
    if (start < 0) {
        buffer.clear();
        return false;
    }
    buffer.remove(0, start);
    if (buffer.startsWith("\x1b"
                          "Db;")) {
        // Db;<panel>;<width>;<height>;<length>; then <length> bytes, then CR.
        qsizetype at = 0;
        for (int i = 0; i < 5; ++i) {
            at = buffer.indexOf(';', at + 1);
            if (at < 0)
                return false;
        }
        const QList<QByteArray> fields = buffer.mid(1, at).split(';');
        const qsizetype length = fields.value(4).toLongLong();
        if (buffer.size() < at + 1 + length + 1)
            return false;
        command = buffer.mid(1, at);
        payload = buffer.mid(at + 1, length);
        buffer.remove(0, at + 1 + length + 1);
        return true;
    }
    const qsizetype end = buffer.indexOf(kCr);
    if (end < 0)
        return false;
    command = buffer.mid(1, end - 1);
    payload.clear();
    buffer.remove(0, end + 1);
    return true;
}

void PrinterEmulator::onData(QTcpSocket *socket) {
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    QByteArray command, payload;
    while (takeFrame(buffer, command, payload))
        socket->write(handle(command, payload) + kCr);
}

QByteArray PrinterEmulator::fault(const char *stage, QList<QByteArray> candidates) {
    if (m_armedFault.isEmpty() || m_armedStage != stage || !candidates.contains(m_armedFault))
        return {};
    m_lastFault = m_armedFault;
    m_armedFault.clear();
    return "ERR " + m_lastFault;
}

QByteArray PrinterEmulator::feed() {
    if (QByteArray f = fault("insert", {"feeder-empty", "card-jam", "cover-open"}); !f.isEmpty())
        return f;
    if (m_options.feeder <= 0) {
        m_lastFault = "feeder-empty";
        return "ERR feeder-empty";
    }
    QThread::msleep(m_options.delayMs);
    --m_options.feeder;
    ++m_sequence;
    m_printed.clear();
    if (!m_options.feedSignal.isEmpty()) {
        // Tells a virtual card stack (virtual-card --stack) that a new blank
        // card has arrived at the contactless station.
        QSaveFile signal(m_options.feedSignal);
        if (signal.open(QIODevice::WriteOnly)) {
            signal.write(QByteArray::number(m_sequence));
            signal.commit();
        }
        // A stack that listens acknowledges once the new card is on the reader.
        QFile ack(m_options.feedSignal + QStringLiteral(".ack"));
        for (int waited = 0; ack.exists() && waited < 5000; waited += 10) {
            if (ack.open(QIODevice::ReadOnly) && ack.readAll() == QByteArray::number(m_sequence))
                break;
            ack.close();
            QThread::msleep(10);
        }
    }
    return "OK";
}

QByteArray PrinterEmulator::printSide(const QByteArray &side) {
    if (side != "f" && side != "b")
        return "ERR command";
    if (m_position == Position::None) {
        if (QByteArray fed = feed(); fed != "OK")
            return fed;
    }
    m_position = Position::PrintHead;
    if (QByteArray f = fault("print", {"ribbon-out", "card-jam", "cover-open"}); !f.isEmpty())
        return f;
    if (m_options.ribbon <= 0) {
        m_lastFault = "ribbon-out";
        return "ERR ribbon-out";
    }
    for (const char *panel : {"y", "m", "c", "k", "o"}) {
        if (!m_panels.contains(panel))
            return QByteArray("ERR missing-panel-") + panel;
    }
    const QString name = side == "f" ? QStringLiteral("front") : QStringLiteral("back");
    for (auto it = m_panels.cbegin(); it != m_panels.cend(); ++it)
        m_printed.insert(name + u'-' + QString::fromLatin1(it.key()), it.value());
    m_printed.insert(name, composite(m_panels["y"], m_panels["m"], m_panels["c"], m_panels["k"]));
    m_panels.clear();
    --m_options.ribbon;
    QThread::msleep(m_options.delayMs);
    return "OK";
}

void PrinterEmulator::writeCard(const QString &directory) {
    if (m_printed.isEmpty())
        return;
    QDir().mkpath(directory);
    const QString stem = QStringLiteral("card-%1").arg(m_sequence, 4, 10, QLatin1Char('0'));
    for (auto it = m_printed.cbegin(); it != m_printed.cend(); ++it)
        it.value().save(QDir(directory).filePath(stem + u'-' + it.key() + QStringLiteral(".png")));
    m_printed.clear();
}

QByteArray PrinterEmulator::handle(const QByteArray &command, const QByteArray &payload) {
    const QList<QByteArray> args = command.split(';');
    const QByteArray &verb = args.first();
    QByteArray reply = "OK";
    if (verb == "Rfv") {
        return "citizencard printer emulator 1.0";
    } else if (verb == "Rst") {
        const char *where = m_position == Position::None      ? "none"
                            : m_position == Position::Encoder ? "encoder"
                                                              : "printer";
        const char *state = !m_lastFault.isEmpty()         ? "ERROR"
                            : m_position == Position::None ? "READY"
                                                           : "CARD";
        return QByteArray(state) + ';' + where + ';' + (m_lastFault.isEmpty() ? "-" : m_lastFault);
    } else if (verb == "Rco") {
        return "printed=" + QByteArray::number(m_printedCount) +
               ";ejected=" + QByteArray::number(m_ejectedCount) +
               ";rejected=" + QByteArray::number(m_rejectedCount) +
               ";ribbon=" + QByteArray::number(m_options.ribbon) +
               ";feeder=" + QByteArray::number(m_options.feeder);
    } else if (verb == "Pem" || verb == "Ss") {
        m_panels.clear();
        return "OK";
    } else if (verb == "Xf") {
        // Emulator extension: arm a fault for the next command at a stage.
        m_armedFault = args.value(1);
        m_armedStage = args.value(2);
        return "OK";
    } else if (verb == "Db") {
        const QImage image =
            planeImage(args.value(1), args.value(2).toInt(), args.value(3).toInt(), payload);
        if (image.isNull())
            return "ERR bad-bitmap";
        m_panels.insert(args.value(1), image);
        return "OK";
    } else if (verb == "Sil") {
        if (m_position != Position::None)
            return "ERR card-inside";
        reply = feed();
        if (reply == "OK")
            m_position = Position::Encoder;
    } else if (verb == "Sp") {
        reply = printSide(args.value(1));
    } else if (verb == "Se") {
        if (m_position == Position::None)
            return "ERR no-card";
        if (QByteArray f = fault("eject", {"card-jam", "cover-open"}); !f.isEmpty())
            return f;
        if (!m_printed.isEmpty())
            ++m_printedCount;
        writeCard(m_options.outDir);
        ++m_ejectedCount;
        m_position = Position::None;
    } else if (verb == "Ser") {
        if (m_position == Position::None)
            return "ERR no-card";
        writeCard(QDir(m_options.outDir).filePath(QStringLiteral("rejected")));
        ++m_rejectedCount;
        m_position = Position::None;
    } else {
        return "ERR command";
    }
    if (reply == "OK")
        m_lastFault.clear();
    return reply;
}
