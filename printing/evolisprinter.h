#pragma once

#include "core/ports/cardprinter.h"

#include <QCoreApplication>

#include <memory>

class QIODevice;

namespace cc {

// An Evolis card printer spoken to directly in the language of Evolis's
// Printer's Programming Guide (A5013 Rev. E; docs/printing.md has the
// commands used), over TCP ("evolis://host:port") or a device file
// ("evolis:/dev/usb/lp0"). The printer has a contactless station, so
// encode-then-print runs in one pass, as real integrations do it:
//   parkAtEncoder() (Sic) → the encoder writes the chip → print() (Ss, Sr,
//   the panels, Sv, the panels, Se: printed and ejected).
// Any fault while a card is inside rejects it to the reject tray (Ser).
class EvolisPrinter final : public CardPrinter {
    Q_DECLARE_TR_FUNCTIONS(EvolisPrinter)

public:
    // `address` is "host:port" or a device file path.
    explicit EvolisPrinter(QString address, int timeoutMs = 15000);
    ~EvolisPrinter() override;

    QString name() const override;
    PrinterStatus status() override;
    bool hasEncoderStation() const override { return true; }
    // Rev. E has no status command: a card another process parked is seen
    // by the encoder, not by us.
    bool reportsParkedCard() const override { return false; }
    Status parkAtEncoder() override;
    Status checkFace(const CardFaceRequest &face) override;
    PrintJobRecord print(const CardFaceRequest &face) override;
    Status reject() override;

    // Firmware, serial number and ribbon (Rfv, Rsn, Rr), for the devices panel.
    Result<QString> identity();

    // One command and its reply: ACK (an empty value), a text value, or a
    // NACK and its code (or "ERR <code>" before ACK/NACK is on) as the
    // named error.
    Result<QByteArray> command(const QByteArray &command, const QByteArray &payload = {});

private:
    Status connectIfNeeded();
    Status setUp();
    Status move(const QByteArray &command);
    Status sendPanels(const CardFaceRequest &face, PrintJobRecord &job);

    QString m_address;
    int m_timeoutMs;
    std::unique_ptr<QIODevice> m_device;
    bool m_setUp = false; // Pem sent on this connection
    bool m_cardInside = false;
    std::optional<ErrorCode> m_fault; // the last fault, until a card moves again
};

} // namespace cc
