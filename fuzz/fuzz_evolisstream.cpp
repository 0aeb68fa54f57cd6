// Evolis job streams as the emulator and the stream tests read them
// (printing/evolisstream.*): commands framed from any bytes, split at a
// point the input chooses, and every panel download decoded.
#include "fuzz/fuzzsupport.h"

#include "printing/evolisstream.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    cc::fuzz::ensureApplication();
    const QByteArray bytes = cc::fuzz::bytesOf(data, size);
    // Whole, as a file.
    if (auto commands = cc::evolis::parseStream(bytes); commands)
        for (const cc::evolis::Command &c : *commands)
            if (c.name.startsWith("Db"))
                (void)cc::evolis::decodePanel(c);
    // In two pieces, as a socket delivers it.
    cc::evolis::CommandReader reader;
    const qsizetype cut = bytes.isEmpty() ? 0 : quint8(bytes[0]) * bytes.size() / 256;
    reader.append(QByteArrayView(bytes).first(cut));
    for (int piece = 0; piece < 2; ++piece) {
        for (;;) {
            auto next = reader.next();
            if (!next || !*next)
                break;
        }
        if (piece == 0)
            reader.append(QByteArrayView(bytes).sliced(cut));
    }
    return 0;
}
