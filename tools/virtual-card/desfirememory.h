#pragma once

#include <QByteArray>
#include <QJsonArray>

#include <map>
#include <vector>

namespace cc::tools::desfire {

// What a virtual DESFire keeps in its EEPROM: applications with their key
// settings, AES keys and data files, and how the card saves them as JSON.
struct File {
    quint8 comm = 0;
    // The access rights as the datasheet lays the 16-bit value out: Read in
    // bits 15-12, Write 11-8, Read&Write 7-4, Change 3-0 (key numbers, E free,
    // F never). On the wire it goes least significant byte first.
    quint16 access = 0;
    QByteArray data; // committed
    bool backup = true;

    int read() const { return access >> 12; }
    int write() const { return (access >> 8) & 0xF; }
    int readWrite() const { return (access >> 4) & 0xF; }
    int change() const { return access & 0xF; }
};

struct Key {
    QByteArray value = QByteArray(16, '\0');
    quint8 version = 0;
};

struct Application {
    quint8 settings1 = 0x0F;
    quint8 settings2 = 0x81;
    std::vector<Key> keys;
    std::map<quint8, File> files;
};

using Applications = std::map<QByteArray, Application>; // by AID, most significant byte first

QJsonArray toJson(const Applications &apps);
Applications applicationsFromJson(const QJsonArray &apps);

} // namespace cc::tools::desfire
