// citizencard-virtual-card: a contactless card for vsmartcard's vpcd reader
// driver. It connects to vpcd over TCP and answers its frames: 2-byte length,
// then a 1-byte control code (0 power off, 1 power on, 2 reset, 4 send ATR) or
// a command APDU. Closing the socket is taking the card off the reader.
// Our test peer and the demo's card; see docs/encoder.md.
#include "tools/virtual-card/virtualcard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>

#include <arpa/inet.h>
#include <cstdio>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using cc::tools::VirtualCard;

bool readExactly(int fd, char *buffer, size_t length) {
    while (length > 0) {
        // vpcd writes a frame's length and its payload separately; with Nagle
        // on its side, our delayed ACK would hold every payload back ~40 ms.
        const int on = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
        const ssize_t n = ::read(fd, buffer, length);
        if (n <= 0)
            return false;
        buffer += n;
        length -= size_t(n);
    }
    return true;
}

bool send(int fd, const QByteArray &payload) {
    const QByteArray frame =
        QByteArray(1, char(payload.size() >> 8)) + char(payload.size() & 0xFF) + payload;
    return ::write(fd, frame.constData(), size_t(frame.size())) == ssize_t(frame.size());
}

int connectTo(const QString &host, int port) {
    addrinfo hints{};
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints,
                    &found) != 0)
        return -1;
    const int fd = ::socket(found->ai_family, found->ai_socktype, found->ai_protocol);
    const int on = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    const bool connected = fd >= 0 && ::connect(fd, found->ai_addr, found->ai_addrlen) == 0;
    freeaddrinfo(found);
    if (!connected && fd >= 0)
        ::close(fd);
    return connected ? fd : -1;
}

// Written after every command that changes what the chip keeps (its EEPROM),
// by atomic rename, so a card that vanishes keeps exactly what it committed.
bool saveCard(const QString &path, const VirtualCard &card) {
    if (path.isEmpty())
        return true;
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.write(QJsonDocument(card.toJson()).toJson(QJsonDocument::Compact)) >= 0 &&
           file.commit();
}

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) >= 0 && file.commit();
}

int connectWithRetries(const QString &host, int port) {
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        fd = connectTo(host, port);
        if (fd < 0)
            QThread::msleep(50);
    }
    if (fd < 0)
        std::fprintf(stderr, "virtual-card: cannot reach vpcd at %s:%d\n", qPrintable(host), port);
    return fd;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("citizencard-virtual-card"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A virtual contactless card for vpcd."));
    parser.addHelpOption();
    const QCommandLineOption type(
        QStringLiteral("type"),
        QStringLiteral("desfire-ev1|desfire-ev2|desfire-ev3|classic-1k|classic-4k "
                       "(default desfire-ev2); ignored if --state exists."),
        QStringLiteral("TYPE"), QStringLiteral("desfire-ev2"));
    const QCommandLineOption uid(QStringLiteral("uid"),
                                 QStringLiteral("UID in hex (default: random)."),
                                 QStringLiteral("HEX"));
    const QCommandLineOption state(
        QStringLiteral("state"),
        QStringLiteral("JSON file holding the chip's memory; created if missing."),
        QStringLiteral("FILE"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  QStringLiteral("vpcd host (default 127.0.0.1)."),
                                  QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(
        QStringLiteral("port"),
        QStringLiteral("vpcd port: 35963 for reader 00 00, 35964 for 00 01."),
        QStringLiteral("PORT"), QStringLiteral("35963"));
    const QCommandLineOption vanish(
        QStringLiteral("vanish-after"),
        QStringLiteral("Leave the reader (close the socket) when APDU N+1 "
                       "arrives, without executing it."),
        QStringLiteral("N"));
    const QCommandLineOption delay(QStringLiteral("delay-ms"),
                                   QStringLiteral("Answer every APDU this many milliseconds late."),
                                   QStringLiteral("MS"));
    const QCommandLineOption failAt(
        QStringLiteral("fail-apdu"),
        QStringLiteral("Answer APDU N with --status instead of executing it."),
        QStringLiteral("N"));
    const QCommandLineOption failStatus(
        QStringLiteral("status"), QStringLiteral("The status word for --fail-apdu (default 6F00)."),
        QStringLiteral("SW"), QStringLiteral("6F00"));
    const QCommandLineOption stack(
        QStringLiteral("stack"),
        QStringLiteral("A stack of blank cards: each time FILE changes (printer-emulator "
                       "--feed-signal), the card leaves and a new blank one takes its place, "
                       "or none when FILE says \"gone-N\" (until \"back-N\" brings the same "
                       "card back); FILE.ack is written once it is on the reader."),
        QStringLiteral("FILE"));
    parser.addOptions({type, uid, state, host, port, vanish, delay, failAt, failStatus, stack});
    parser.process(app);

    const QString statePath = parser.value(state);
    std::unique_ptr<VirtualCard> card;
    if (!statePath.isEmpty() && QFile::exists(statePath)) {
        QFile file(statePath);
        if (file.open(QIODevice::ReadOnly))
            card = VirtualCard::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    } else {
        card = VirtualCard::create(parser.value(type),
                                   QByteArray::fromHex(parser.value(uid).toLatin1()));
    }
    if (!card) {
        std::fprintf(stderr, "virtual-card: unknown card type or unreadable state\n");
        return 2;
    }
    if (!saveCard(statePath, *card)) {
        std::fprintf(stderr, "virtual-card: cannot write %s\n", qPrintable(statePath));
        return 2;
    }

    const QString vpcdHost = parser.value(host);
    const int vpcdPort = parser.value(port).toInt();
    int fd = connectWithRetries(vpcdHost, vpcdPort);
    if (fd < 0)
        return 3;
    const QString stackPath = parser.value(stack);
    QByteArray stackSeen = contents(stackPath);
    if (!stackPath.isEmpty())
        writeFile(stackPath + QStringLiteral(".ack"), stackSeen);

    const long vanishAfter = parser.isSet(vanish) ? parser.value(vanish).toLong() : -1;
    const long failApdu = parser.isSet(failAt) ? parser.value(failAt).toLong() : -1;
    const quint16 failSw = quint16(parser.value(failStatus).toUInt(nullptr, 16));
    const int delayMs = parser.value(delay).toInt();
    long apdus = 0;
    for (;;) {
        if (!stackPath.isEmpty()) {
            pollfd ready{fd, POLLIN, 0};
            if (fd < 0 || ::poll(&ready, 1, 20) == 0) {
                if (fd < 0)
                    QThread::msleep(20);
                const QByteArray now = contents(stackPath);
                if (now == stackSeen)
                    continue;
                // The printer fed a new blank card, or the card left the
                // station ("gone-N"): this one leaves the reader.
                stackSeen = now;
                if (fd >= 0) {
                    ::close(fd);
                    fd = -1;
                    // Away long enough for pcscd, which polls vpcd every
                    // 400 ms, to see the card leave, so the next one is a new
                    // card to it.
                    QThread::msleep(500);
                }
                if (now.startsWith("gone")) {
                    writeFile(stackPath + QStringLiteral(".ack"), stackSeen);
                    continue; // no card on the reader until the next feed
                }
                // "back-N": the card that left is held to the reader again;
                // anything else (a feed, "placed-N"): a new blank card.
                if (!now.startsWith("back")) {
                    card = VirtualCard::create(parser.value(type), {});
                    if (!card || !saveCard(statePath, *card))
                        return 2;
                }
                fd = connectWithRetries(vpcdHost, vpcdPort);
                if (fd < 0)
                    return 3;
                writeFile(stackPath + QStringLiteral(".ack"), stackSeen);
                continue;
            }
        }
        char header[2];
        if (!readExactly(fd, header, 2))
            break; // vpcd went away: the reader is gone
        const size_t length = (size_t(quint8(header[0])) << 8) | quint8(header[1]);
        QByteArray payload(qsizetype(length), '\0');
        if (!readExactly(fd, payload.data(), length))
            break;
        if (length == 1) {
            switch (payload[0]) {
            case 0: // power off
            case 2: // reset
                card->powerOff();
                break;
            case 4:
                if (!send(fd, card->atr()))
                    return 0;
                break;
            default:
                break;
            }
            continue;
        }
        if (apdus == vanishAfter)
            break; // taken off the reader before answering this one
        ++apdus;
        QByteArray response;
        if (apdus == failApdu)
            response = cc::tools::withStatus({}, failSw);
        else
            response = card->process(payload);
        if (card->takeChanged() && !saveCard(statePath, *card)) {
            std::fprintf(stderr, "virtual-card: cannot write %s\n", qPrintable(statePath));
            break;
        }
        if (delayMs > 0)
            QThread::msleep(unsigned(delayMs));
        if (!send(fd, response))
            break;
    }
    ::close(fd);
    return 0;
}
