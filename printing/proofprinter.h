#pragma once

#include "core/ports/cardprinter.h"

#include <QCoreApplication>

namespace cc {

// A printer that writes proofs into a directory: "<card number>-front.png" and
// "-back.png" at the given resolution, or "<card number>.pdf". For previews,
// tests and the demo; it has no encoder station.
class ProofPrinter final : public CardPrinter {
    Q_DECLARE_TR_FUNCTIONS(ProofPrinter)

public:
    enum class Format { Png, Pdf };

    ProofPrinter(QString directory, Format format, double dpi = 300);

    QString name() const override;
    PrinterStatus status() override;
    bool hasEncoderStation() const override { return false; }
    Status parkAtEncoder() override;
    Status checkFace(const CardFaceRequest &face) override;
    PrintJobRecord print(const CardFaceRequest &face) override;
    Status reject() override { return Done{}; }

private:
    QString m_directory;
    Format m_format;
    double m_dpi;
};

} // namespace cc
