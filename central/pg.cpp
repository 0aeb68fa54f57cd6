#include "central/pg.h"

#include <cstring>
#include <libpq-fe.h>
#include <utility>

namespace cc::central {
namespace {

// SQLSTATE classes: 08 connection exception, 23505 unique violation, 40001
// serialisation failure, 40P01 deadlock, 57P01..03 server shutting down.
ErrorCode codeFor(const char *state) {
    if (!state)
        return ErrorCode::ServiceUnavailable;
    if (std::strncmp(state, "08", 2) == 0 || std::strncmp(state, "57P", 3) == 0)
        return ErrorCode::ServiceUnavailable;
    if (std::strcmp(state, "23505") == 0)
        return ErrorCode::AlreadyExists;
    if (std::strcmp(state, "40001") == 0 || std::strcmp(state, "40P01") == 0)
        return ErrorCode::WrongState;
    return ErrorCode::StoreFailed;
}

} // namespace

PgResult::PgResult(pg_result *result)
    : m_result(result) {}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr)) {}

PgResult &PgResult::operator=(PgResult &&other) noexcept {
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

PgResult::~PgResult() {
    PQclear(m_result);
}

int PgResult::rows() const {
    return PQntuples(m_result);
}

qint64 PgResult::affected() const {
    return QByteArray(PQcmdTuples(m_result)).toLongLong();
}

bool PgResult::isNull(int row, int column) const {
    return PQgetisnull(m_result, row, column) != 0;
}

QByteArray PgResult::bytes(int row, int column) const {
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QString PgResult::text(int row, int column) const {
    return QString::fromUtf8(bytes(row, column));
}

qint64 PgResult::integer(int row, int column) const {
    return bytes(row, column).toLongLong();
}

int PgResult::column(const char *name) const {
    return PQfnumber(m_result, name);
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &conninfo) {
    pg_conn *conn = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        return Error{ErrorCode::ServiceUnavailable,
                     QStringLiteral("PostgreSQL cannot be reached: %1").arg(why),
                     QStringLiteral("database")};
    }
    return std::unique_ptr<PgConnection>(new PgConnection(conn));
}

PgConnection::PgConnection(pg_conn *conn)
    : m_conn(conn) {}

PgConnection::~PgConnection() {
    PQfinish(m_conn);
}

bool PgConnection::isBroken() const {
    return PQstatus(m_conn) != CONNECTION_OK;
}

Result<PgResult> PgConnection::exec(const char *sql, const QList<PgParam> &params) {
    std::vector<const char *> values;
    std::vector<int> lengths;
    values.reserve(size_t(params.size()));
    lengths.reserve(size_t(params.size()));
    for (const PgParam &p : params) {
        values.push_back(p ? p->constData() : nullptr);
        lengths.push_back(p ? int(p->size()) : 0);
    }
    PgResult result(PQexecParams(m_conn, sql, int(params.size()), nullptr, values.data(),
                                 lengths.data(), nullptr, 0));
    const ExecStatusType status = PQresultStatus(result.m_result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return result;
    const char *state = PQresultErrorField(result.m_result, PG_DIAG_SQLSTATE);
    const QString message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    return Error{isBroken() ? ErrorCode::ServiceUnavailable : codeFor(state), message,
                 state ? QString::fromLatin1(state) : QStringLiteral("database")};
}

Status PgConnection::run(const char *sql, const QList<PgParam> &params) {
    Result<PgResult> r = exec(sql, params);
    if (!r)
        return r.error();
    return Done{};
}

PgPool::PgPool(QString conninfo, int size)
    : m_conninfo(std::move(conninfo))
    , m_size(size) {}

PgPool::~PgPool() = default;

PgPool::Lease::Lease(PgPool &pool, std::unique_ptr<PgConnection> conn)
    : m_pool(&pool)
    , m_conn(std::move(conn)) {}

PgPool::Lease::~Lease() {
    if (m_conn)
        m_pool->release(std::move(m_conn));
}

Result<PgPool::Lease> PgPool::acquire() {
    std::unique_lock lock(m_mutex);
    m_freed.wait(lock, [this] { return !m_idle.empty() || m_open < m_size; });
    if (!m_idle.empty()) {
        std::unique_ptr<PgConnection> conn = std::move(m_idle.back());
        m_idle.pop_back();
        if (!conn->isBroken())
            return Lease(*this, std::move(conn));
        --m_open; // dropped; opened again below
    }
    ++m_open;
    lock.unlock();
    Result<std::unique_ptr<PgConnection>> opened = PgConnection::open(m_conninfo);
    if (!opened) {
        std::lock_guard again(m_mutex);
        --m_open;
        m_freed.notify_one();
        return opened.error();
    }
    return Lease(*this, std::move(opened).value());
}

void PgPool::release(std::unique_ptr<PgConnection> conn) {
    std::lock_guard lock(m_mutex);
    if (conn->isBroken())
        --m_open;
    else
        m_idle.push_back(std::move(conn));
    m_freed.notify_one();
}

} // namespace cc::central
