#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace cc::tools {

// A contactless card as the reader presents it over PC/SC: its ATR, and an
// answer (data ‖ SW1 SW2) to every command APDU. State that a real chip keeps
// in EEPROM is saved with toJson(); powerOff() drops what a real chip loses
// when it leaves the field (selection, authentication, uncommitted writes).
class VirtualCard {
public:
    virtual ~VirtualCard() = default;
    virtual QByteArray atr() const = 0;
    virtual QByteArray process(const QByteArray &apdu) = 0;
    virtual void powerOff() = 0;
    virtual QJsonObject toJson() const = 0;
    // True when the last command changed what toJson() would write.
    bool takeChanged() { return std::exchange(m_changed, false); }

    // "desfire-ev1|ev2|ev3", "classic-1k|4k". A missing uid is made up.
    static std::unique_ptr<VirtualCard> create(const QString &type, const QByteArray &uid);
    static std::unique_ptr<VirtualCard> fromJson(const QJsonObject &state);

protected:
    void changed() { m_changed = true; }

private:
    bool m_changed = false;
};

std::unique_ptr<VirtualCard> makeDesfire(int major, const QByteArray &uid);
std::unique_ptr<VirtualCard> desfireFromJson(const QJsonObject &state);
std::unique_ptr<VirtualCard> makeClassic(bool fourK, const QByteArray &uid);
std::unique_ptr<VirtualCard> classicFromJson(const QJsonObject &state);

// data ‖ SW as one response.
QByteArray withStatus(const QByteArray &data, quint16 sw);

} // namespace cc::tools
