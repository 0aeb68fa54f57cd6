#include "printing/evolisprinter.h"

#include "printing/boundface.h"
#include "printing/evolisstream.h"
#include "printing/logging.h"

#include <QFile>
#include <QTcpSocket>

#include <algorithm>

namespace cc {

namespace {

constexpr char kAck = '\x06';
constexpr char kNack = '\x15';
constexpr char kCr = '\r';
// A text reply longer than this without a CR is not the language, and
// reading on would grow without bound.
constexpr qsizetype kMaxReply = 4096;
// Pem's parameter (guide, Parameter commands): 2 = the host handles errors,
// plus bit 4 for ACK/NACK replies.
constexpr char kErrorsToHost[] = "Pem;18";
// How long printing a card may take before Se is answered: both sides of a
// colour card on a slow printer, with the card's way out.
constexpr int kPrintTimeoutMs = 90000;
// The levels y, m and c go out at (32, 64 or 128 are the guide's).
constexpr int kColourLevels = 64;

// The guide's NACK codes, as our errors.
ErrorCode nackError(char code) {
    switch (code) {
    case 'R':
        return ErrorCode::RibbonOut;
    case 'F':
        return ErrorCode::FeederEmpty;
    case 'C':
        return ErrorCode::CoverOpen;
    case 'T':
        return ErrorCode::CardJam; // time-out: the card did not arrive where it should
    case '1':
        return ErrorCode::WrongState; // a command the printer cannot run now (no card, …)
    default:
        return ErrorCode::DeviceFailed;
    }
}

bool isFault(ErrorCode code) {
    return code == ErrorCode::RibbonOut || code == ErrorCode::FeederEmpty ||
           code == ErrorCode::CoverOpen || code == ErrorCode::CardJam;
}

QString faultMessage(ErrorCode code) {
    switch (code) {
    case ErrorCode::RibbonOut:
        return EvolisPrinter::tr("The ribbon is used up or missing: put in a new ribbon.");
    case ErrorCode::FeederEmpty:
        return EvolisPrinter::tr("The card feeder is empty: load blank cards.");
    case ErrorCode::CardJam:
        return EvolisPrinter::tr("A card is jammed: open the printer and remove it.");
    case ErrorCode::CoverOpen:
        return EvolisPrinter::tr("The printer's cover is open: close it.");
    case ErrorCode::WrongState:
        return EvolisPrinter::tr("The printer cannot do that now (no card inside?).");
    default:
        return EvolisPrinter::tr("The printer reported an error.");
    }
}

// A colour panel of the rendered side as dye levels: y from blue, m from
// green, c from red, 0 = none.
QImage dyeLevels(const QImage &rgb, int channel) {
    QImage plane(rgb.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        uchar *out = plane.scanLine(y);
        for (int x = 0; x < rgb.width(); ++x) {
            const int value = channel == 0   ? qBlue(line[x])
                              : channel == 1 ? qGreen(line[x])
                                             : qRed(line[x]);
            out[x] = uchar(((255 - value) * (kColourLevels - 1) + 127) / 255);
        }
    }
    return plane;
}

} // namespace

EvolisPrinter::EvolisPrinter(QString address, int timeoutMs)
    : m_address(std::move(address))
    , m_timeoutMs(timeoutMs) {}

EvolisPrinter::~EvolisPrinter() = default;

QString EvolisPrinter::name() const {
    return m_address.startsWith(u'/') ? QStringLiteral("evolis:") + m_address
                                      : QStringLiteral("evolis://") + m_address;
}

Status EvolisPrinter::connectIfNeeded() {
    if (m_device && m_device->isOpen())
        return Done{};
    m_setUp = false;
    if (m_address.startsWith(u'/')) {
        auto file = std::make_unique<QFile>(m_address);
        if (!file->open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
            return Error{file->exists() ? ErrorCode::DeviceBusy : ErrorCode::DeviceNotFound,
                         tr("cannot open the printer: %1").arg(file->errorString()), name()};
        }
        m_device = std::move(file);
        return Done{};
    }
    const qsizetype colon = m_address.lastIndexOf(u':');
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(m_address.left(colon), m_address.mid(colon + 1).toUShort());
    if (!socket->waitForConnected(m_timeoutMs)) {
        const bool refused = socket->error() == QAbstractSocket::ConnectionRefusedError ||
                             socket->error() == QAbstractSocket::HostNotFoundError;
        return Error{refused ? ErrorCode::DeviceNotFound : ErrorCode::DeviceTimeout,
                     tr("cannot reach the printer: %1").arg(socket->errorString()), name()};
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_device = std::move(socket);
    return Done{};
}

Result<QByteArray> EvolisPrinter::command(const QByteArray &command, const QByteArray &payload) {
    if (Status ok = connectIfNeeded(); !ok)
        return ok.error();
    QByteArray frame;
    frame.reserve(command.size() + payload.size() + 2);
    frame.append('\x1b').append(command).append(payload).append(kCr);
    auto *socket = qobject_cast<QTcpSocket *>(m_device.get());
    if (socket)
        socket->readAll(); // a late reply to an earlier command must not answer this one
    // Printing both sides of a colour card takes far longer than any other
    // command; the sequence's end is answered when the card is out.
    const int timeoutMs =
        command.startsWith("Se") ? std::max(m_timeoutMs, kPrintTimeoutMs) : m_timeoutMs;
    bool sent = m_device->write(frame) == frame.size();
    while (sent && socket && socket->bytesToWrite() > 0)
        sent = socket->waitForBytesWritten(timeoutMs);
    // ACK; NACK and its code; or a line of text ended by CR.
    QByteArray reply;
    const auto complete = [&reply] {
        return (!reply.isEmpty() && reply[0] == kAck) || (reply.size() == 2 && reply[0] == kNack) ||
               reply.endsWith(kCr);
    };
    while (sent && !complete()) {
        if (m_device->bytesAvailable() == 0 && !m_device->waitForReadyRead(timeoutMs) &&
            (socket || m_device->atEnd())) {
            sent = false;
            break;
        }
        char c = 0;
        while (!complete() && reply.size() <= kMaxReply && m_device->getChar(&c))
            reply.append(c);
        if (!complete() && reply.size() > kMaxReply) {
            m_device.reset();
            return Error{
                ErrorCode::DeviceFailed,
                tr("the printer's reply is longer than %1 bytes without an end").arg(kMaxReply),
                name()};
        }
    }
    if (!sent) {
        const bool gone = socket && socket->state() != QAbstractSocket::ConnectedState;
        const QString why = m_device->errorString();
        m_device.reset();
        return Error{gone ? ErrorCode::DeviceFailed : ErrorCode::DeviceTimeout,
                     gone ? tr("the printer closed the connection: %1").arg(why)
                          : tr("the printer did not answer in time"),
                     name()};
    }
    const QByteArray verb = command.left(command.indexOf(';'));
    if (reply[0] == kAck)
        return QByteArray();
    if (reply[0] == kNack || reply.startsWith("ERR")) {
        const QByteArray text = reply.mid(3).trimmed();
        const char code = reply[0] == kNack ? reply[1] : text.isEmpty() ? '?' : text[0];
        const ErrorCode error = nackError(code);
        if (isFault(error))
            m_fault = error;
        return Error{error,
                     error == ErrorCode::DeviceFailed
                         ? tr("the printer refused %1 (%2)")
                               .arg(QString::fromLatin1(verb), QString::fromLatin1(reply.toHex()))
                         : faultMessage(error),
                     name()};
    }
    reply.chop(1);
    return reply == "OK" ? QByteArray() : reply;
}

Status EvolisPrinter::setUp() {
    if (m_device && m_device->isOpen() && m_setUp)
        return Done{};
    // Errors to the host, answered ACK / NACK, on every new connection.
    if (Result<QByteArray> ok = command(kErrorsToHost); !ok)
        return ok.error();
    m_setUp = true;
    return Done{};
}

PrinterStatus EvolisPrinter::status() {
    // Rev. E has no status command: the printer is there if it answers
    // (Rfv), and a fault is the last one a command was refused with, until
    // a card moves again.
    if (Status ok = setUp(); !ok)
        return {PrinterState::Offline, ok.error().message, ok.error().code};
    if (Result<QByteArray> firmware = command("Rfv"); !firmware)
        // A printer that answers with a fault is there, in that fault.
        return {isFault(firmware.error().code) ? PrinterState::Error : PrinterState::Offline,
                firmware.error().message, firmware.error().code};
    if (m_fault)
        return {PrinterState::Error, faultMessage(*m_fault), *m_fault};
    if (m_cardInside)
        return {PrinterState::CardAtEncoder, tr("A card waits at the encoder."), std::nullopt};
    return {PrinterState::Ready, {}, std::nullopt};
}

Result<QString> EvolisPrinter::identity() {
    if (Status ok = setUp(); !ok)
        return ok.error();
    QStringList parts;
    for (const char *read : {"Rfv", "Rsn", "Rr"}) {
        Result<QByteArray> value = command(read);
        if (!value)
            return value.error();
        parts << QString::fromLatin1(*value);
    }
    return tr("firmware %1, serial %2, ribbon %3").arg(parts[0], parts[1], parts[2]);
}

// A command that moves the card; when it succeeds, an earlier fault is over.
Status EvolisPrinter::move(const QByteArray &command) {
    Result<QByteArray> reply = this->command(command);
    if (!reply)
        return reply.error();
    m_fault.reset();
    return Done{};
}

Status EvolisPrinter::parkAtEncoder() {
    if (Status ok = setUp(); !ok)
        return ok;
    if (Status parked = move("Sic"); !parked) {
        // A card may have been fed before the fault: send it to the reject tray.
        if (parked.error().code != ErrorCode::FeederEmpty)
            (void)reject();
        return parked;
    }
    m_cardInside = true;
    qCInfo(lcPrinting) << name() << "card parked at the contactless station";
    return Done{};
}

Status EvolisPrinter::reject() {
    if (Status ok = setUp(); !ok)
        return ok;
    const Status rejected = move("Ser");
    if (rejected || rejected.error().code == ErrorCode::WrongState) // WrongState: no card
        m_cardInside = false;
    if (!rejected)
        return rejected;
    qCInfo(lcPrinting) << name() << "card rejected";
    return Done{};
}

Status EvolisPrinter::sendPanels(const CardFaceRequest &face, PrintJobRecord &job) {
    Result<BoundFace> bound = BoundFace::bind(face);
    if (!bound)
        return bound.error();
    if (Status ok = setUp(); !ok)
        return ok;
    // As Evolis's own driver starts a job: the ribbon, the feeder.
    for (const char *setup : {"Pr;ymcko", "Pmi;F;s"})
        if (Result<QByteArray> ok = command(setup); !ok)
            return ok.error();
    // Ss takes a card from the feeder when none is parked at the encoder.
    if (Status ok = move("Ss"); !ok)
        return ok;
    m_cardInside = true;
    const QByteArray levels = QByteArray::number(kColourLevels);
    for (auto [side, select] :
         {std::pair{CardSide::Front, "Sr"}, std::pair{CardSide::Back, "Sv"}}) {
        if (Result<QByteArray> ok = command(select); !ok)
            return ok.error();
        const PanelImages panels = bound->renderer.panels(side, bound->content);
        for (auto [panel, channel] : {std::pair{"y", 0}, std::pair{"m", 1}, std::pair{"c", 2}}) {
            const QByteArray data = evolis::encodeColour(
                evolis::toPanel(dyeLevels(panels.colour, channel)), kColourLevels);
            if (Result<QByteArray> ok =
                    command(QByteArray("Db;") + panel + ';' + levels + ';', data);
                !ok)
                return ok.error();
        }
        for (auto [panel, image] :
             {std::pair{"k", &panels.resin}, std::pair{"o", &panels.overlay}}) {
            const QByteArray data = evolis::compressMono(evolis::toPanel(*image));
            if (Result<QByteArray> ok = command(QByteArray("Dbc;") + panel + ";2;" +
                                                    QByteArray::number(data.size()) + ';',
                                                data);
                !ok)
                return ok.error();
        }
    }
    // Se;1 ends the sequence: the printer prints both sides and ejects (the
    // parameter as Evolis's own driver sends it).
    if (Status ok = move("Se;1"); !ok)
        return ok;
    m_cardInside = false;
    job.output = name();
    return Done{};
}

PrintJobRecord EvolisPrinter::print(const CardFaceRequest &face) {
    PrintJobRecord job = PrintJobRecord::start(name(), face);
    const Status ok = sendPanels(face, job);
    job.finish(ok ? std::nullopt : std::optional<Error>(ok.error()));
    if (!ok) {
        if (m_cardInside && reject())
            job.outcome = PrintJobOutcome::Rejected;
    }
    qCInfo(lcPrinting) << "evolis job" << job.jobName << printJobOutcomeName(job.outcome)
                       << (job.error ? errorCodeName(job.error->code) : QString());
    return job;
}

Status EvolisPrinter::checkFace(const CardFaceRequest &face) {
    return BoundFace::check(face);
}

} // namespace cc
