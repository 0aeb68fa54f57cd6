#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

class QSqlError;
class QThread;
struct sqlite3_stmt;

namespace cc {

// The station's local store: one SQLite file, opened through QtSql in WAL mode
// with foreign keys on and full fsync on commit (a committed card number must
// survive a power cut). Each thread that touches the store gets its own
// connection, opened on first use and closed when the thread finishes.
//
// Migrations run at open; a file written by a newer program is refused.
class Store {
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    static constexpr int kSchemaVersion = 12;

    // Creates a new, empty store; fails if the file exists.
    static Result<std::unique_ptr<Store>> create(const QString &path);
    // Opens an existing store, migrating it to kSchemaVersion; fails if the
    // file does not exist (a mistyped path must not create an empty store).
    static Result<std::unique_ptr<Store>> open(const QString &path);
    // Opens for reading only: no migration, no journal switch, no write of
    // any kind, so a check leaves the file as it found it (and works on
    // read-only media). Refuses a file that is not a citizencard store.
    static Result<std::unique_ptr<Store>> openReadOnly(const QString &path);

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    const QString &path() const { return m_path; }

    // This thread's connection. Do not keep it beyond the current call.
    QSqlDatabase connection();

    // Runs `work` in one write transaction (BEGIN IMMEDIATE, so two processes
    // queue for the lock instead of failing half-way): committed if it returns
    // ok, rolled back otherwise or if the commit fails.
    Status write(const std::function<Status(QSqlDatabase &)> &work);
    // Runs `work` in one read transaction: one consistent snapshot, released
    // at the end (a statement left open would pin an old snapshot).
    Status read(const std::function<Status(QSqlDatabase &)> &work);

    // Runs `sql` with positional arguments on this thread's connection; errors
    // name the store. Statements are prepared once per connection and reused:
    // the query returned stays valid until the same SQL runs again.
    Result<QSqlQuery *> exec(QSqlDatabase &db, const QString &sql, const QVariantList &args = {});
    // The file's schema version (PRAGMA user_version).
    Result<int> schemaVersion(QSqlDatabase &db);
    // Runs a statement that returns no rows (INSERT, UPDATE, DELETE) the same
    // way, but straight through SQLite's C interface (storenative.cpp):
    // prepared once per connection, bound and stepped without Qt's per-value
    // bookkeeping, for the paths that write many rows. Values are bound as
    // QSQLITE binds them: null, integer, real, text, blob.
    Status run(QSqlDatabase &db, const QString &sql, const QVariantList &args = {});
    Status run(QSqlDatabase &db, const QString &sql, const QVariant *args, qsizetype count);
    Status execAll(QSqlDatabase &db, const QStringList &statements);
    // INSERT INTO `table` (`columns`) of many rows, `values` row after row
    // (columns.size() each), many rows to a statement through run(): a
    // statement per row costs SQLite more than the row itself.
    Status insertRows(QSqlDatabase &db, const QString &table, const QStringList &columns,
                      const QVariantList &values);

    Error failure(const QString &what, const QString &driverText) const;
    // The same from a driver error; SQLite reporting a damaged file also stops
    // every later transaction through this Store (damaged()).
    Error failed(const QString &what, const QSqlError &error);
    Error damaged(const QString &finding) const;
    static Error schemaTooNew(int version, const QString &path);

private:
    explicit Store(QString path);
    Status openConnection(const QString &name);
    Status migrate();
    Status transaction(const QString &begin, const std::function<Status(QSqlDatabase &)> &work);
    void dropConnection(QThread *thread);
    Result<QSqlQuery *> prepared(QSqlDatabase &db, const QString &sql);
    Result<sqlite3_stmt *> preparedNative(QSqlDatabase &db, const QString &sql);
    void finishStatements(QSqlDatabase &db);

    QString m_path;
    bool m_readOnly = false;
    std::atomic<bool> m_damaged = false;
    QString m_connectionPrefix;
    QMutex m_mutex;
    struct ThreadConnection {
        QString name;
        QMetaObject::Connection finishedWatch; // drops the connection with its thread
        QHash<QString, std::shared_ptr<QSqlQuery>> statements; // prepared once, reused
        QHash<QString, std::shared_ptr<sqlite3_stmt>> native;  // run()'s, the same
    };
    QHash<QThread *, ThreadConnection> m_connections;
};

// The schema, one list of statements per version (storeschema.cpp).
const QList<QStringList> &storeMigrations();

} // namespace cc
