#include "reader/apdu.h"
#include "reader/chipprofile.h"
#include "reader/chiprecordcodec.h"
#include "reader/desfirecommands.h"

namespace cc::reader {
namespace {

const QByteArray kPiccLevel(3, '\0');
const QByteArray kDefaultKey(16, '\0'); // what a new application's AES keys are

// Read = key 1, Write = Read&Write = Change = key 0.
constexpr int kRecordFileAccess = 0x1000;

QByteArray le16(int value) {
    return octets({char(value & 0xFF), char((value >> 8) & 0xFF)});
}

QByteArray le24(int value) {
    return octets({char(value & 0xFF), char((value >> 8) & 0xFF), char((value >> 16) & 0xFF)});
}

struct CardKeys {
    SecretKey master;
    SecretKey read;
    SecretKey record;
};

Result<CardKeys> keysFor(const KeyProvider &keys, const QByteArray &uid) {
    Result<SecretKey> master = keys.cardKey(KeyPurpose::DesfireAppMaster, uid);
    Result<SecretKey> read = keys.cardKey(KeyPurpose::DesfireRead, uid);
    Result<SecretKey> record = keys.cardKey(KeyPurpose::RecordMac, uid);
    for (const Result<SecretKey> *key : {&master, &read, &record})
        if (!*key)
            return key->error();
    return CardKeys{std::move(master.value()), std::move(read.value()), std::move(record.value())};
}

QString where(const KeyProvider &keys) {
    return DesfireProfile::tr("application %1, backup data file %2")
        .arg(QString::fromLatin1(keys.settings().aid.toHex().toUpper()))
        .arg(DesfireProfile::kRecordFile);
}

} // namespace

bool DesfireProfile::accepts(CardKind kind) const {
    // AuthenticateEV2First and its secure messaging arrived with EV2.
    return kind == CardKind::DesfireEv2 || kind == CardKind::DesfireEv3;
}

Result<ChipReading> DesfireProfile::inspect(CardChannel &channel, const CardIdentity &card,
                                            const KeyProvider &keys) const {
    if (!accepts(card.kind))
        return wrongCardKind(card, name());
    Result<CardKeys> cardKeys = keysFor(keys, card.uid);
    if (!cardKeys)
        return cardKeys.error();
    ChipReading reading{card.uid, card.kind, ChipState::Blank, std::nullopt, {}};

    DesfireCommands desfire(channel);
    if (Status s = desfire.selectApplication(kPiccLevel); !s)
        return s.error();
    Result<QList<QByteArray>> aids = desfire.applicationIds();
    if (!aids)
        return aids.error();
    if (!aids->contains(keys.settings().aid))
        return reading;
    if (Status s = desfire.selectApplication(keys.settings().aid); !s)
        return s.error();

    reading.state = ChipState::Incomplete;
    Status auth = desfire.authenticate(1, cardKeys->read.view());
    if (!auth) {
        if (auth.error().code != ErrorCode::WrongCardKey)
            return auth.error();
        // Not our read key: a personalisation that stopped before the keys
        // changed still has the factory key; anything else is not ours.
        Status factory = desfire.authenticate(1, kDefaultKey);
        if (!factory && factory.error().code == ErrorCode::WrongCardKey)
            return Error{ErrorCode::WrongCardKey,
                         tr("The card's city application has keys that are neither new nor "
                            "derived from this key file. Is it another city's card, or the "
                            "wrong key file?"),
                         QString::fromLatin1(card.uid.toHex().toUpper())};
        if (!factory)
            return factory.error();
        reading.detail = tr("The application still has its factory keys: the personalisation "
                            "did not finish.");
        return reading;
    }

    Result<QByteArray> data = desfire.macCommand(0xBD, QByteArray(1, char(kRecordFile)) + le24(0) +
                                                           le24(ChipRecord::kSize));
    if (!data) {
        if (data.error().code != ErrorCode::CardRefused)
            return data.error();
        reading.detail = tr("The record file is missing or unreadable.");
        return reading;
    }
    Result<ChipRecord> record = ChipRecordCodec::decode(data.value(), cardKeys->record.view());
    if (!record) {
        reading.detail = record.error().message;
        return reading;
    }
    Result<QByteArray> version = desfire.macCommand(0x64, QByteArray(1, '\0'));
    if (!version)
        return version.error();
    if (version->isEmpty() || quint8(version->at(0)) != kKeyVersion) {
        reading.detail = tr("The application master key was not changed: the personalisation "
                            "did not finish.");
        return reading;
    }
    reading.state = ChipState::Personalised;
    reading.record = record.value();
    return reading;
}

Result<QString> DesfireProfile::write(CardChannel &channel, const CardIdentity &card,
                                      const KeyProvider &keys, const ChipRecord &record,
                                      const ChipReading &before) const {
    Result<CardKeys> cardKeys = keysFor(keys, card.uid);
    if (!cardKeys)
        return cardKeys.error();
    Result<QByteArray> bytes = ChipRecordCodec::encode(record, cardKeys->record.view());
    if (!bytes)
        return bytes.error();
    const QByteArray &aid = keys.settings().aid;

    DesfireCommands desfire(channel);
    if (before.state != ChipState::Blank) {
        // Ours, whole or torn: remove the application with whichever master key
        // it has now, then start again from nothing.
        if (Status s = desfire.selectApplication(aid); !s)
            return s.error();
        Status auth = desfire.authenticate(0, cardKeys->master.view());
        if (!auth && auth.error().code == ErrorCode::WrongCardKey)
            auth = desfire.authenticate(0, kDefaultKey);
        if (!auth)
            return auth.error();
        if (Result<QByteArray> s = desfire.macCommand(0xDA, reversedBytes(aid)); !s)
            return s.error();
    }

    // 1. The application: AES keys (0x80), two keys; key settings 0x0B: the
    //    master key may change, directory listed freely, files created only
    //    with the master key, settings changeable; keys changed with key 0.
    if (Status s = desfire.selectApplication(kPiccLevel); !s)
        return s.error();
    if (Result<QByteArray> s = desfire.plainCommand(0xCA, reversedBytes(aid) + '\x0B' + '\x82'); !s)
        return s.error();
    if (Status s = desfire.selectApplication(aid); !s)
        return s.error();
    if (Status s = desfire.authenticate(0, kDefaultKey); !s)
        return s.error();
    // 2. The backup data file: CommMode.MAC; read with key 1, write and
    //    read-write and change with key 0. Access rights are one 16-bit value,
    //    Read in bits 15-12, Write 11-8, Read&Write 7-4, Change 3-0, sent LSB
    //    first: 0x1000, on the wire 00 10.
    const QByteArray fileHeader = QByteArray(1, char(kRecordFile)) + '\x01' +
                                  le16(kRecordFileAccess) + le24(ChipRecord::kSize);
    if (Result<QByteArray> s = desfire.macCommand(0xCB, fileHeader); !s)
        return s.error();
    // 3. The record, then commit: until the commit the file keeps its old content.
    if (Result<QByteArray> s = desfire.macCommand(
            0x3D, QByteArray(1, char(kRecordFile)) + le24(0) + le24(ChipRecord::kSize),
            bytes.value());
        !s)
        return s.error();
    if (Result<QByteArray> s = desfire.macCommand(0xC7, {}); !s)
        return s.error();
    // 4. The keys, read key first: a card whose master key is still the
    //    factory one is never taken for finished (inspect checks its version).
    if (Status s = desfire.changeKey(1, cardKeys->read.view(), kDefaultKey, kKeyVersion); !s)
        return s.error();
    if (Status s = desfire.changeKey(0, cardKeys->master.view(), kDefaultKey, kKeyVersion); !s)
        return s.error();

    // 5. The caller reads back with the read key, as a checking station would.
    return where(keys);
}

} // namespace cc::reader
