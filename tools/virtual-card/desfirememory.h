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
    quint16 access = 0; // RW | Chg | R | W nibbles, as sent LSB first
    QByteArray data;    // committed
    bool backup = true;

    int read() const { return (access >> 4) & 0xF; }
    int write() const { return access & 0xF; }
    int readWrite() const { return (access >> 12) & 0xF; }
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
