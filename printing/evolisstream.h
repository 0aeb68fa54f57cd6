#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>

#include <optional>

namespace cc::evolis {

// The Evolis command language as the Printer's Programming Guide (A5013
// Rev. E, "Communication Protocol", p. 4; "Data Compression", p. 5;
// "Downloading Commands", pp. 14–16) frames it, and the panel bitmaps it
// carries. Shared by the driver (EvolisPrinter) and the printer emulator:
// the decoding half is proven on job streams Evolis's own Windows driver sent
// to a real printer (tests/printing/tst_evolisstream.cpp), the encoding half
// by decoding what it makes.

// A panel: 648 dots a line (the card's short side) by 1016 lines, 300 dpi.
inline constexpr int kPanelDots = 648;
inline constexpr int kPanelLines = 1016;
inline constexpr int kMonoLineBytes = kPanelDots / 8; // 81
// A command without bitmap data is short; one that does not end within this
// many bytes is not the language.
inline constexpr qsizetype kMaxCommand = 512;

struct Command {
    QByteArray name;          // "Sic", "Dbc"
    QList<QByteArray> params; // the ';'-separated fields after the name
    QByteArray data;          // a bitmap download's data, else empty
    qsizetype offset = 0;     // of its ESC in the stream
};

// ESC `command` CR, e.g. frame("Pmi;F;s").
QByteArray frame(QByteArrayView command);

// Commands out of a byte stream as it arrives: NUL padding between commands
// is skipped, a CR inside bitmap data does not end it (its length is known
// from the command), and anything else is refused with its byte offset.
class CommandReader {
    Q_DECLARE_TR_FUNCTIONS(CommandReader)

public:
    void append(QByteArrayView bytes);
    // The next complete command; nothing while more bytes are needed.
    Result<std::optional<Command>> next();
    // Whether bytes of an unfinished command are held (a stream that ends
    // here is truncated).
    bool holdsPartial() const;
    // The offset in the stream of the first byte not yet consumed.
    qsizetype offset() const { return m_consumed; }

private:
    Error refused(const QString &what, qsizetype at) const;

    QByteArray m_buffer;
    qsizetype m_consumed = 0;
};

// A whole job stream (a .prn file); a truncated or corrupted one is refused
// with the byte offset.
Result<QList<Command>> parseStream(QByteArrayView stream);

// Panels are images 648 wide by 1016 high in the printer's order: line 0
// first, dot 0 of each line at the left.
//
// k (resin) and o (overlay): 1 bit a dot, 1 = print (Format_Mono, colour
// index 1 printed).
// The data of "Db;<panel>;2;…": 81 bytes a line, most significant bit first.
QByteArray encodeMono(const QImage &panel);
// The data of "Dbc;<panel>;2;<count>;…": a line is 0x00 (white), 0xFF
// (black), or N (1–81) and the first N bytes of the line, the rest white.
QByteArray compressMono(const QImage &panel);
// y, m, c: one value a dot, 0 (no dye) to levels − 1, at 32, 64 or 128
// levels (5, 6 or 7 bits a dot, bits concatenated without padding, most
// significant first). `panel` is Format_Grayscale8 holding the values.
QByteArray encodeColour(const QImage &panel, int levels);
// The bytes a "Db" download of `levels` carries.
qsizetype downloadSize(int levels);

// The panel a download command carries ("Db" at 2, 32, 64 or 128 levels,
// "Dbc" for k and o), or why it is not one.
Result<QImage> decodePanel(const Command &download);

// Our rendered side (reading orientation, 1011 × 638 at 300 dpi) as a panel:
// centred on the 1016 × 648 printable area and turned to the printer's
// order. The inverse, for showing a decoded panel, is toReading().
QImage toPanel(const QImage &side);
QImage toReading(const QImage &panel);

} // namespace cc::evolis
