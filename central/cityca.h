#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace cc::central {

// The city's station CA: it signs the service's own certificate and, at
// enrolment, each station's (CN = the station ID, client authentication
// only). Its key lives in a file only the service's account reads
// (docs/central.md, "Keys").
class CityCa {
public:
    ~CityCa();

    // Writes station-ca.key (0600), station-ca.crt, and a server key and
    // certificate for `serverNames` (DNS names or IP addresses) into `dir`.
    static Status create(const QString &dir, const QStringList &serverNames, int years = 10);
    static Result<std::unique_ptr<CityCa>> load(const QString &certificatePath,
                                                const QString &keyPath);

    QByteArray certificatePem() const;
    // A certificate for `station` from its request: the request's own
    // signature must verify; its subject is replaced by the station ID;
    // valid `days` days. Returns the PEM and sets `serial` (upper-case hex).
    Result<QByteArray> signStation(const QByteArray &requestPem, const QString &station,
                                   QString &serial, int days = 730) const;

private:
    struct Impl;
    explicit CityCa(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace cc::central
