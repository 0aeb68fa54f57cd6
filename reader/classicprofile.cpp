#include "reader/chipprofile.h"
#include "reader/chiprecordcodec.h"

namespace cc::reader {
namespace {

// Reader key slots (volatile memory of the reader, PC/SC Part 3 LOAD KEYS).
constexpr quint8 kSlotTransport = 0x00;
constexpr quint8 kSlotCity = 0x01;
constexpr quint8 kKeyA = 0x60;
constexpr quint8 kKeyB = 0x61;

struct SectorKeys {
    SecretKey a;
    SecretKey b;
    SecretKey record;
};

Result<SectorKeys> keysFor(const KeyProvider &keys, const QByteArray &uid) {
    Result<SecretKey> a = keys.cardKey(KeyPurpose::ClassicKeyA, uid);
    Result<SecretKey> b = keys.cardKey(KeyPurpose::ClassicKeyB, uid);
    Result<SecretKey> record = keys.cardKey(KeyPurpose::RecordMac, uid);
    for (const Result<SecretKey> *key : {&a, &b, &record})
        if (!*key)
            return key->error();
    return SectorKeys{std::move(a.value()), std::move(b.value()), std::move(record.value())};
}

// PC/SC Part 3 storage-card commands.
class StorageCard {
public:
    explicit StorageCard(CardChannel &channel)
        : m_channel(channel) {}

    Status loadKey(quint8 slot, QByteArrayView key) {
        Apdu apdu{0xFF, 0x82, 0x00, slot, key.toByteArray(), std::nullopt, true, true};
        return expectOk(apdu, ClassicProfile::tr("loading a key into the reader"));
    }
    // GENERAL AUTHENTICATE; false when the card does not accept the key.
    Result<bool> authenticate(int block, quint8 keyType, quint8 slot) {
        Apdu apdu{0xFF,
                  0x86,
                  0x00,
                  0x00,
                  octets({'\x01', '\x00', char(block), char(keyType), char(slot)}),
                  std::nullopt,
                  false,
                  false};
        Result<ApduResponse> response = m_channel.transmit(apdu);
        if (!response)
            return response.error();
        return response->isSuccess();
    }
    Result<QByteArray> readBlock(int block) {
        Result<ApduResponse> response =
            m_channel.transmit(Apdu{0xFF, 0xB0, 0x00, quint8(block), {}, 16, true, false});
        if (!response)
            return response.error();
        if (!response->isSuccess() || response->data.size() != 16)
            return cardRefused(response.value(), ClassicProfile::tr("reading block %1").arg(block));
        return response->data;
    }
    Status updateBlock(int block, const QByteArray &data, bool secret = false) {
        Apdu apdu{0xFF, 0xD6, 0x00, quint8(block), data, std::nullopt, false, secret};
        return expectOk(apdu, ClassicProfile::tr("writing block %1").arg(block));
    }

private:
    Status expectOk(const Apdu &apdu, const QString &what) {
        Result<ApduResponse> response = m_channel.transmit(apdu);
        if (!response)
            return response.error();
        if (!response->isSuccess())
            return cardRefused(response.value(), what);
        return Done{};
    }
    CardChannel &m_channel;
};

int firstBlock(const KeyProvider &keys) {
    return keys.settings().classicSector * 4;
}

// Authenticates to the city sector: with the city key A if the sector has it
// (returns true), else with the transport key (returns false); WrongCardKey
// if neither opens it.
Result<bool> openSector(StorageCard &card, const KeyProvider &keys, const SectorKeys &sector,
                        const QByteArray &uid) {
    const int block = firstBlock(keys);
    if (Status s = card.loadKey(kSlotCity, sector.a.view()); !s)
        return s.error();
    Result<bool> city = card.authenticate(block, kKeyA, kSlotCity);
    if (!city)
        return city.error();
    if (city.value())
        return true;
    if (Status s = card.loadKey(kSlotTransport, ClassicProfile::transportKey()); !s)
        return s.error();
    Result<bool> transport = card.authenticate(block, kKeyA, kSlotTransport);
    if (!transport)
        return transport.error();
    if (transport.value())
        return false;
    return Error{
        ErrorCode::WrongCardKey,
        ClassicProfile::tr("Sector %1 opens with neither the transport key nor this key "
                           "file's keys. Is it another city's card, or the wrong key file?")
            .arg(keys.settings().classicSector),
        QString::fromLatin1(uid.toHex().toUpper())};
}

} // namespace

QByteArray ClassicProfile::accessBits() {
    return QByteArray::fromHex("78778869");
}

QByteArray ClassicProfile::transportKey() {
    return QByteArray(6, '\xFF');
}

bool ClassicProfile::accepts(CardKind kind) const {
    return kind == CardKind::MifareClassic1K || kind == CardKind::MifareClassic4K;
}

Result<ChipReading> ClassicProfile::inspect(CardChannel &channel, const CardIdentity &card,
                                            const KeyProvider &keys) const {
    if (!accepts(card.kind))
        return wrongCardKind(card, name());
    Result<SectorKeys> sector = keysFor(keys, card.uid);
    if (!sector)
        return sector.error();
    StorageCard storage(channel);
    Result<bool> cityKeys = openSector(storage, keys, sector.value(), card.uid);
    if (!cityKeys)
        return cityKeys.error();
    QByteArray data;
    for (int i = 0; i < 3; ++i) {
        Result<QByteArray> block = storage.readBlock(firstBlock(keys) + i);
        if (!block)
            return block.error();
        data += block.value();
    }

    ChipReading reading{card.uid, card.kind, ChipState::Incomplete, std::nullopt, {}};
    if (!cityKeys.value()) {
        const bool empty = std::all_of(data.cbegin(), data.cend(), [](char c) { return c == 0; });
        reading.state = empty ? ChipState::Blank : ChipState::Incomplete;
        if (!empty)
            reading.detail = tr("The sector holds data but still has the transport key: the "
                                "personalisation did not finish.");
        return reading;
    }
    Result<ChipRecord> record = ChipRecordCodec::decode(data, sector->record.view());
    if (!record) {
        reading.detail = record.error().message;
        return reading;
    }
    reading.state = ChipState::Personalised;
    reading.record = record.value();
    return reading;
}

Result<QString> ClassicProfile::write(CardChannel &channel, const CardIdentity &card,
                                      const KeyProvider &keys, const ChipRecord &record,
                                      const ChipReading &) const {
    Result<SectorKeys> sector = keysFor(keys, card.uid);
    if (!sector)
        return sector.error();
    Result<QByteArray> bytes = ChipRecordCodec::encode(record, sector->record.view());
    if (!bytes)
        return bytes.error();

    StorageCard storage(channel);
    const int block = firstBlock(keys);
    // The data blocks first, under whichever key the sector has now: the
    // transport key A, or the city key B. The trailer last: until it is
    // written, the sector still has the transport key and reads as unfinished.
    Result<bool> cityKeys = openSector(storage, keys, sector.value(), card.uid);
    if (!cityKeys)
        return cityKeys.error();
    if (cityKeys.value()) {
        if (Status s = storage.loadKey(kSlotCity, sector->b.view()); !s)
            return s.error();
        Result<bool> withB = storage.authenticate(block, kKeyB, kSlotCity);
        if (!withB)
            return withB.error();
        if (!withB.value())
            return Error{ErrorCode::WrongCardKey, tr("The sector's key B is not this key file's."),
                         QString::fromLatin1(card.uid.toHex().toUpper())};
    }
    for (int i = 0; i < 3; ++i)
        if (Status s = storage.updateBlock(block + i, bytes->sliced(i * 16, 16)); !s)
            return s.error();
    if (!cityKeys.value()) {
        const QByteArray trailer =
            sector->a.view().toByteArray() + accessBits() + sector->b.view().toByteArray();
        if (Status s = storage.updateBlock(block + 3, trailer, true); !s)
            return s.error();
    }

    return tr("sector %1, blocks %2–%3")
        .arg(keys.settings().classicSector)
        .arg(block)
        .arg(block + 2);
}

} // namespace cc::reader
