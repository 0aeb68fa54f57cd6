#include "printing/evolisstream.h"

#include <cstring>

namespace cc::evolis {
namespace {

constexpr char kEsc = '\x1b';
constexpr char kCr = '\r';
// The longest a compressed mono panel can be: every line N = 81.
constexpr qsizetype kMaxCompressed = qsizetype(kPanelLines) * (1 + kMonoLineBytes);

int bitsFor(int levels) {
    switch (levels) {
    case 2:
        return 1;
    case 32:
        return 5;
    case 64:
        return 6;
    case 128:
        return 7;
    default:
        return 0;
    }
}

bool isMono(const QByteArray &panel) {
    return panel == "k" || panel == "o";
}

bool isColour(const QByteArray &panel) {
    return panel == "y" || panel == "m" || panel == "c";
}

Error badData(const QString &what, qsizetype at) {
    return Error{ErrorCode::BadValue, what, QStringLiteral("offset %1").arg(at)};
}

QImage blankMono(int width, int height) {
    QImage image(width, height, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    return image;
}

} // namespace

QByteArray frame(QByteArrayView command) {
    QByteArray out;
    out.reserve(command.size() + 2);
    out.append(kEsc).append(command).append(kCr);
    return out;
}

qsizetype downloadSize(int levels) {
    return qsizetype(kPanelDots) * kPanelLines * bitsFor(levels) / 8;
}

void CommandReader::append(QByteArrayView bytes) {
    m_buffer.append(bytes);
}

bool CommandReader::holdsPartial() const {
    for (char c : m_buffer)
        if (c != '\0')
            return true;
    return false;
}

Error CommandReader::refused(const QString &what, qsizetype at) const {
    return badData(what, m_consumed + at);
}

Result<std::optional<Command>> CommandReader::next() {
    // NUL padding before a command (the Windows driver pads its jobs).
    qsizetype start = 0;
    while (start < m_buffer.size() && m_buffer[start] == '\0')
        ++start;
    if (start == m_buffer.size()) {
        m_consumed += start;
        m_buffer.clear();
        return std::optional<Command>{};
    }
    if (m_buffer[start] != kEsc)
        return refused(tr("a command must start with ESC"), start);
    // The fields up to the first CR; a download's header ends at its last
    // ';' before the data instead.
    const qsizetype limit = std::min(m_buffer.size(), start + kMaxCommand);
    qsizetype end = start + 1;
    while (end < limit && m_buffer[end] != kCr)
        ++end;
    const QByteArrayView head = QByteArrayView(m_buffer).sliced(start + 1, end - start - 1);
    const bool download = head.startsWith("Db;") || head.startsWith("Dbc;");
    if (!download) {
        if (end == limit)
            return limit - start == kMaxCommand
                       ? refused(tr("a command does not end within %1 bytes").arg(kMaxCommand),
                                 start)
                       : Result<std::optional<Command>>(std::optional<Command>{});
        Command c;
        c.offset = m_consumed + start;
        QList<QByteArray> fields = head.toByteArray().split(';');
        c.name = fields.takeFirst();
        c.params = fields;
        if (c.name.isEmpty())
            return refused(tr("a command has no name"), start);
        m_buffer.remove(0, end + 1);
        m_consumed += end + 1;
        return std::optional<Command>{std::move(c)};
    }
    // Db;<panel>;<levels>;<data> or Dbc;<panel>;<levels>;<count>;<data>
    const bool compressed = head.startsWith("Dbc;");
    const int fieldsBefore = compressed ? 4 : 3;
    qsizetype at = start + 1;
    QList<QByteArray> fields;
    for (int i = 0; i < fieldsBefore; ++i) {
        const qsizetype semicolon = m_buffer.indexOf(';', at);
        if (semicolon < 0 || semicolon - start > kMaxCommand)
            return semicolon < 0 && m_buffer.size() - start < kMaxCommand
                       ? Result<std::optional<Command>>(std::optional<Command>{})
                       : refused(tr("a bitmap download's header is malformed"), start);
        fields << m_buffer.mid(at, semicolon - at);
        at = semicolon + 1;
    }
    Command c;
    c.offset = m_consumed + start;
    c.name = fields.takeFirst();
    c.params = fields;
    const QByteArray &panel = c.params[0];
    const int levels = c.params[1].toInt();
    qsizetype length = 0;
    if (compressed) {
        if (!isMono(panel) || levels != 2)
            return refused(tr("compressed downloads are read for the k and o panels at 2 levels "
                              "only, not \"%1\" at %2")
                               .arg(QString::fromLatin1(panel), QString::fromLatin1(c.params[1])),
                           start);
        bool ok = false;
        length = c.params[2].toLongLong(&ok);
        if (!ok || length < kPanelLines || length > kMaxCompressed)
            return refused(tr("a compressed panel of %1 bytes is not possible")
                               .arg(QString::fromLatin1(c.params[2])),
                           start);
    } else {
        if (!(isMono(panel) && levels == 2) && !(isColour(panel) && bitsFor(levels) > 1))
            return refused(tr("panel \"%1\" cannot be downloaded at %2 levels")
                               .arg(QString::fromLatin1(panel), QString::fromLatin1(c.params[1])),
                           start);
        length = downloadSize(levels);
    }
    if (m_buffer.size() < at + length + 1)
        return std::optional<Command>{}; // the rest has not arrived
    if (m_buffer[at + length] != kCr)
        return refused(tr("the bitmap data is not followed by CR"), at + length);
    c.data = m_buffer.mid(at, length);
    m_buffer.remove(0, at + length + 1);
    m_consumed += at + length + 1;
    return std::optional<Command>{std::move(c)};
}

Result<QList<Command>> parseStream(QByteArrayView stream) {
    CommandReader reader;
    reader.append(stream);
    QList<Command> commands;
    for (;;) {
        Result<std::optional<Command>> c = reader.next();
        if (!c)
            return c.error();
        if (!*c)
            break;
        commands << std::move(**c);
    }
    if (reader.holdsPartial())
        return badData(
            CommandReader::tr("the stream ends inside the command at byte %1").arg(reader.offset()),
            stream.size());
    return commands;
}

QByteArray encodeMono(const QImage &panel) {
    Q_ASSERT(panel.format() == QImage::Format_Mono && panel.width() == kPanelDots &&
             panel.height() == kPanelLines);
    QByteArray out;
    out.reserve(qsizetype(kMonoLineBytes) * kPanelLines);
    for (int y = 0; y < kPanelLines; ++y)
        out.append(reinterpret_cast<const char *>(panel.constScanLine(y)), kMonoLineBytes);
    return out;
}

QByteArray compressMono(const QImage &panel) {
    Q_ASSERT(panel.format() == QImage::Format_Mono && panel.width() == kPanelDots &&
             panel.height() == kPanelLines);
    QByteArray out;
    for (int y = 0; y < kPanelLines; ++y) {
        const auto *line = reinterpret_cast<const char *>(panel.constScanLine(y));
        int useful = kMonoLineBytes;
        while (useful > 0 && line[useful - 1] == '\0')
            --useful;
        if (useful == 0) {
            out.append('\x00');
        } else if (std::all_of(line, line + kMonoLineBytes, [](char b) { return b == '\xff'; })) {
            out.append('\xff');
        } else {
            out.append(char(useful));
            out.append(line, useful);
        }
    }
    return out;
}

QByteArray encodeColour(const QImage &panel, int levels) {
    Q_ASSERT(panel.format() == QImage::Format_Grayscale8 && panel.width() == kPanelDots &&
             panel.height() == kPanelLines);
    const int bits = bitsFor(levels);
    Q_ASSERT(bits > 1);
    QByteArray out(downloadSize(levels), '\0');
    quint64 acc = 0;
    int held = 0;
    qsizetype at = 0;
    for (int y = 0; y < kPanelLines; ++y) {
        const uchar *line = panel.constScanLine(y);
        for (int x = 0; x < kPanelDots; ++x) {
            acc = (acc << bits) | std::min<uint>(line[x], uint(levels - 1));
            held += bits;
            while (held >= 8) {
                held -= 8;
                out[at++] = char(acc >> held);
            }
        }
    }
    return out; // 648 × 1016 × bits is a whole number of bytes for 5, 6 and 7
}

Result<QImage> decodePanel(const Command &download) {
    const QByteArray panel = download.params.value(0);
    const int levels = download.params.value(1).toInt();
    // The data starts after the header: ESC, the name and the fields.
    qsizetype dataAt = download.offset + 1 + download.name.size();
    for (const QByteArray &p : download.params)
        dataAt += 1 + p.size();
    dataAt += 1;
    if (download.name == "Dbc") {
        QImage image = blankMono(kPanelDots, kPanelLines);
        const QByteArray &d = download.data;
        qsizetype at = 0;
        for (int y = 0; y < kPanelLines; ++y) {
            if (at >= d.size())
                return badData(CommandReader::tr("the compressed panel ends at line %1 of %2")
                                   .arg(y)
                                   .arg(kPanelLines),
                               dataAt + at);
            const auto first = quint8(d[at++]);
            uchar *line = image.scanLine(y);
            if (first == 0xff) {
                std::memset(line, 0xff, kMonoLineBytes);
            } else if (first > kMonoLineBytes) {
                return badData(CommandReader::tr("line %1 says it has %2 bytes; a line has %3")
                                   .arg(y)
                                   .arg(first)
                                   .arg(kMonoLineBytes),
                               dataAt + at - 1);
            } else if (first > 0) {
                if (at + first > d.size())
                    return badData(
                        CommandReader::tr("line %1 ends before its %2 bytes").arg(y).arg(first),
                        dataAt + at);
                std::memcpy(line, d.constData() + at, first);
                at += first;
            }
        }
        if (at != d.size())
            return badData(
                CommandReader::tr("%1 bytes follow the panel's last line").arg(d.size() - at),
                dataAt + at);
        return image;
    }
    if (download.name != "Db" || download.data.size() != downloadSize(levels) ||
        downloadSize(levels) == 0)
        return badData(CommandReader::tr("not a panel download"), download.offset);
    if (levels == 2) {
        QImage image = blankMono(kPanelDots, kPanelLines);
        for (int y = 0; y < kPanelLines; ++y)
            std::memcpy(image.scanLine(y),
                        download.data.constData() + qsizetype(y) * kMonoLineBytes, kMonoLineBytes);
        return image;
    }
    const int bits = bitsFor(levels);
    QImage image(kPanelDots, kPanelLines, QImage::Format_Grayscale8);
    quint64 acc = 0;
    int held = 0;
    qsizetype at = 0;
    for (int y = 0; y < kPanelLines; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < kPanelDots; ++x) {
            while (held < bits) {
                acc = (acc << 8) | quint8(download.data[at++]);
                held += 8;
            }
            held -= bits;
            line[x] = uchar((acc >> held) & ((1u << bits) - 1));
        }
    }
    return image;
}

namespace {

// Turns `image` a quarter: clockwise when `clockwise`, else anticlockwise.
// By hand, so 1-bit and 8-bit images keep their format and every dot.
QImage quarterTurn(const QImage &image, bool clockwise) {
    const int w = image.width();
    const int h = image.height();
    QImage out = image.format() == QImage::Format_Mono ? blankMono(h, w)
                                                       : QImage(h, w, QImage::Format_Grayscale8);
    Q_ASSERT(image.format() == QImage::Format_Mono || image.format() == QImage::Format_Grayscale8);
    const bool mono = image.format() == QImage::Format_Mono;
    for (int y = 0; y < h; ++y) {
        const uchar *line = image.constScanLine(y);
        for (int x = 0; x < w; ++x) {
            const int nx = clockwise ? h - 1 - y : y;
            const int ny = clockwise ? x : w - 1 - x;
            if (mono) {
                if (line[x >> 3] & (0x80 >> (x & 7)))
                    out.scanLine(ny)[nx >> 3] |= uchar(0x80 >> (nx & 7));
            } else {
                out.scanLine(ny)[nx] = line[x];
            }
        }
    }
    return out;
}

} // namespace

QImage toPanel(const QImage &side) {
    Q_ASSERT(side.format() == QImage::Format_Mono || side.format() == QImage::Format_Grayscale8);
    const bool mono = side.format() == QImage::Format_Mono;
    // The printable area in reading orientation: 1016 × 648; the side
    // centred on it, the margin unprinted.
    QImage area = mono ? blankMono(kPanelLines, kPanelDots)
                       : QImage(kPanelLines, kPanelDots, QImage::Format_Grayscale8);
    if (!mono)
        area.fill(0);
    const int left = (kPanelLines - side.width()) / 2;
    const int top = (kPanelDots - side.height()) / 2;
    for (int y = 0; y < side.height() && top + y < kPanelDots; ++y) {
        const uchar *from = side.constScanLine(y);
        uchar *to = area.scanLine(top + y);
        for (int x = 0; x < side.width() && left + x < kPanelLines; ++x) {
            const int nx = left + x;
            if (!mono)
                to[nx] = from[x];
            else if (from[x >> 3] & (0x80 >> (x & 7)))
                to[nx >> 3] |= uchar(0x80 >> (nx & 7));
        }
    }
    return quarterTurn(area, true);
}

QImage toReading(const QImage &panel) {
    return quarterTurn(panel, false);
}

} // namespace cc::evolis
