#include "tests/support/centralpeers.h"
#include "tests/support/citizenpki.h"

#include <QFile>

namespace cc::test {

QString CitizenPki::openssl(const QStringList &arguments) const {
    return test::openssl(m_dir.path(), arguments);
}

QString CitizenPki::make() {
    for (const QString &ca : {QStringLiteral("citizen-ca"), QStringLiteral("other-ca")})
        if (QString failed = makeCa(m_dir.path(), ca, QStringLiteral("/C=TW/O=test/CN=%1").arg(ca));
            !failed.isEmpty())
            return failed;
    QFile ext(m_dir.filePath(QStringLiteral("citizen.ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write citizen.ext");
    ext.write("keyUsage=critical,digitalSignature,nonRepudiation\n");
    return {};
}

QByteArray CitizenPki::sign(const QByteArray &document, const QString &nationalId, bool trusted) {
    const QString stem = QStringLiteral("citizen%1").arg(++m_signed);
    const QString ca = trusted ? QStringLiteral("citizen-ca") : QStringLiteral("other-ca");
    QFile in(m_dir.filePath(stem + QStringLiteral(".json")));
    if (!in.open(QIODevice::WriteOnly) || in.write(document) != document.size())
        return {};
    in.close();
    const QStringList steps[] = {
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
         QStringLiteral("-nodes"), QStringLiteral("-keyout"), stem + QStringLiteral(".key"),
         QStringLiteral("-out"), stem + QStringLiteral(".csr"), QStringLiteral("-subj"),
         QStringLiteral("/C=TW/CN=citizen/serialNumber=") + nationalId},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
         stem + QStringLiteral(".csr"), QStringLiteral("-CA"), ca + QStringLiteral(".crt"),
         QStringLiteral("-CAkey"), ca + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"),
         QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-sha256"),
         QStringLiteral("-extfile"), QStringLiteral("citizen.ext"), QStringLiteral("-out"),
         stem + QStringLiteral(".crt")},
        {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"),
         QStringLiteral("-nodetach"), QStringLiteral("-md"), QStringLiteral("sha256"),
         QStringLiteral("-in"), stem + QStringLiteral(".json"), QStringLiteral("-signer"),
         stem + QStringLiteral(".crt"), QStringLiteral("-inkey"), stem + QStringLiteral(".key"),
         QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
         stem + QStringLiteral(".p7s")}};
    for (const QStringList &step : steps)
        if (!openssl(step).isEmpty())
            return {};
    QFile out(m_dir.filePath(stem + QStringLiteral(".p7s")));
    return out.open(QIODevice::ReadOnly) ? out.readAll() : QByteArray();
}

} // namespace cc::test
