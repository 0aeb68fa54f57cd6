#pragma once

#include "core/ports/cardprinter.h"

#include <QCoreApplication>

namespace cc {

// A card printer behind the operating system's print queue (CUPS, or the
// Windows spooler), driven through QPrinter with an ID-1 page, edge to edge:
// front then back as two pages of one job. The spooler owns the card's path
// through the printer, so there is no encoder station and no reject; a job
// counts as printed once the spooler has accepted it.
class SpoolerPrinter final : public CardPrinter {
    Q_DECLARE_TR_FUNCTIONS(SpoolerPrinter)

public:
    explicit SpoolerPrinter(QString queue);

    QString name() const override { return m_queue; }
    PrinterStatus status() override;
    bool hasEncoderStation() const override { return false; }
    Status parkAtEncoder() override;
    Status checkFace(const CardFaceRequest &face) override;
    PrintJobRecord print(const CardFaceRequest &face) override;
    Status reject() override { return Done{}; }

    static QStringList queues();

private:
    QString m_queue;
};

} // namespace cc
