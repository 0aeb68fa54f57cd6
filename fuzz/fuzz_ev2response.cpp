// EV2 secure messaging on a card's answer (reader/ev2session.*): decrypting and
// unpadding CommMode.Full data and checking a response MAC, under a fixed
// session. The first byte picks the operation, the rest is the card's bytes.
#include "fuzz/fuzzsupport.h"

#include "reader/ev2session.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using cc::reader::Ev2Session;
    cc::fuzz::ensureApplication();
    if (size == 0)
        return 0;
    static const Ev2Session base =
        Ev2Session::derive(QByteArray(16, '\0'), QByteArray::fromHex("9D00C4DF"),
                           QByteArray::fromHex("13C5DB8A5930439FC3DEF9A4C675360F"),
                           QByteArray::fromHex("B9E2FC789B64BF237CCCAA20EC7E6E48"));
    Ev2Session session{base.ti, cc::SecretKey(base.encKey.view()),
                       cc::SecretKey(base.macKey.view()), quint16(data[0] * 257)};
    const QByteArray bytes = cc::fuzz::bytesOf(data + 1, size - 1);
    switch (data[0] % 4) {
    case 0:
        (void)session.decryptResponse(bytes);
        break;
    case 1:
        (void)session.decryptCommand(bytes);
        break;
    case 2:
        (void)Ev2Session::unpad(bytes);
        break;
    default: {
        // data ‖ MACt, as DesfireCommands checks an answer; then the round trip.
        if (bytes.size() >= 8)
            (void)(bytes.right(8) == session.responseMac(0x00, bytes.chopped(8)));
        const cc::Result<QByteArray> back = session.decryptResponse(session.encryptResponse(bytes));
        if (!back || back.value() != bytes)
            std::abort();
        break;
    }
    }
    return 0;
}
