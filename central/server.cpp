#include "central/server.h"
#include "registry/fixtureregistry.h"

#include "central/citizenca.h"
#include "central/cityca.h"
#include "central/documents.h"
#include "central/events.h"
#include "central/hotlists.h"
#include "central/logging.h"
#include "central/peer.h"
#include "central/pg.h"
#include "central/preapplications.h"
#include "central/schema.h"
#include "core/crypto/signing.h"
#include "core/domain/boundedread.h"
#include "core/domain/nationalid.h"
#include "core/protocol/enrol.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <httplib.h>
#include <mutex>
#include <openssl/ssl.h>

namespace cc::central {
namespace {

// Accepts any certificate at the handshake: its verdict stays on the
// connection (SSL_get_verify_result) and Peer turns it into a 401 or 403.
int keepVerdict(int, X509_STORE_CTX *) {
    return 1;
}

bool setUpTls(SSL_CTX &ctx, const ServerConfig &config) {
    SSL_CTX_set_min_proto_version(&ctx, TLS1_2_VERSION);
    SSL_CTX_set_options(&ctx, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION);
    const QByteArray cert = config.certificate.toLocal8Bit();
    const QByteArray key = config.key.toLocal8Bit();
    const QByteArray ca = config.stationCa.toLocal8Bit();
    if (SSL_CTX_use_certificate_chain_file(&ctx, cert.constData()) != 1 ||
        SSL_CTX_use_PrivateKey_file(&ctx, key.constData(), SSL_FILETYPE_PEM) != 1 ||
        SSL_CTX_check_private_key(&ctx) != 1 ||
        SSL_CTX_load_verify_locations(&ctx, ca.constData(), nullptr) != 1)
        return false;
    STACK_OF(X509_NAME) *names = SSL_load_client_CA_file(ca.constData());
    if (!names)
        return false;
    SSL_CTX_set_client_CA_list(&ctx, names);
    SSL_CTX_set_verify(&ctx, SSL_VERIFY_PEER, keepVerdict);
    return true;
}

int statusFor(const Error &error) {
    switch (error.code) {
    case ErrorCode::Refused:
    case ErrorCode::PermissionDenied:
        return 403;
    case ErrorCode::NotFound:
        return 404;
    case ErrorCode::WrongState:
    case ErrorCode::AlreadyExists:
        return 409;
    case ErrorCode::UnknownKey:
        return 422;
    case ErrorCode::ServiceUnavailable:
    case ErrorCode::NetworkFailed:
        return 503;
    case ErrorCode::StoreFailed:
    case ErrorCode::SchemaTooNew:
    case ErrorCode::CryptoFailed:
        return 500;
    default:
        return 400;
    }
}

void answer(httplib::Response &res, int status, const QJsonObject &body) {
    res.status = status;
    res.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                    "application/json");
}

void refuse(httplib::Response &res, const Error &error, const QJsonObject &extra = {}) {
    QJsonObject body = extra;
    body.insert(QStringLiteral("error"), errorCodeName(error.code));
    body.insert(QStringLiteral("message"), error.message);
    if (!error.where.isEmpty())
        body.insert(QStringLiteral("where"), error.where);
    // A database that cannot be reached is a reason to retry, not a verdict.
    const int status = statusFor(error);
    if (status == 503)
        res.set_header("Retry-After", "1");
    answer(res, status, body);
}

} // namespace

struct CentralServer::Impl {
    ServerConfig config;
    httplib::SSLServer http;
    PgPool pool;
    std::unique_ptr<CityCa> ca; // when this process enrols stations
    QByteArray hotlistKey;      // when it serves the hotlist
    // The registry adapter; one lookup at a time (a city's adapter need not
    // be thread-safe).
    std::unique_ptr<RegistryGateway> registry;
    std::timed_mutex registryLock;
    std::unique_ptr<CitizenCa> citizens; // when this process takes pre-applications

    explicit Impl(const ServerConfig &c)
        : config(c)
        , http([this](SSL_CTX &ctx) { return setUpTls(ctx, config); })
        , pool(c.database, c.databaseConnections) {}

    // The enrolled, unrevoked station the request comes from, or the answer
    // already written (401 without a certificate, 403 otherwise). `db` is the
    // connection it used, for the rest of the request.
    std::optional<QString> station(const httplib::Request &req, httplib::Response &res,
                                   std::optional<PgPool::Lease> &db);
    void push(const httplib::Request &req, httplib::Response &res);
    void enrol(const httplib::Request &req, httplib::Response &res);
    void changes(const httplib::Request &req, httplib::Response &res);
    void hotlist(const httplib::Request &req, httplib::Response &res);
    void document(const httplib::Request &req, httplib::Response &res);
    void lookup(const httplib::Request &req, httplib::Response &res);
    void preApplication(const httplib::Request &req, httplib::Response &res);
    void collectable(const httplib::Request &req, httplib::Response &res);
    void health(httplib::Response &res);
};

std::optional<QString> CentralServer::Impl::station(const httplib::Request &req,
                                                    httplib::Response &res,
                                                    std::optional<PgPool::Lease> &db) {
    const Peer peer = Peer::of(req.ssl);
    if (peer.standing == Peer::Standing::NoCertificate) {
        answer(res, 401,
               {{QStringLiteral("error"), QStringLiteral("certificate-required")},
                {QStringLiteral("message"),
                 QStringLiteral("A station's certificate is required: enrol the station.")}});
        return std::nullopt;
    }
    if (peer.standing != Peer::Standing::Trusted || peer.station.isEmpty()) {
        refuse(res, Error{ErrorCode::Refused,
                          QStringLiteral("The certificate is not one of this city's stations."),
                          peer.station});
        return std::nullopt;
    }
    Result<PgPool::Lease> lease = pool.acquire();
    if (!lease) {
        refuse(res, lease.error());
        return std::nullopt;
    }
    db.emplace(std::move(lease).value());
    Result<PgResult> row =
        (*db)->exec("SELECT 1 FROM stations WHERE station_id = $1 AND revoked_at IS NULL AND "
                    "(certificate_serial IS NULL OR certificate_serial = $2)",
                    {peer.station.toUtf8(), peer.serial.toUtf8()});
    if (!row) {
        refuse(res, row.error());
        return std::nullopt;
    }
    if (row->rows() == 0) {
        refuse(res, Error{ErrorCode::Refused,
                          QStringLiteral("Station %1 is revoked, not enrolled, or its "
                                         "certificate was replaced.")
                              .arg(peer.station),
                          peer.station});
        return std::nullopt;
    }
    return peer.station;
}

void CentralServer::Impl::push(const httplib::Request &req, httplib::Response &res) {
    std::optional<PgPool::Lease> db;
    const std::optional<QString> from = station(req, res, db);
    if (!from)
        return;
    const QByteArray body = QByteArray::fromStdString(req.body);
    Result<PushBatch> batch = PushBatch::fromJson(body);
    if (!batch)
        return refuse(res, batch.error());
    if (batch->station != *from)
        return refuse(res,
                      Error{ErrorCode::Refused,
                            QStringLiteral("Station %1 may push only its own events.").arg(*from),
                            QStringLiteral("$.station")});
    Events events(**db);
    Result<PushAnswer> taken = events.take(*from, *batch, body);
    if (taken)
        return answer(res, 200, QJsonDocument::fromJson(taken->toJson()).object());
    QJsonObject extra{{QStringLiteral("station"), *from}};
    if (taken.error().code == ErrorCode::WrongState)
        if (Result<qint64> held = events.heldThrough(*from))
            extra.insert(QStringLiteral("heldThrough"), *held);
    refuse(res, taken.error(), extra);
}

void CentralServer::Impl::changes(const httplib::Request &req, httplib::Response &res) {
    std::optional<PgPool::Lease> db;
    const std::optional<QString> from = station(req, res, db);
    if (!from)
        return;
    const QString since = req.has_param("since")
                              ? QString::fromStdString(req.get_param_value("since"))
                              : QStringLiteral("0");
    const int limit = req.has_param("limit")
                          ? QString::fromStdString(req.get_param_value("limit")).toInt()
                          : 1000;
    Result<QJsonObject> found = Events(**db).changesFor(*from, since, limit);
    if (!found)
        return refuse(res, found.error());
    answer(res, 200, *found);
}

void CentralServer::Impl::hotlist(const httplib::Request &req, httplib::Response &res) {
    std::optional<PgPool::Lease> db;
    if (!station(req, res, db))
        return;
    bool ok = true;
    const qint64 since = req.has_param("since")
                             ? QString::fromStdString(req.get_param_value("since")).toLongLong(&ok)
                             : 0;
    if (!ok)
        return refuse(res, Error{ErrorCode::BadValue, QStringLiteral("Not a hotlist version."),
                                 QStringLiteral("since")});
    Result<Hotlist> list = Hotlists(**db).since(since);
    if (!list)
        return refuse(res, list.error());
    SignedHotlist signedList{list->toText(), {}};
    Result<QByteArray> signature = Signing::sign(hotlistKey, signedList.text);
    if (!signature)
        return refuse(res, signature.error());
    signedList.signature = *signature;
    res.status = 200;
    res.set_content(signedList.toJson().toStdString(), "application/json");
}

void CentralServer::Impl::document(const httplib::Request &req, httplib::Response &res) {
    std::optional<PgPool::Lease> db;
    if (!station(req, res, db))
        return;
    bool ok = false;
    const qint64 version = QString::fromStdString(req.get_param_value("version")).toLongLong(&ok);
    if (!ok || version < 1)
        return refuse(res, Error{ErrorCode::BadValue, QStringLiteral("Not a document version."),
                                 QStringLiteral("version")});
    Result<QByteArray> body =
        Documents(**db).fetch(QString::fromStdString(req.get_param_value("kind")), version);
    if (!body)
        return refuse(res, body.error());
    res.status = 200;
    res.set_content(body->toStdString(), "application/json");
}

// The registry, asked on a station's behalf: the ID number comes in the
// body (never the URL, which the access log keeps) and is not logged.
void CentralServer::Impl::lookup(const httplib::Request &req, httplib::Response &res) {
    std::optional<PgPool::Lease> db;
    if (!station(req, res, db))
        return;
    db.reset(); // the registry is not the database: give the connection back
    const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(req.body)).object();
    const NationalId::Check id =
        NationalId::check(body.value(QStringLiteral("nationalId")).toString());
    if (body.size() != 1 || !id.valid())
        return refuse(res, Error{ErrorCode::BadValue, QStringLiteral("Not an ID number."),
                                 QStringLiteral("$.nationalId")});
    // A registry that hangs must not take every worker thread with it.
    std::unique_lock lock(registryLock, std::defer_lock);
    if (!lock.try_lock_for(std::chrono::seconds(3)))
        return refuse(res, Error{ErrorCode::ServiceUnavailable,
                                 QStringLiteral("The registry is busy; try again."),
                                 QStringLiteral("registry")});
    Result<std::optional<RegistryEntry>> entry = registry->lookup(id.normalized);
    lock.unlock();
    if (!entry)
        return refuse(res, Error{ErrorCode::ServiceUnavailable,
                                 QStringLiteral("The registry could not be asked."),
                                 QStringLiteral("registry")});
    res.status = 200;
    res.set_content(RegistryEntry::answerJson(*entry).toStdString(), "application/json");
}

// A citizen's application made online, signed with their certificate: no
// station certificate is asked for, the signature is the credential.
void CentralServer::Impl::preApplication(const httplib::Request &req, httplib::Response &res) {
    const QByteArray body = QByteArray::fromStdString(req.body);
    if (body.size() > PreApplications::kMaxSignedBytes)
        return answer(
            res, 413,
            {{QStringLiteral("error"), QStringLiteral("too-large")},
             {QStringLiteral("message"), QStringLiteral("A pre-application is at most 64 KiB.")}});
    // Checked before a database connection is taken: a flood of unsigned
    // bodies costs CPU, never the stations' connections.
    Result<PreApplication> document = PreApplications::check(body, *citizens);
    if (!document)
        return refuse(res, document.error());
    Result<PgPool::Lease> db = pool.acquire();
    if (!db)
        return refuse(res, db.error());
    Result<QString> code = PreApplications(**db).keep(*document, body);
    if (!code)
        return refuse(res, code.error());
    answer(res, 201, {{QStringLiteral("code"), *code}});
}

// A pre-application, for a station of the office it was made for.
void CentralServer::Impl::collectable(const httplib::Request &req, httplib::Response &res) {
    std::optional<PgPool::Lease> db;
    const std::optional<QString> from = station(req, res, db);
    if (!from)
        return;
    Result<QByteArray> document =
        PreApplications(**db).fetch(*from, QString::fromStdString(req.matches[1]));
    if (!document)
        return refuse(res, document.error());
    res.status = 200;
    res.set_content(document->toStdString(), "application/json");
}

// A station's first call, before it has a certificate: its one-time code
// (used once, within its day) buys a certificate for the station the code
// was made for, on the key of its request.
void CentralServer::Impl::enrol(const httplib::Request &req, httplib::Response &res) {
    Result<EnrolRequest> request = EnrolRequest::fromJson(QByteArray::fromStdString(req.body));
    if (!request)
        return refuse(res, request.error());
    Result<PgPool::Lease> db = pool.acquire();
    if (!db)
        return refuse(res, db.error());
    EnrolAnswer issued{{}, ca->certificatePem(), {}};
    Status done = (*db)->transaction([&]() -> Status {
        Result<PgResult> used = (*db)->exec(
            "UPDATE enrolment_codes SET used_at = now() WHERE code_hash = sha256($1::bytea) "
            "AND station_id = $2 AND used_at IS NULL AND expires_at > now() RETURNING 1",
            {request->code.toUtf8(), request->station.toUtf8()});
        if (!used)
            return used.error();
        if (used->rows() != 1)
            return Error{ErrorCode::Refused,
                         QStringLiteral("The enrolment code is unknown, used or expired: ask "
                                        "for a new one."),
                         QStringLiteral("$.code")};
        Result<PgResult> key = (*db)->exec("SELECT encode(key, 'hex') FROM city_keys WHERE "
                                           "name = 'holder'");
        if (!key)
            return key.error();
        if (key->rows() != 1)
            return Error{ErrorCode::StoreFailed,
                         QStringLiteral("The database has no holder key: run migrate."),
                         QStringLiteral("city_keys")};
        issued.holderKey = QByteArray::fromHex(key->bytes(0, 0));
        QString serial;
        Result<QByteArray> cert = ca->signStation(request->csr, request->station, serial);
        if (!cert)
            return cert.error();
        issued.certificate = *cert;
        return (*db)->run("UPDATE stations SET certificate_serial = $2, enrolled_at = now(), "
                          "revoked_at = NULL WHERE station_id = $1",
                          {request->station.toUtf8(), serial.toUtf8()});
    });
    if (!done)
        return refuse(res, done.error());
    qCInfo(lcCentral).noquote() << "enrolled station" << request->station;
    answer(res, 200, QJsonDocument::fromJson(issued.toJson()).object());
}

void CentralServer::Impl::health(httplib::Response &res) {
    Result<PgPool::Lease> db = pool.acquire();
    if (!db)
        return refuse(res, db.error());
    Result<int> version = Schema::version(**db);
    if (!version)
        return refuse(res, version.error());
    answer(res, *version == Schema::kVersion ? 200 : 503,
           {{QStringLiteral("status"),
             *version == Schema::kVersion ? QStringLiteral("ok") : QStringLiteral("migrate")},
            {QStringLiteral("schema"), *version}});
}

CentralServer::CentralServer(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}

CentralServer::~CentralServer() = default;

Result<std::unique_ptr<CentralServer>> CentralServer::create(const ServerConfig &config) {
    auto impl = std::make_unique<Impl>(config);
    if (!impl->http.is_valid())
        return Error{ErrorCode::FileUnreadable,
                     QStringLiteral("The TLS certificate, key or station CA cannot be used."),
                     config.certificate};
    if (!config.stationCaKey.isEmpty()) {
        Result<std::unique_ptr<CityCa>> ca = CityCa::load(config.stationCa, config.stationCaKey);
        if (!ca)
            return ca.error();
        impl->ca = std::move(ca).value();
    }
    if (!config.hotlistKey.isEmpty()) {
        QFile file(config.hotlistKey);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::FileUnreadable, file.errorString(), config.hotlistKey};
        Result<QByteArray> pem = readBounded(file, 64 * 1024, config.hotlistKey);
        if (!pem)
            return pem.error();
        if (Result<QByteArray> pub = Signing::publicKey(*pem); !pub)
            return Error{pub.error().code, pub.error().message, config.hotlistKey};
        impl->hotlistKey = *pem;
    }
    if (!config.registry.isEmpty()) {
        Result<std::unique_ptr<FixtureRegistry>> registry = FixtureRegistry::load(config.registry);
        if (!registry)
            return registry.error();
        impl->registry = std::move(registry).value();
    }
    if (!config.citizenCa.isEmpty()) {
        Result<std::unique_ptr<CitizenCa>> citizens = CitizenCa::load(config.citizenCa);
        if (!citizens)
            return citizens.error();
        impl->citizens = std::move(citizens).value();
    }
    httplib::SSLServer &http = impl->http;
    const int threads = config.threads;
    http.new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
    http.set_tcp_nodelay(true);
    http.set_keep_alive_timeout(2);
    http.set_read_timeout(10, 0);
    http.set_write_timeout(10, 0);
    http.set_payload_max_length(size_t(PushBatch::kMaxBodyBytes));
    Impl *i = impl.get();
    http.Post("/v1/events",
              [i](const httplib::Request &req, httplib::Response &res) { i->push(req, res); });
    if (impl->ca)
        http.Post("/v1/enrol",
                  [i](const httplib::Request &req, httplib::Response &res) { i->enrol(req, res); });
    http.Get("/v1/documents",
             [i](const httplib::Request &req, httplib::Response &res) { i->document(req, res); });
    http.Get("/v1/changes",
             [i](const httplib::Request &req, httplib::Response &res) { i->changes(req, res); });
    if (!impl->hotlistKey.isEmpty())
        http.Get("/v1/hotlist", [i](const httplib::Request &req, httplib::Response &res) {
            i->hotlist(req, res);
        });
    if (impl->registry)
        http.Post("/v1/registry/lookup", [i](const httplib::Request &req, httplib::Response &res) {
            i->lookup(req, res);
        });
    if (impl->citizens)
        http.Post("/v1/preapplications", [i](const httplib::Request &req, httplib::Response &res) {
            i->preApplication(req, res);
        });
    http.Get(
        R"(/v1/preapplications/(PA[0-9A-Z]{10}))",
        [i](const httplib::Request &req, httplib::Response &res) { i->collectable(req, res); });
    http.Get("/v1/health",
             [i](const httplib::Request &, httplib::Response &res) { i->health(res); });
    http.set_logger([](const httplib::Request &req, const httplib::Response &res) {
        qCInfo(lcAccess).noquote()
            << QString::fromStdString(req.method) << QString::fromStdString(req.path) << res.status
            << Peer::of(req.ssl).station;
    });
    return std::unique_ptr<CentralServer>(new CentralServer(std::move(impl)));
}

Result<int> CentralServer::bind(const QString &host, int port) {
    const std::string h = host.toStdString();
    const int bound = port == 0 ? m_impl->http.bind_to_any_port(h)
                                : (m_impl->http.bind_to_port(h, port) ? port : -1);
    if (bound < 0)
        return Error{ErrorCode::ServiceUnavailable,
                     QStringLiteral("Cannot listen on %1:%2.").arg(host).arg(port), host};
    return bound;
}

void CentralServer::run() {
    m_impl->http.listen_after_bind();
}

void CentralServer::stop() {
    m_impl->http.stop();
}

} // namespace cc::central
