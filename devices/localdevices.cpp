#include "devices/localdevices.h"

#include "printing/boundface.h"
#include "printing/handoverprinter.h"
#include "printing/printers.h"
#include "printing/receiptprinter.h"
#include "reader/cardidentity.h"
#include "reader/keyfile.h"
#include "reader/pcsc.h"
#include "reader/pcscencoder.h"
#include "reader/readermanager.h"

#include <QBuffer>

namespace cc {

LocalDevices::LocalDevices(LocalDevicesConfig config)
    : m_config(std::move(config))
    , m_manager(std::make_unique<reader::ReaderManager>()) {}

LocalDevices::~LocalDevices() = default;

Result<std::unique_ptr<LocalDevices>> LocalDevices::open(const LocalDevicesConfig &config) {
    std::unique_ptr<LocalDevices> devices(new LocalDevices(config));
    if (!config.keyFile.isEmpty()) {
        Result<std::unique_ptr<reader::KeyFile>> keys =
            reader::KeyFile::unlock(config.keyFile, config.keyPassphrase);
        if (!keys)
            return keys.error();
        devices->m_keys = std::move(keys).value();
    }
    if (!reader::ChipProfile::byName(config.chipProfile))
        return Error{ErrorCode::BadValue,
                     tr("There is no chip profile called %1.").arg(config.chipProfile),
                     QStringLiteral("profile")};
    // The reader thread starts now and finds the readers while the window
    // opens; the devices panel shows them as they appear.
    LocalDevices *self = devices.get();
    QObject::connect(
        self->m_manager.get(), &reader::ReaderManager::readersChanged, self->m_manager.get(),
        [self](const QList<ReaderListing> &readers) {
            QMutexLocker lock(&self->m_watchMutex);
            if (self->m_listener)
                self->m_listener(readers);
        },
        Qt::DirectConnection);
    devices->m_manager->start();
    return devices;
}

bool LocalDevices::waitForReaders(int timeoutMs) {
    return m_manager->waitForFirstScan(timeoutMs);
}

Status LocalDevices::readerService() const {
    if (m_manager->serviceAvailable())
        return Done{};
    return reader::Pcsc::error(LONG(SCARD_E_NO_SERVICE), {});
}

Result<LocalDevices::CardIdentification> LocalDevices::identify(const QString &reader) {
    Result<QString> name = m_manager->resolve(reader);
    if (!name)
        return name.error();
    Result<reader::CardIdentity> card =
        m_manager
            ->withCard<reader::CardIdentity>(
                *name,
                [](reader::CardChannel &channel) { return reader::CardIdentity::read(channel); })
            .get();
    if (!card)
        return card.error();
    return CardIdentification{*name, card->uid, card->kind};
}

QList<ReaderListing> LocalDevices::readers() {
    return m_manager->readers();
}

void LocalDevices::watchReaders(ReadersListener listener) {
    QMutexLocker lock(&m_watchMutex);
    m_listener = std::move(listener);
    if (m_listener)
        m_listener(m_manager->readers());
}

QList<PrinterListing> LocalDevices::printers() {
    QStringList direct = m_config.directPrinters;
    if (!m_config.defaultPrinter.isEmpty() && !direct.contains(m_config.defaultPrinter) &&
        m_config.defaultPrinter.contains(u':'))
        direct.prepend(m_config.defaultPrinter);
    return Printers::list(direct);
}

Result<std::unique_ptr<CardEncoder>> LocalDevices::openEncoder(const QString &reader) {
    if (!m_keys)
        return Error{ErrorCode::FileNotFound,
                     tr("No key file is configured: start the program with --keys FILE to "
                        "encode chips."),
                     QStringLiteral("keys")};
    m_manager->waitForFirstScan(3000); // called off the GUI thread
    Result<QString> name = m_manager->resolve(reader);
    if (!name)
        return name.error();
    auto encoder = std::make_unique<reader::PcscEncoder>(
        *m_manager, *name, *m_keys, reader::ChipProfile::byName(m_config.chipProfile));
    encoder->setCardArrivalWait(m_config.cardArrivalWaitMs);
    return std::unique_ptr<CardEncoder>(std::move(encoder));
}

Result<std::unique_ptr<CardPrinter>> LocalDevices::openPrinter(const QString &name) {
    const QString chosen = name.isEmpty() ? m_config.defaultPrinter : name;
    if (chosen.isEmpty())
        return Error{ErrorCode::DeviceNotFound,
                     tr("No card printer is chosen: choose one in the devices panel."),
                     {}};
    return Printers::open(chosen);
}

Result<FacePreview> LocalDevices::preview(const CardFaceRequest &face, double dpi) {
    Result<BoundFace> bound = BoundFace::bind(face);
    if (!bound)
        return bound.error();
    const auto png = [&](CardSide side) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        bound->renderer.render(side, bound->content, dpi).save(&buffer, "PNG");
        return bytes;
    };
    return FacePreview{png(CardSide::Front), png(CardSide::Back)};
}

Status LocalDevices::printReceipt(const Receipt &receipt, const QString &printer) {
    return ReceiptPrinter::print(receipt, printer);
}

Status LocalDevices::printHandOver(const HandOverList &list, const QString &printer) {
    return HandOverPrinter::print(list, printer);
}

} // namespace cc
