// Store::run: statements that return no rows, through SQLite's C interface on
// the connection QSQLITE opened (the same libsqlite3, so the same handle).
#include "core/station/store.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

namespace cc {
namespace {

sqlite3 *handleOf(const QSqlDatabase &db) {
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

// The error SQLite gives, with its extended code, as Qt's driver reports it.
QSqlError nativeError(sqlite3 *handle, int code) {
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(handle)),
                     QSqlError::StatementError, QString::number(code));
}

// Whether the QSQLITE plugin runs on this very libsqlite3 (Debian's does; a
// Qt build with its own bundled SQLite does not, and its handle must then not
// be given to ours). Asked once per process.
bool sameLibrary(const QSqlDatabase &db) {
    static const bool same = [&db] {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next() &&
               q.value(0).toString() == QString::fromLatin1(sqlite3_sourceid());
    }();
    return same;
}

int bind(sqlite3_stmt *statement, int index, const QVariant &value) {
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray &bytes = *static_cast<const QByteArray *>(value.constData());
        return sqlite3_bind_blob64(statement, index, bytes.constData(),
                                   sqlite3_uint64(bytes.size()),
                                   SQLITE_STATIC); // `value` outlives the step
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    default: {
        // Dates as QSQLITE writes them; anything else as its string.
        const QByteArray text =
            (value.typeId() == QMetaType::QDateTime ? value.toDateTime().toString(Qt::ISODateWithMs)
             : value.typeId() == QMetaType::QDate   ? value.toDate().toString(Qt::ISODate)
                                                    : value.toString())
                .toUtf8();
        return sqlite3_bind_text64(statement, index, text.constData(), sqlite3_uint64(text.size()),
                                   SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}

} // namespace

Result<sqlite3_stmt *> Store::preparedNative(QSqlDatabase &db, const QString &sql) {
    QMutexLocker lock(&m_mutex);
    const auto entry = m_connections.find(QThread::currentThread());
    if (entry == m_connections.end() || entry->name != db.connectionName())
        return Error{ErrorCode::StoreFailed,
                     tr("A statement was run on another thread's connection."), m_path};
    std::shared_ptr<sqlite3_stmt> &statement = entry->native[sql];
    if (!statement) {
        sqlite3 *handle = handleOf(db);
        if (!handle) {
            entry->native.remove(sql);
            return Error{ErrorCode::StoreFailed, tr("The store is not open."), m_path};
        }
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt *made = nullptr;
        const int rc = sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()),
                                          SQLITE_PREPARE_PERSISTENT, &made, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(made);
            entry->native.remove(sql);
            lock.unlock();
            return failed(tr("A statement was refused"), nativeError(handle, rc));
        }
        statement.reset(made, &sqlite3_finalize);
    }
    return statement.get();
}

Status Store::run(QSqlDatabase &db, const QString &sql, const QVariantList &args) {
    return run(db, sql, args.constData(), args.size());
}

Status Store::run(QSqlDatabase &db, const QString &sql, const QVariant *args, qsizetype count) {
    if (m_damaged)
        return damaged(tr("an earlier statement found a damaged page"));
    if (!sameLibrary(db)) {
        Result<QSqlQuery *> q = exec(db, sql, QVariantList(args, args + count));
        return q ? Status(Done{}) : Status(q.error());
    }
    Result<sqlite3_stmt *> prepared = preparedNative(db, sql);
    if (!prepared)
        return prepared.error();
    sqlite3_stmt *statement = *prepared;
    sqlite3 *handle = sqlite3_db_handle(statement);
    int rc = SQLITE_OK;
    for (int i = 0; i < count && rc == SQLITE_OK; ++i)
        rc = bind(statement, i + 1, args[i]);
    if (rc == SQLITE_OK)
        do
            rc = sqlite3_step(statement);
        while (rc == SQLITE_ROW); // a RETURNING clause's rows are not wanted here
    const QSqlError error =
        rc == SQLITE_DONE ? QSqlError() : nativeError(handle, sqlite3_extended_errcode(handle));
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (error.isValid())
        return failed(tr("A statement failed"), error);
    return Done{};
}

Status Store::insertRows(QSqlDatabase &db, const QString &table, const QStringList &columns,
                         const QVariantList &values) {
    // Well under SQLite's limit of bound values; any more rows to a statement
    // gain little.
    constexpr qsizetype kRowsPerStatement = 64;
    const qsizetype width = columns.size();
    Q_ASSERT(width > 0 && values.size() % width == 0);
    const QString head =
        QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(u", "));
    const QString row = u'(' + QStringLiteral("?, ").repeated(width - 1) + QStringLiteral("?)");
    const qsizetype rows = values.size() / width;
    for (qsizetype first = 0; first < rows; first += kRowsPerStatement) {
        const qsizetype count = std::min(kRowsPerStatement, rows - first);
        QString sql = head;
        sql.reserve(head.size() + count * (row.size() + 2));
        for (qsizetype i = 0; i < count; ++i)
            sql += i == 0 ? row : QStringLiteral(", ") + row;
        if (Status ok = run(db, sql, values.constData() + first * width, count * width); !ok)
            return ok;
    }
    return Done{};
}

} // namespace cc
