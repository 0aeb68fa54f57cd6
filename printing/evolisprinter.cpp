#include "printing/evolisprinter.h"

#include "printing/boundface.h"
#include "printing/logging.h"

#include <QFile>
#include <QTcpSocket>

namespace cc {

namespace {

constexpr char kEsc = '\x1b';
constexpr char kCr = '\r';
// The longest reply the subset has is a status line; a printer (or whatever
// answers on its port) that sends more without a CR is not speaking it.
constexpr qsizetype kMaxReply = 4096;

std::optional<ErrorCode> faultCode(const QByteArray &name) {
    static const std::pair<const char *, ErrorCode> kFaults[] = {
        {"ribbon-out", ErrorCode::RibbonOut}, {"feeder-empty", ErrorCode::FeederEmpty},
        {"card-jam", ErrorCode::CardJam},     {"cover-open", ErrorCode::CoverOpen},
        {"no-card", ErrorCode::NoCard},
    };
    for (const auto &[text, code] : kFaults) {
        if (name == text)
            return code;
    }
    return std::nullopt;
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
    case ErrorCode::NoCard:
        return EvolisPrinter::tr("There is no card in the printer.");
    default:
        return EvolisPrinter::tr("The printer reported an error.");
    }
}

// Colour as the three subtractive panels the ribbon carries, 8 bits a pixel.
QByteArray colourPlane(const QImage &rgb, int channel) {
    QByteArray plane;
    plane.reserve(rgb.width() * rgb.height());
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const int value = channel == 0   ? qBlue(line[x])
                              : channel == 1 ? qGreen(line[x])
                                             : qRed(line[x]);
            plane.append(static_cast<char>(255 - value));
        }
    }
    return plane;
}

// A 1-bit panel, rows padded to whole bytes, most significant bit first.
QByteArray monoPlane(const QImage &mono) {
    QByteArray plane;
    const int rowBytes = (mono.width() + 7) / 8;
    for (int y = 0; y < mono.height(); ++y)
        plane.append(reinterpret_cast<const char *>(mono.constScanLine(y)), rowBytes);
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
    frame.append(kEsc).append(command).append(payload).append(kCr);
    auto *socket = qobject_cast<QTcpSocket *>(m_device.get());
    qint64 written = m_device->write(frame);
    if (socket) {
        while (written == frame.size() && socket->bytesToWrite() > 0) {
            if (!socket->waitForBytesWritten(m_timeoutMs)) {
                written = -1;
                break;
            }
        }
    }
    QByteArray reply;
    while (written == frame.size() && !reply.endsWith(kCr)) {
        if (m_device->bytesAvailable() == 0 && !m_device->waitForReadyRead(m_timeoutMs) &&
            (socket || m_device->atEnd())) {
            written = -1;
            break;
        }
        char c = 0;
        while (!reply.endsWith(kCr) && reply.size() <= kMaxReply && m_device->getChar(&c))
            reply.append(c);
        if (!reply.endsWith(kCr) && reply.size() > kMaxReply) {
            m_device.reset();
            return Error{
                ErrorCode::DeviceFailed,
                tr("the printer's reply is longer than %1 bytes without an end").arg(kMaxReply),
                name()};
        }
    }
    if (written != frame.size()) {
        const bool gone = socket && socket->state() != QAbstractSocket::ConnectedState;
        const QString why = m_device->errorString();
        m_device.reset();
        return Error{gone ? ErrorCode::DeviceFailed : ErrorCode::DeviceTimeout,
                     gone ? tr("the printer closed the connection: %1").arg(why)
                          : tr("the printer did not answer in time"),
                     name()};
    }
    reply.chop(1);
    if (reply.startsWith("ERR ")) {
        const QByteArray code = reply.mid(4).trimmed();
        const std::optional<ErrorCode> fault = faultCode(code);
        return Error{
            fault.value_or(ErrorCode::DeviceFailed),
            fault ? faultMessage(*fault)
                  : tr("the printer refused %1: %2")
                        .arg(QString::fromLatin1(command.left(3)), QString::fromLatin1(code)),
            name()};
    }
    return reply;
}

PrinterStatus EvolisPrinter::status() {
    Result<QByteArray> reply = command("Rst");
    if (!reply)
        return {PrinterState::Offline, reply.error().message, reply.error().code};
    // "<state>;<card position>;<fault or ->"
    const QList<QByteArray> parts = reply->split(';');
    const QByteArray state = parts.value(0);
    const QByteArray fault = parts.value(2);
    if (const std::optional<ErrorCode> code = faultCode(fault))
        return {PrinterState::Error, faultMessage(*code), *code};
    if (state == "READY")
        return {PrinterState::Ready, {}, std::nullopt};
    if (parts.value(1) == "encoder")
        return {PrinterState::CardAtEncoder, tr("A card waits at the encoder."), std::nullopt};
    return {PrinterState::Busy, tr("A card is in the printer."), std::nullopt};
}

Status EvolisPrinter::parkAtEncoder() {
    Result<QByteArray> reply = command("Sil");
    if (!reply) {
        // A card may have been fed before the fault: send it to the reject tray.
        if (reply.error().code != ErrorCode::FeederEmpty)
            (void)reject();
        return reply.error();
    }
    m_cardInside = true;
    qCInfo(lcPrinting) << name() << "card parked at the contactless station";
    return Done{};
}

Status EvolisPrinter::reject() {
    Result<QByteArray> reply = command("Ser");
    if (reply || reply.error().code == ErrorCode::NoCard)
        m_cardInside = false;
    if (!reply)
        return reply.error();
    qCInfo(lcPrinting) << name() << "card rejected";
    return Done{};
}

Status EvolisPrinter::sendPanels(const CardFaceRequest &face, PrintJobRecord &job) {
    Result<BoundFace> bound = BoundFace::bind(face);
    if (!bound)
        return bound.error();
    if (Result<QByteArray> ok = command("Ss"); !ok)
        return ok.error();
    for (auto [side, code] : {std::pair{CardSide::Front, "f"}, std::pair{CardSide::Back, "b"}}) {
        const PanelImages panels = bound->renderer.panels(side, bound->content);
        const QByteArray size = QByteArray::number(panels.colour.width()) + ';' +
                                QByteArray::number(panels.colour.height()) + ';';
        const std::pair<const char *, QByteArray> planes[] = {
            {"y", colourPlane(panels.colour, 0)}, {"m", colourPlane(panels.colour, 1)},
            {"c", colourPlane(panels.colour, 2)}, {"k", monoPlane(panels.resin)},
            {"o", monoPlane(panels.overlay)},
        };
        for (const auto &[panel, data] : planes) {
            const QByteArray header =
                QByteArray("Db;") + panel + ';' + size + QByteArray::number(data.size()) + ';';
            if (Result<QByteArray> ok = command(header, data); !ok)
                return ok.error();
        }
        m_cardInside = true; // printing feeds a card when none is parked
        if (Result<QByteArray> ok = command(QByteArray("Sp;") + code); !ok)
            return ok.error();
    }
    if (Result<QByteArray> ok = command("Se"); !ok)
        return ok.error();
    m_cardInside = false;
    job.output = name();
    return Done{};
}

PrintJobRecord EvolisPrinter::print(const CardFaceRequest &face) {
    PrintJobRecord job = PrintJobRecord::start(name(), face);
    const Status ok = sendPanels(face, job);
    job.finish(ok ? std::nullopt : std::optional<Error>(ok.error()));
    if (!ok) {
        if (job.error->code == ErrorCode::FeederEmpty)
            m_cardInside = false; // nothing was fed
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
