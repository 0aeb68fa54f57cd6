#include "core/station/store.h"

#include "core/station/logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

#include <utility>

namespace cc {
namespace {

// How long a writer waits for another process's transaction before giving up.
constexpr int kBusyTimeoutMs = 10'000;

QString busyTimeoutPragma() {
    return QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs);
}

} // namespace

Store::Store(QString path)
    : m_path(std::move(path))
    , m_connectionPrefix(QStringLiteral("citizencard-store-%1").arg(quintptr(this), 0, 16)) {}

Store::~Store() {
    QMutexLocker lock(&m_mutex);
    QHash<QThread *, ThreadConnection> connections = std::exchange(m_connections, {});
    lock.unlock();
    for (ThreadConnection &c : connections) {
        QObject::disconnect(c.finishedWatch);
        c.statements.clear();
        c.native.clear(); // finalized before the connection closes
        QSqlDatabase::removeDatabase(c.name);
    }
}

Result<std::unique_ptr<Store>> Store::create(const QString &path) {
    if (QFileInfo::exists(path))
        return Error{ErrorCode::AlreadyExists,
                     tr("A file is already there; a new store needs a new file."), path};
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return Error{ErrorCode::FileUnwritable, tr("The folder does not exist."), path};
    std::unique_ptr<Store> store(new Store(path));
    if (!store->connection().isOpen())
        return Error{ErrorCode::FileUnwritable, tr("The store could not be created."), path};
    if (Status migrated = store->migrate(); !migrated)
        return migrated.error();
    qCInfo(lcStore) << "created store at schema version" << kSchemaVersion;
    return store;
}

Result<std::unique_ptr<Store>> Store::open(const QString &path) {
    if (!QFileInfo(path).isFile())
        return Error{ErrorCode::FileNotFound, tr("There is no store at this path."), path};
    std::unique_ptr<Store> store(new Store(path));
    QSqlDatabase db = store->connection();
    if (!db.isOpen())
        return Error{ErrorCode::FileUnreadable,
                     tr("The file could not be opened as a citizencard store."), path};
    // Before anything is written: work added to a damaged file would be lost
    // with it, or make it worse. The schema and the tables a login and the
    // numbering write are checked here (those an older schema has), each of a
    // size independent of the years of data; damage SQLite reports later
    // stops the store's work (failed()), and store check reads every page.
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check(sqlite_schema)")) || !check.next() ||
        check.value(0).toString() != QStringLiteral("ok"))
        return store->damaged(check.isActive() ? check.value(0).toString()
                                               : check.lastError().databaseText());
    check.finish();
    if (!check.exec(QStringLiteral(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('station', "
            "'operators', 'card_number_sequences', 'blank_stock_levels')")))
        return store->damaged(check.lastError().databaseText());
    QStringList tables;
    while (check.next())
        tables << check.value(0).toString();
    check.finish();
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery one(db);
        if (!one.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(table)) || !one.next() ||
            one.value(0).toString() != QStringLiteral("ok"))
            return store->damaged(one.isActive() ? one.value(0).toString()
                                                 : one.lastError().databaseText());
    }
    if (Status migrated = store->migrate(); !migrated)
        return migrated.error();
    return store;
}

Error Store::schemaTooNew(int version, const QString &path) {
    return Error{ErrorCode::SchemaTooNew,
                 tr("The store has schema version %1, but this program knows versions up to %2. "
                    "Use a newer version of citizencard.")
                     .arg(version)
                     .arg(kSchemaVersion),
                 path};
}

Result<std::unique_ptr<Store>> Store::openReadOnly(const QString &path) {
    if (!QFileInfo(path).isFile())
        return Error{ErrorCode::FileNotFound, tr("There is no store at this path."), path};
    std::unique_ptr<Store> store(new Store(path));
    store->m_readOnly = true;
    QSqlDatabase db = store->connection();
    if (!db.isOpen())
        return Error{ErrorCode::FileUnreadable,
                     tr("The file could not be opened as a citizencard store."), path};
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'station'")))
        return Error{ErrorCode::IntegrityFailed,
                     tr("The store file is damaged (%1): restore it from the last backup.")
                         .arg(q.lastError().databaseText()),
                     path};
    if (!q.next() || q.value(0).toInt() != 1)
        return Error{ErrorCode::IntegrityFailed,
                     tr("The file is not a citizencard store (empty, or another kind of file)."),
                     path};
    q.finish();
    Result<int> version = store->schemaVersion(db);
    if (!version)
        return version.error();
    if (*version > kSchemaVersion)
        return schemaTooNew(*version, path);
    return store;
}

QSqlDatabase Store::connection() {
    QThread *thread = QThread::currentThread();
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_connections.constFind(thread); it != m_connections.constEnd())
        return QSqlDatabase::database(it->name, false);
    const QString name = m_connectionPrefix + QStringLiteral("-%1").arg(quintptr(thread), 0, 16);
    ThreadConnection &entry = m_connections[thread];
    entry.name = name;
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && thread != app->thread()) {
        // A worker's connection goes with the worker; the slot runs in that thread.
        entry.finishedWatch = QObject::connect(
            thread, &QThread::finished, thread, [this, thread] { dropConnection(thread); },
            Qt::DirectConnection);
    }
    lock.unlock();
    if (Status opened = openConnection(name); !opened)
        qCWarning(lcStore).noquote() << opened.error().toString();
    return QSqlDatabase::database(name, false);
}

void Store::dropConnection(QThread *thread) {
    QMutexLocker lock(&m_mutex);
    ThreadConnection dropped = m_connections.take(thread);
    lock.unlock();
    dropped.statements.clear();
    dropped.native.clear();
    QObject::disconnect(dropped.finishedWatch);
    if (!dropped.name.isEmpty())
        QSqlDatabase::removeDatabase(dropped.name);
}

Status Store::openConnection(const QString &name) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid())
        return Error{ErrorCode::StoreFailed,
                     tr("Qt's SQLite driver is not installed (package libqt6sql6-sqlite)."),
                     m_path};
    db.setDatabaseName(m_path);
    if (m_readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return failure(tr("The store could not be opened"), db.lastError().text());
    if (m_readOnly) {
        QSqlQuery q(db);
        if (!q.exec(busyTimeoutPragma()))
            return failure(tr("The store could not be opened"), q.lastError().text());
        return Done{};
    }
    // The busy timeout first, so that switching to WAL waits for other processes.
    const QStringList pragmas = {
        busyTimeoutPragma(),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        // Up to 32 MiB of pages per connection (SQLite's default is 2 MiB):
        // the lookup index of a million people stays in memory, so inserts and
        // lookups do not slow down as the store grows.
        QStringLiteral("PRAGMA cache_size = -32768"),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(pragma)) {
            const QString text = q.lastError().text();
            db.close();
            return failure(tr("The store could not be opened"), text);
        }
        if (pragma.contains(u"journal_mode") && (!q.next() || q.value(0).toString() != u"wal")) {
            db.close();
            return Error{ErrorCode::StoreFailed,
                         tr("The store could not switch to write-ahead logging."), m_path};
        }
    }
    return Done{};
}

Result<int> Store::schemaVersion(QSqlDatabase &db) {
    Result<QSqlQuery *> q = exec(db, QStringLiteral("PRAGMA user_version"));
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    const int version = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return version;
}

Status Store::migrate() {
    QSqlDatabase db = connection();
    const auto tooNew = [this](int version) { return schemaTooNew(version, m_path); };
    int version = 0;
    if (Status ok = read([&](QSqlDatabase &) -> Status {
            Result<int> v = schemaVersion(db);
            if (!v)
                return v.error();
            version = *v;
            return Done{};
        });
        !ok)
        return ok;
    if (version > kSchemaVersion)
        return tooNew(version);
    if (version == kSchemaVersion)
        return Done{};
    // Another process may be migrating too: decide again under the write lock.
    return write([&](QSqlDatabase &) -> Status {
        Result<int> current = schemaVersion(db);
        if (!current)
            return current.error();
        if (*current > kSchemaVersion)
            return tooNew(*current);
        for (int v = *current; v < kSchemaVersion; ++v) {
            if (Status applied = execAll(db, storeMigrations().at(v)); !applied)
                return applied;
            if (Status bumped =
                    execAll(db, {QStringLiteral("PRAGMA user_version = %1").arg(v + 1)});
                !bumped)
                return bumped;
            qCInfo(lcStore) << "migrated store to schema version" << v + 1;
        }
        return Done{};
    });
}

Status Store::write(const std::function<Status(QSqlDatabase &)> &work) {
    return transaction(QStringLiteral("BEGIN IMMEDIATE"), work);
}

Status Store::read(const std::function<Status(QSqlDatabase &)> &work) {
    return transaction(QStringLiteral("BEGIN"), work);
}

Status Store::transaction(const QString &begin, const std::function<Status(QSqlDatabase &)> &work) {
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error{ErrorCode::StoreFailed, tr("The store is not open."), m_path};
    finishStatements(db);
    QSqlQuery control(db);
    if (m_damaged)
        return damaged(tr("an earlier statement found a damaged page"));
    if (!control.exec(begin))
        return failed(tr("Could not start a transaction"), control.lastError());
    Status result = work(db);
    finishStatements(db);
    if (result && !control.exec(QStringLiteral("COMMIT")))
        result = failed(tr("Could not commit"), control.lastError());
    if (!result && db.isOpen())
        control.exec(QStringLiteral("ROLLBACK"));
    return result;
}

Result<QSqlQuery *> Store::prepared(QSqlDatabase &db, const QString &sql) {
    QMutexLocker lock(&m_mutex);
    const auto entry = m_connections.find(QThread::currentThread());
    if (entry == m_connections.end() || entry->name != db.connectionName())
        return Error{ErrorCode::StoreFailed,
                     tr("A statement was run on another thread's connection."), m_path};
    std::shared_ptr<QSqlQuery> &q = entry->statements[sql];
    if (!q) {
        q = std::make_shared<QSqlQuery>(db);
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            const QSqlError error = q->lastError();
            entry->statements.remove(sql);
            lock.unlock();
            return failed(tr("A statement was refused"), error);
        }
    }
    return q.get();
}

void Store::finishStatements(QSqlDatabase &db) {
    QMutexLocker lock(&m_mutex);
    const auto entry = m_connections.find(QThread::currentThread());
    if (entry == m_connections.end() || entry->name != db.connectionName())
        return;
    for (const std::shared_ptr<QSqlQuery> &q : std::as_const(entry->statements))
        q->finish();
}

Result<QSqlQuery *> Store::exec(QSqlDatabase &db, const QString &sql, const QVariantList &args) {
    Result<QSqlQuery *> prepared = this->prepared(db, sql);
    if (!prepared)
        return prepared;
    QSqlQuery *q = *prepared;
    for (int i = 0; i < args.size(); ++i)
        q->bindValue(i, args.at(i));
    if (!q->exec())
        return failed(tr("A statement failed"), q->lastError());
    return q;
}

Status Store::execAll(QSqlDatabase &db, const QStringList &statements) {
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return failed(tr("A statement failed"), q.lastError());
    }
    return Done{};
}

Error Store::failed(const QString &what, const QSqlError &error) {
    // SQLITE_CORRUPT and SQLITE_NOTADB, with their extended codes.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == 11 || code == 26) {
        m_damaged = true;
        return damaged(error.databaseText());
    }
    return failure(what, error.text());
}

Error Store::damaged(const QString &finding) const {
    // A failure of the store, not a finding of tampering: nobody need be blamed.
    return Error{ErrorCode::StoreFailed,
                 tr("The store file is damaged (%1), so nothing more is written to it. Stop "
                    "work at this station, run store check and restore the last backup.")
                     .arg(finding),
                 m_path};
}

Error Store::failure(const QString &what, const QString &driverText) const {
    // SQLite's messages name constraints and tables, never bound values.
    return Error{ErrorCode::StoreFailed, what + QStringLiteral(": ") + driverText, m_path};
}

} // namespace cc
