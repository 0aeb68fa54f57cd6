#pragma once

#include "devices/devicesconfig.h"

#include "core/ports/stationdevices.h"

#include <QCoreApplication>
#include <QMutex>

#include <memory>

namespace cc {

namespace reader {
class KeyFile;
class ReaderManager;
} // namespace reader

// The station's own devices: PC/SC readers through the reader manager's
// thread, card printers through the printing library, card previews and
// receipts rendered here. Wiring only: each call hands over to a library.
class LocalDevices final : public StationDevices {
    Q_DECLARE_TR_FUNCTIONS(LocalDevices)

public:
    static Result<std::unique_ptr<LocalDevices>> open(const LocalDevicesConfig &config);
    ~LocalDevices() override;

    // Waits until the reader thread has looked at the PC/SC service once.
    bool waitForReaders(int timeoutMs);
    // Whether the PC/SC service answered: an error naming it when not.
    Status readerService() const;
    // The UID and kind of the card on `reader` (empty: the only reader with
    // a card). Needs no keys: a diagnostic, not part of the port.
    struct CardIdentification {
        QString reader; // the reader's full name
        QByteArray uid;
        CardKind kind = CardKind::Unknown;
    };
    Result<CardIdentification> identify(const QString &reader);

    QList<ReaderListing> readers() override;
    void watchReaders(ReadersListener listener) override;
    QList<PrinterListing> printers() override;
    Result<std::unique_ptr<CardEncoder>> openEncoder(const QString &reader) override;
    Result<std::unique_ptr<CardPrinter>> openPrinter(const QString &name) override;
    Result<FacePreview> preview(const CardFaceRequest &face, double dpi) override;
    Status printReceipt(const Receipt &receipt, const QString &printer) override;
    Status printHandOver(const HandOverList &list, const QString &printer) override;

private:
    explicit LocalDevices(LocalDevicesConfig config);

    LocalDevicesConfig m_config;
    std::unique_ptr<reader::ReaderManager> m_manager;
    std::unique_ptr<reader::KeyFile> m_keys;
    QMutex m_watchMutex; // guards m_listener
    ReadersListener m_listener;
};

} // namespace cc
