#pragma once

#include "core/domain/result.h"

#include <QString>

#include <memory>

namespace cc::central {

// How one central process runs (citizencard-central serve).
struct ServerConfig {
    QString certificate;  // the service's TLS certificate (PEM, chain first)
    QString key;          // its private key (PEM)
    QString stationCa;    // the city's station CA certificate (PEM): who may connect
    QString stationCaKey; // its key (PEM); empty: this process enrols no station
    QString hotlistKey;   // the hotlist's Ed25519 signing key (PEM); empty: no hotlist served
    QString registry;     // the registry fixture (file or folder); empty: no registry lookups
    QString citizenCa;    // citizen certificates' CA (PEM); empty: no pre-applications taken
    QString database;     // libpq connection string
    int threads = 32;     // HTTP workers; above the stations' kept-alive connections
    int databaseConnections = 8;
};

// The stateless HTTPS service: every station request is mutual TLS, its
// station named by its certificate; PostgreSQL holds all state, so several
// processes serve behind one load balancer. Routes and answers are
// docs/sync-protocol.md.
class CentralServer {
public:
    static Result<std::unique_ptr<CentralServer>> create(const ServerConfig &config);
    ~CentralServer();

    // Listens on `host`:`port` (0: any free port); returns the port.
    Result<int> bind(const QString &host, int port);
    // Serves until stop() (from another thread or a signal handler's thread).
    void run();
    void stop();

private:
    struct Impl;
    explicit CentralServer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace cc::central
