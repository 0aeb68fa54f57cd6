#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace cc::central {

// Who signed a pre-application: the citizen digital certificate's CA (in
// Taiwan, MOICA's; in tests, one made for them), configured by the city
// (docs/central.md, "Pre-applications").
class CitizenCa {
public:
    ~CitizenCa();

    static Result<std::unique_ptr<CitizenCa>> load(const QString &certificatesPath);

    struct Signed {
        QByteArray content; // the document the citizen signed
        QString holder;     // the signer certificate's subject serialNumber
    };
    // The content of a CMS SignedData (DER, content attached) with one
    // signer whose certificate chains to this CA and is valid now, for
    // signing; Refused when the signature or the certificate does not verify.
    Result<Signed> verify(const QByteArray &der) const;

private:
    struct Impl;
    explicit CitizenCa(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace cc::central
