// The virtual card's side of vpcd (tools/virtual-card/): frames of a 2-byte
// big-endian length and a payload, a 1-byte control code or a command APDU for
// the card. The first byte picks the card type. The chip memory the card saves
// must load again to the same state.
#include "fuzz/fuzzsupport.h"

#include "tools/virtual-card/virtualcard.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    cc::fuzz::ensureApplication();
    if (size == 0)
        return 0;
    static const char *const kTypes[] = {"desfire-ev1", "desfire-ev2", "desfire-ev3", "classic-1k",
                                         "classic-4k"};
    std::unique_ptr<cc::tools::VirtualCard> card = cc::tools::VirtualCard::create(
        QString::fromLatin1(kTypes[data[0] % 5]), QByteArray::fromHex("04782E21801D80"));
    if (!card)
        std::abort();
    for (std::size_t pos = 1; pos + 2 <= size;) {
        const std::size_t length = (std::size_t(data[pos]) << 8) | data[pos + 1];
        pos += 2;
        if (length > size - pos)
            break; // vpcd went away mid-frame
        const QByteArray payload = cc::fuzz::bytesOf(data + pos, length);
        pos += length;
        if (length == 1) {
            if (payload[0] == 0 || payload[0] == 2)
                card->powerOff();
            else if (payload[0] == 4)
                (void)card->atr();
            continue;
        }
        const QByteArray response = card->process(payload);
        if (response.size() < 2)
            std::abort(); // every answer ends with a status word
        if (card->takeChanged()) {
            const QJsonObject saved = card->toJson();
            std::unique_ptr<cc::tools::VirtualCard> loaded =
                cc::tools::VirtualCard::fromJson(saved);
            if (!loaded || loaded->toJson() != saved)
                std::abort();
        }
    }
    return 0;
}
