#include "sync/httpstransport.h"
#include "sync/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <csignal>
#include <httplib.h>
#include <mutex>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace cc {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("HttpsTransport", text);
}

using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;

BioPtr memory(const QByteArray &pem) {
    return BioPtr(BIO_new_mem_buf(pem.constData(), int(pem.size())), BIO_free);
}

// What the centre said when it refused, in the station's words where the
// code is known.
Error refusal(const httplib::Result &result) {
    const QJsonObject body =
        QJsonDocument::fromJson(QByteArray::fromStdString(result->body)).object();
    const QString said = body.value(QStringLiteral("message")).toString();
    const int status = result->status;
    if (status == 401 || status == 403)
        return Error{ErrorCode::Refused,
                     tr("The central service refused this station (%1): %2").arg(status).arg(said),
                     QStringLiteral("central")};
    // The centre's own 404 says what; an empty one (a route this centre
    // does not have, a proxy) is not an answer about the thing asked.
    if (status == 404 && !said.isEmpty())
        return Error{ErrorCode::NotFound, said, QStringLiteral("central")};
    if (status == 409)
        return Error{ErrorCode::AlreadyExists, said, QStringLiteral("central")};
    if (status >= 500)
        return Error{ErrorCode::NetworkFailed,
                     tr("The central service is not available (%1); sync tries again.").arg(status),
                     QStringLiteral("central")};
    return Error{
        ErrorCode::BadValue,
        tr("The central service did not accept the request (%1): %2").arg(status).arg(said),
        body.value(QStringLiteral("where")).toString()};
}

Error unreachable(const httplib::Result &result) {
    const QString why = QString::fromStdString(httplib::to_string(result.error()));
    qCInfo(lcSyncHttp).noquote() << "request failed:" << why;
    return Error{ErrorCode::NetworkFailed,
                 tr("The central service cannot be reached (%1); sync tries again.").arg(why),
                 QStringLiteral("central")};
}

Error unreadable() {
    return Error{ErrorCode::NetworkFailed,
                 tr("The central service's answer cannot be read; sync tries again."),
                 QStringLiteral("central")};
}

QUrl checkedUrl(const QString &address) {
    const QUrl url(address);
    return url.isValid() && url.scheme() == u"https" && !url.host().isEmpty() ? url : QUrl();
}

Error badUrl(const QString &address) {
    return Error{ErrorCode::BadValue, tr("The central service's address is https://HOST:PORT."),
                 address};
}

// The certificates of `pem` as the only ones trusted; null when there are none.
X509_STORE *caStore(const QByteArray &pem) {
    X509_STORE *cas = X509_STORE_new();
    bool loaded = false;
    if (BioPtr in = memory(pem); in && cas)
        while (X509 *ca = PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr)) {
            loaded = X509_STORE_add_cert(cas, ca) == 1 || loaded;
            X509_free(ca);
        }
    if (!loaded) {
        X509_STORE_free(cas);
        return nullptr;
    }
    return cas;
}

Status configure(httplib::SSLClient &client, X509_STORE *cas, int timeoutSeconds) {
    // TLS writes to a connection the other end (or the network) closed must
    // fail as an error, not end the process with SIGPIPE.
    static std::once_flag ignorePipe;
    std::call_once(ignorePipe, [] { std::signal(SIGPIPE, SIG_IGN); });
    client.set_ca_cert_store(cas); // the client owns it now
    client.enable_server_certificate_verification(true);
    client.set_tcp_nodelay(true);
    client.set_keep_alive(true);
    client.set_connection_timeout(timeoutSeconds, 0);
    client.set_read_timeout(timeoutSeconds, 0);
    client.set_write_timeout(timeoutSeconds, 0);
    if (!client.is_valid())
        return Error{ErrorCode::CryptoFailed, tr("TLS could not be set up."),
                     QStringLiteral("sync_link")};
    return Done{};
}

} // namespace

struct HttpsTransport::Impl {
    std::unique_ptr<httplib::SSLClient> client;
};

HttpsTransport::HttpsTransport(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}

HttpsTransport::~HttpsTransport() = default;

Result<std::unique_ptr<HttpsTransport>> HttpsTransport::open(const SyncLink &link,
                                                             int timeoutSeconds) {
    const QUrl url = checkedUrl(link.url);
    if (!url.isValid())
        return badUrl(link.url);
    X509Ptr cert(nullptr, X509_free);
    KeyPtr key(nullptr, EVP_PKEY_free);
    if (BioPtr in = memory(link.certificate); in)
        cert.reset(PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr));
    if (BioPtr in = memory(link.privateKey); in)
        key.reset(PEM_read_bio_PrivateKey(in.get(), nullptr, nullptr, nullptr));
    X509_STORE *cas = caStore(link.caCertificate);
    if (!cert || !key || !cas) {
        X509_STORE_free(cas);
        return Error{ErrorCode::CryptoFailed,
                     tr("The station's certificate, key or the city CA cannot be read."),
                     QStringLiteral("sync_link")};
    }
    auto impl = std::make_unique<Impl>();
    impl->client = std::make_unique<httplib::SSLClient>(url.host().toStdString(), url.port(443),
                                                        cert.get(), key.get());
    if (Status ok = configure(*impl->client, cas, timeoutSeconds); !ok)
        return ok.error();
    return std::unique_ptr<HttpsTransport>(new HttpsTransport(std::move(impl)));
}

Result<EnrolAnswer> HttpsTransport::enrol(const QString &address, const QByteArray &caPem,
                                          const EnrolRequest &request, int timeoutSeconds) {
    const QUrl url = checkedUrl(address);
    if (!url.isValid())
        return badUrl(address);
    X509_STORE *cas = caStore(caPem);
    if (!cas)
        return Error{ErrorCode::CryptoFailed, tr("The city CA's certificate cannot be read."),
                     QStringLiteral("--ca")};
    httplib::SSLClient client(url.host().toStdString(), url.port(443));
    if (Status ok = configure(client, cas, timeoutSeconds); !ok)
        return ok.error();
    const QByteArray body = request.toJson();
    httplib::Result result =
        client.Post("/v1/enrol", body.constData(), size_t(body.size()), "application/json");
    if (!result)
        return unreachable(result);
    if (result->status != 200)
        return refusal(result);
    Result<EnrolAnswer> answer = EnrolAnswer::fromJson(QByteArray::fromStdString(result->body));
    if (!answer)
        return Error{ErrorCode::BadValue, tr("The central service's answer cannot be read."),
                     QStringLiteral("central")};
    return answer;
}

Result<PushAnswer> HttpsTransport::push(const QByteArray &body) {
    httplib::Result result = m_impl->client->Post("/v1/events", body.constData(),
                                                  size_t(body.size()), "application/json");
    if (!result)
        return unreachable(result);
    const QByteArray answer = QByteArray::fromStdString(result->body);
    // A gap answers where the centre holds up to: the station resends from there.
    if (result->status == 200 ||
        (result->status == 409 &&
         QJsonDocument::fromJson(answer).object().contains(QStringLiteral("heldThrough")))) {
        Result<PushAnswer> parsed = PushAnswer::fromJson(answer);
        if (!parsed)
            return Error{ErrorCode::NetworkFailed,
                         tr("The central service's answer cannot be read; sync tries again."),
                         QStringLiteral("central")};
        return parsed;
    }
    return refusal(result);
}

namespace {

// The body of a 200 answer to `result`, else the error the station shows.
Result<QByteArray> answerOf(const httplib::Result &result) {
    if (!result)
        return unreachable(result);
    if (result->status != 200)
        return refusal(result);
    return QByteArray::fromStdString(result->body);
}

// `body` read by `parse`; an answer that does not parse is a network failure
// (sync tries again), never a half-read value.
template<typename T, typename Parse>
Result<T> parsedAnswer(const Result<QByteArray> &body, Parse parse) {
    if (!body)
        return body.error();
    Result<T> value = parse(*body);
    if (!value)
        return unreadable();
    return value;
}

} // namespace

Result<QByteArray> HttpsTransport::get(const std::string &path) {
    return answerOf(m_impl->client->Get(path.c_str()));
}

Result<ChangesPage> HttpsTransport::changes(const QString &since, int limit) {
    return parsedAnswer<ChangesPage>(
        get("/v1/changes?since=" + QUrl::toPercentEncoding(since).toStdString() +
            "&limit=" + std::to_string(limit)),
        ChangesPage::fromJson);
}

Result<QByteArray> HttpsTransport::document(const QString &kind, qint64 version) {
    return get("/v1/documents?kind=" + QUrl::toPercentEncoding(kind).toStdString() +
               "&version=" + std::to_string(version));
}

Result<QByteArray> HttpsTransport::preApplication(const QString &code) {
    return get("/v1/preapplications/" + QUrl::toPercentEncoding(code).toStdString());
}

Result<SignedHotlist> HttpsTransport::hotlist(qint64 since) {
    return parsedAnswer<SignedHotlist>(get("/v1/hotlist?since=" + std::to_string(since)),
                                       SignedHotlist::fromJson);
}

Result<std::optional<RegistryEntry>> HttpsTransport::lookup(const QString &nationalId) {
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("nationalId"), nationalId}})
                                .toJson(QJsonDocument::Compact);
    return parsedAnswer<std::optional<RegistryEntry>>(
        answerOf(m_impl->client->Post("/v1/registry/lookup", body.constData(), size_t(body.size()),
                                      "application/json")),
        RegistryEntry::fromAnswer);
}

} // namespace cc
