#pragma once

#include "core/ports/cardprinter.h"

#include <QCoreApplication>

#include <memory>

class QIODevice;

namespace cc {

// An Evolis card printer spoken to directly in its escape-framed command
// language (docs/printing.md lists the subset), over TCP ("evolis://host:port")
// or a device file ("evolis:/dev/usb/lp0"). The printer has a contactless
// station, so encode-then-print runs in one pass:
//   parkAtEncoder() → the encoder writes the chip → print() → eject.
// Any fault while a card is inside rejects it to the reject tray.
class EvolisPrinter final : public CardPrinter {
    Q_DECLARE_TR_FUNCTIONS(EvolisPrinter)

public:
    // `address` is "host:port" or a device file path.
    explicit EvolisPrinter(QString address, int timeoutMs = 15000);
    ~EvolisPrinter() override;

    QString name() const override;
    PrinterStatus status() override;
    bool hasEncoderStation() const override { return true; }
    Status parkAtEncoder() override;
    Status checkFace(const CardFaceRequest &face) override;
    PrintJobRecord print(const CardFaceRequest &face) override;
    Status reject() override;

    // One command and its reply; a reply "ERR <code>" becomes the named error.
    Result<QByteArray> command(const QByteArray &command, const QByteArray &payload = {});

private:
    Status connectIfNeeded();
    Status sendPanels(const CardFaceRequest &face, PrintJobRecord &job);

    QString m_address;
    int m_timeoutMs;
    std::unique_ptr<QIODevice> m_device;
    bool m_cardInside = false;
};

} // namespace cc
