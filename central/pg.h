#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace cc::central {

// One PostgreSQL answer: owned, freed with it. Values are text (the protocol
// the service uses throughout: no binary formats to keep in step).
class PgResult {
public:
    explicit PgResult(pg_result *result);
    PgResult(PgResult &&) noexcept;
    PgResult &operator=(PgResult &&) noexcept;
    ~PgResult();

    int rows() const;
    qint64 affected() const; // rows an INSERT, UPDATE or DELETE touched
    bool isNull(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    QString text(int row, int column) const;
    qint64 integer(int row, int column) const;
    int column(const char *name) const; // -1 when the answer has no such column

private:
    friend class PgConnection;
    pg_result *m_result;
};

// A parameter: text, or SQL NULL.
using PgParam = std::optional<QByteArray>;

// One connection to the service's database. Statements are sent with
// PQexecParams: always bound parameters, never text pasted into SQL, and no
// named statements, so the service works through pgbouncer in transaction
// mode. Errors come back as values: Unavailable for a connection lost or
// refused (the caller may retry), Conflict for a unique or serialisation
// failure, Internal for everything else, with the server's SQLSTATE.
class PgConnection {
public:
    static Result<std::unique_ptr<PgConnection>> open(const QString &conninfo);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    Result<PgResult> exec(const char *sql, const QList<PgParam> &params = {});
    Status run(const char *sql, const QList<PgParam> &params = {});
    // Runs `work` in one transaction; commits when it succeeds, rolls back
    // when it fails or the connection breaks.
    template<typename Work> Status transaction(Work work);
    bool isBroken() const;

private:
    explicit PgConnection(pg_conn *conn);
    pg_conn *m_conn;
};

template<typename Work> Status PgConnection::transaction(Work work) {
    if (Status begun = run("BEGIN"); !begun)
        return begun;
    Status done = work();
    if (!done) {
        (void)run("ROLLBACK");
        return done;
    }
    return run("COMMIT");
}

// The service's connections, shared by the HTTP worker threads: at most
// `size` open at once; a broken one is dropped and opened again on the next
// lease.
class PgPool {
public:
    PgPool(QString conninfo, int size);
    ~PgPool();

    class Lease {
    public:
        Lease(PgPool &pool, std::unique_ptr<PgConnection> conn);
        Lease(Lease &&) = default;
        ~Lease();
        PgConnection *operator->() const { return m_conn.get(); }
        PgConnection &operator*() const { return *m_conn; }

    private:
        PgPool *m_pool;
        std::unique_ptr<PgConnection> m_conn;
    };

    Result<Lease> acquire();

private:
    void release(std::unique_ptr<PgConnection> conn);

    const QString m_conninfo;
    const int m_size;
    std::mutex m_mutex;
    std::condition_variable m_freed;
    std::vector<std::unique_ptr<PgConnection>> m_idle;
    int m_open = 0;
};

} // namespace cc::central
