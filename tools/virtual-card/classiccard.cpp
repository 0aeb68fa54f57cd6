// A MIFARE Classic 1K/4K behind a PC/SC Part 3 reader: the reader's storage-
// card commands (LOAD KEYS, GENERAL AUTHENTICATE, READ BINARY, UPDATE BINARY)
// with the card's key checks and access conditions (NXP MF1S50 datasheet,
// section 8.7), as the reader would relay them. Crypto1 itself stays inside
// the reader and is not modelled.
#include "core/crypto/crypto.h"
#include "tools/virtual-card/virtualcard.h"

#include <QJsonArray>

#include <array>
#include <optional>

namespace cc::tools {
namespace {

enum Who { Never = 0, A = 1, B = 2, AB = 3 };

// Data blocks: (read, write) for C1C2C3 = 000 … 111 (index C1<<2 | C2<<1 | C3).
constexpr std::array<std::array<Who, 2>, 8> kDataAccess = {{
    {AB, AB},       // 000
    {AB, Never},    // 001
    {AB, Never},    // 010
    {B, B},         // 011
    {AB, B},        // 100
    {B, Never},     // 101
    {AB, B},        // 110
    {Never, Never}, // 111
}};
// Trailer: key A write, access bits read, access bits write, key B read, key B write.
constexpr std::array<std::array<Who, 5>, 8> kTrailerAccess = {{
    {A, A, Never, A, A},              // 000
    {A, A, A, A, A},                  // 001 (transport)
    {Never, A, Never, A, Never},      // 010
    {B, AB, B, Never, B},             // 011
    {B, AB, Never, Never, B},         // 100
    {Never, AB, B, Never, Never},     // 101
    {Never, AB, Never, Never, Never}, // 110
    {Never, AB, Never, Never, Never}, // 111
}};

class ClassicCard final : public VirtualCard {
public:
    ClassicCard(bool fourK, QByteArray uid)
        : m_fourK(fourK)
        , m_uid(std::move(uid)) {
        m_blocks.assign(fourK ? 256 : 64, QByteArray(16, '\0'));
        QByteArray block0 = m_uid;
        block0 += char(m_uid[0] ^ m_uid[1] ^ m_uid[2] ^ m_uid[3]); // BCC
        block0 += fourK ? '\x18' : '\x08';                         // SAK
        block0 += QByteArray::fromHex(fourK ? "0200" : "0400");    // ATQA
        m_blocks[0] = block0.leftJustified(16, '\0');
        for (int b = 0; b < blockCount(); ++b)
            if (isTrailer(b))
                m_blocks[size_t(b)] = QByteArray::fromHex("FFFFFFFFFFFFFF078069FFFFFFFFFFFF");
    }

    QByteArray atr() const override {
        QByteArray atr = QByteArray::fromHex("3B8F8001804F0CA0000003060300");
        atr += m_fourK ? '\x02' : '\x01';
        atr += QByteArray(4, '\0');
        char tck = 0;
        for (qsizetype i = 1; i < atr.size(); ++i)
            tck = char(tck ^ atr[i]);
        return atr + tck;
    }

    void powerOff() override {
        m_keys = {};
        m_authSector.reset();
    }

    QJsonObject toJson() const override {
        QJsonArray blocks;
        for (const QByteArray &block : m_blocks)
            blocks.append(QString::fromLatin1(block.toHex()));
        return QJsonObject{{QStringLiteral("type"),
                            m_fourK ? QStringLiteral("classic-4k") : QStringLiteral("classic-1k")},
                           {QStringLiteral("uid"), QString::fromLatin1(m_uid.toHex())},
                           {QStringLiteral("blocks"), blocks}};
    }

    void load(const QJsonObject &state) {
        const QJsonArray blocks = state.value(QStringLiteral("blocks")).toArray();
        for (qsizetype i = 0; i < blocks.size() && i < qsizetype(m_blocks.size()); ++i)
            m_blocks[size_t(i)] = QByteArray::fromHex(blocks[i].toString().toLatin1());
    }

    QByteArray process(const QByteArray &apdu) override {
        if (apdu.size() < 4 || quint8(apdu[0]) != 0xFF)
            return withStatus({}, 0x6E00);
        const quint8 ins = quint8(apdu[1]), p1 = quint8(apdu[2]), p2 = quint8(apdu[3]);
        const QByteArray data = apdu.size() > 5 ? apdu.mid(5, quint8(apdu[4])) : QByteArray();
        switch (ins) {
        case 0xCA: // GET DATA: UID
            return p1 == 0 ? withStatus(m_uid, 0x9000) : withStatus({}, 0x6A81);
        case 0x82: // LOAD KEYS into the reader's volatile slots 0 and 1
            if (p1 != 0x00 || p2 > 1)
                return withStatus({}, 0x6986);
            if (data.size() != 6)
                return withStatus({}, 0x6700);
            m_keys[p2] = data;
            return withStatus({}, 0x9000);
        case 0x86: // GENERAL AUTHENTICATE
            if (data.size() != 5 || data[0] != '\x01')
                return withStatus({}, 0x6700);
            return authenticate(quint8(data[2]), quint8(data[3]), quint8(data[4]));
        case 0x88: // the older AUTHENTICATE form
            return authenticate(p2, quint8(apdu.size() > 4 ? apdu[4] : 0),
                                quint8(apdu.size() > 5 ? apdu[5] : 0));
        case 0xB0:
            return read(p2);
        case 0xD6:
            return update(p2, data);
        default:
            return withStatus({}, 0x6D00);
        }
    }

private:
    int blockCount() const { return int(m_blocks.size()); }
    static int sectorOf(int block) { return block < 128 ? block / 4 : 32 + (block - 128) / 16; }
    static int trailerOf(int sector) {
        return sector < 32 ? sector * 4 + 3 : 128 + (sector - 32) * 16 + 15;
    }
    static int indexInSector(int block) {
        const int sector = sectorOf(block);
        const int first = sector < 32 ? sector * 4 : 128 + (sector - 32) * 16;
        const int offset = block - first;
        return sector < 32 ? offset : std::min(offset / 5, 3); // 4K big sectors: groups of 5
    }
    bool isTrailer(int block) const { return block == trailerOf(sectorOf(block)); }

    // C1C2C3 of group `index` (0–3) from the trailer's access bytes, or
    // nullopt when the inverted copies disagree.
    static std::optional<int> condition(const QByteArray &trailer, int index) {
        const quint8 b6 = quint8(trailer[6]), b7 = quint8(trailer[7]), b8 = quint8(trailer[8]);
        const int c1 = (b7 >> (4 + index)) & 1, c2 = (b8 >> index) & 1,
                  c3 = (b8 >> (4 + index)) & 1;
        const int n1 = (b6 >> index) & 1, n2 = (b6 >> (4 + index)) & 1, n3 = (b7 >> index) & 1;
        if (c1 == n1 || c2 == n2 || c3 == n3)
            return std::nullopt;
        return (c1 << 2) | (c2 << 1) | c3;
    }
    static bool validAccessBits(const QByteArray &trailer) {
        for (int i = 0; i < 4; ++i)
            if (!condition(trailer, i))
                return false;
        return true;
    }

    // Whether the key we authenticated with may do `who`. Key B is no key at
    // all where the trailer lets it be read.
    bool allowed(Who who, int sector) const {
        if (who == Never || !m_authSector || m_authSector->sector != sector)
            return false;
        const QByteArray &trailer = m_blocks[size_t(trailerOf(sector))];
        const int trailerCondition = condition(trailer, 3).value_or(7);
        const bool keyBReadable = kTrailerAccess[size_t(trailerCondition)][3] != Never;
        if (m_authSector->keyType == 0x60)
            return who & A;
        return (who & B) && !keyBReadable;
    }

    QByteArray authenticate(int block, quint8 keyType, quint8 slot) {
        m_authSector.reset();
        if (block >= blockCount() || (keyType != 0x60 && keyType != 0x61) || slot > 1 ||
            m_keys[slot].isEmpty())
            return withStatus({}, 0x6300);
        const int sector = sectorOf(block);
        const QByteArray &trailer = m_blocks[size_t(trailerOf(sector))];
        const QByteArray key = keyType == 0x60 ? trailer.first(6) : trailer.sliced(10, 6);
        if (!Crypto::constantTimeEquals(key, m_keys[slot]))
            return withStatus({}, 0x6300);
        m_authSector = Auth{sector, keyType};
        return withStatus({}, 0x9000);
    }

    QByteArray read(int block) {
        if (block >= blockCount())
            return withStatus({}, 0x6A82);
        const int sector = sectorOf(block);
        const QByteArray &trailer = m_blocks[size_t(trailerOf(sector))];
        if (!m_authSector || m_authSector->sector != sector)
            return withStatus({}, 0x6982);
        if (isTrailer(block)) {
            const auto &rights = kTrailerAccess[size_t(condition(trailer, 3).value_or(7))];
            QByteArray out(16, '\0'); // key A never reads back
            if (allowed(rights[1], sector))
                out.replace(6, 4, trailer.sliced(6, 4));
            if (allowed(rights[3], sector))
                out.replace(10, 6, trailer.sliced(10, 6));
            return withStatus(out, 0x9000);
        }
        const auto &rights =
            kDataAccess[size_t(condition(trailer, indexInSector(block)).value_or(7))];
        if (!allowed(rights[0], sector))
            return withStatus({}, 0x6982);
        return withStatus(m_blocks[size_t(block)], 0x9000);
    }

    QByteArray update(int block, const QByteArray &data) {
        if (data.size() != 16)
            return withStatus({}, 0x6700);
        if (block == 0 || block >= blockCount())
            return withStatus({}, 0x6982); // the manufacturer block is read-only
        const int sector = sectorOf(block);
        if (!m_authSector || m_authSector->sector != sector)
            return withStatus({}, 0x6982);
        QByteArray &target = m_blocks[size_t(block)];
        const QByteArray &trailer = m_blocks[size_t(trailerOf(sector))];
        if (isTrailer(block)) {
            const auto &rights = kTrailerAccess[size_t(condition(trailer, 3).value_or(7))];
            if (!allowed(rights[0], sector) || !allowed(rights[2], sector) ||
                !allowed(rights[4], sector))
                return withStatus({}, 0x6982);
            if (!validAccessBits(data))
                return withStatus({}, 0x6A80); // a real card would lock the sector for good
        } else {
            const auto &rights =
                kDataAccess[size_t(condition(trailer, indexInSector(block)).value_or(7))];
            if (!allowed(rights[1], sector))
                return withStatus({}, 0x6982);
        }
        target = data;
        changed();
        return withStatus({}, 0x9000);
    }

    struct Auth {
        int sector;
        quint8 keyType;
    };

    bool m_fourK;
    QByteArray m_uid;
    std::vector<QByteArray> m_blocks;
    std::array<QByteArray, 2> m_keys;
    std::optional<Auth> m_authSector;
};

} // namespace

std::unique_ptr<VirtualCard> makeClassic(bool fourK, const QByteArray &uid) {
    return std::make_unique<ClassicCard>(fourK, uid.isEmpty() ? Crypto::randomBytes(4) : uid);
}

std::unique_ptr<VirtualCard> classicFromJson(const QJsonObject &state) {
    auto card = std::make_unique<ClassicCard>(
        state.value(QStringLiteral("type")).toString() == u"classic-4k",
        QByteArray::fromHex(state.value(QStringLiteral("uid")).toString().toLatin1()));
    card->load(state);
    return card;
}

} // namespace cc::tools
