#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace cc::test {

// A stand-in for the citizen digital certificates' CA (MOICA in Taiwan),
// made with the openssl CLI: a citizen's certificate names their ID number
// in the subject's serialNumber, and a signed document is what `openssl cms
// -sign` makes (SignedData, DER, content attached), as a signing component
// in the citizen's browser would.
class CitizenPki {
public:
    QString make(); // an empty string on success
    QString caPath() const { return m_dir.filePath(QStringLiteral("citizen-ca.crt")); }
    // `document` signed by a certificate for `nationalId` from this CA, or
    // (`trusted` false) from a CA nobody trusts; empty when openssl failed.
    QByteArray sign(const QByteArray &document, const QString &nationalId, bool trusted = true);

private:
    QString openssl(const QStringList &arguments) const;
    QTemporaryDir m_dir;
    int m_signed = 0;
};

} // namespace cc::test
