// The store itself: creating and opening files, WAL and foreign keys,
// migrations and the refusal of newer schemas, transactions, and one
// connection per thread.
#include "core/station/store.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using cc::ErrorCode;
using cc::Store;

namespace {

QString pragma(Store &store, const QString &name) {
    QSqlDatabase db = store.connection();
    QSqlQuery q(db);
    if (!q.exec("PRAGMA " + name) || !q.next())
        return "error: " + q.lastError().text();
    return q.value(0).toString();
}

// Writes the schema version as a newer program would, bypassing Store.
void setUserVersion(const QString &path, int version) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QString("PRAGMA user_version = %1").arg(version)));
    }
    QSqlDatabase::removeDatabase("raw");
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsWithWalAndForeignKeys();
    void appliesEveryMigration();
    void createRefusesExistingFile();
    void createRefusesMissingFolder();
    void openRefusesMissingFile();
    void openRefusesNonDatabase();
    void openRefusesNewerSchema();
    void reopensAtCurrentVersion();
    void writeRollsBackOnError();
    void foreignKeysAreEnforced();
    void eachThreadHasItsOwnConnection();
    void connectionGoesWithItsThread();

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QString("s%1.db").arg(++m_counter)); }
};

void TestStore::createsWithWalAndForeignKeys() {
    auto store = Store::create(freshPath());
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    QCOMPARE(pragma(**store, "journal_mode"), QString("wal"));
    QCOMPARE(pragma(**store, "foreign_keys"), QString("1"));
    QCOMPARE(pragma(**store, "synchronous"), QString("2")); // FULL
    QCOMPARE(pragma(**store, "user_version"), QString::number(Store::kSchemaVersion));
}

void TestStore::appliesEveryMigration() {
    auto store = Store::create(freshPath());
    QVERIFY(store.ok());
    QSqlDatabase db = (*store)->connection();
    const QStringList tables = db.tables();
    for (const char *table :
         {"station", "operators", "persons", "applications", "batches", "card_number_sequences",
          "production_attempts", "cards", "blank_stock_movements", "audit_entries", "outbox"})
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
    QCOMPARE(cc::storeMigrations().size(), Store::kSchemaVersion);
}

void TestStore::createRefusesExistingFile() {
    const QString path = freshPath();
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("precious");
    f.close();
    auto store = Store::create(path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(store.error().where, path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious"));
}

void TestStore::createRefusesMissingFolder() {
    auto store = Store::create(m_dir.filePath("no/such/folder/s.db"));
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, ErrorCode::FileUnwritable);
}

void TestStore::openRefusesMissingFile() {
    const QString path = freshPath();
    auto store = Store::open(path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, ErrorCode::FileNotFound);
    QVERIFY(!QFile::exists(path)); // a mistyped path creates nothing
}

void TestStore::openRefusesNonDatabase() {
    const QString path = freshPath();
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto store = Store::open(path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().where, path);
}

void TestStore::openRefusesNewerSchema() {
    const QString path = freshPath();
    QVERIFY(Store::create(path).ok());
    setUserVersion(path, Store::kSchemaVersion + 1);
    auto store = Store::open(path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, ErrorCode::SchemaTooNew);
    QVERIFY2(store.error().message.contains(QString::number(Store::kSchemaVersion + 1)),
             qPrintable(store.error().message));
}

void TestStore::reopensAtCurrentVersion() {
    const QString path = freshPath();
    QVERIFY(Store::create(path).ok());
    auto store = Store::open(path);
    QVERIFY(store.ok());
    QCOMPARE(pragma(**store, "user_version"), QString::number(Store::kSchemaVersion));
}

void TestStore::writeRollsBackOnError() {
    auto created = Store::create(freshPath());
    QVERIFY(created.ok());
    Store &store = **created;
    const cc::Status failed = store.write([&](QSqlDatabase &db) -> cc::Status {
        auto q = store.exec(db, "INSERT INTO card_number_sequences VALUES ('9001', 1)");
        if (!q)
            return q.error();
        return cc::Error{ErrorCode::BadValue, "stop", {}};
    });
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().message, QString("stop"));
    const cc::Status read = store.read([&](QSqlDatabase &db) -> cc::Status {
        auto q = store.exec(db, "SELECT count(*) FROM card_number_sequences");
        if (!q)
            return q.error();
        QSqlQuery &query = **q;
        query.next();
        if (query.value(0).toInt() != 0)
            return cc::Error{ErrorCode::BadValue, "the insert was kept", {}};
        return cc::Done{};
    });
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
}

void TestStore::foreignKeysAreEnforced() {
    auto created = Store::create(freshPath());
    QVERIFY(created.ok());
    Store &store = **created;
    const cc::Status written = store.write([&](QSqlDatabase &db) -> cc::Status {
        auto q = store.exec(db, "INSERT INTO applications (person_id, kind, card_type, status, "
                                "created_by, created_at, updated_at) VALUES "
                                "(999, 'new', 'general', 'received', 999, 'x', 'x')");
        return q ? cc::Status(cc::Done{}) : cc::Status(q.error());
    });
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, ErrorCode::StoreFailed);
    QVERIFY2(written.error().message.contains("FOREIGN KEY"), qPrintable(written.error().message));
}

void TestStore::eachThreadHasItsOwnConnection() {
    auto created = Store::create(freshPath());
    QVERIFY(created.ok());
    Store &store = **created;
    const QString mine = store.connection().connectionName();
    QString theirs;
    bool theirsWorks = false;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        QSqlDatabase db = store.connection();
        theirs = db.connectionName();
        auto q = store.exec(db, "SELECT count(*) FROM station");
        theirsWorks = q.ok() && (*q)->next();
    }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QVERIFY(theirsWorks);
    QVERIFY(!theirs.isEmpty());
    QVERIFY(theirs != mine);
    QCOMPARE(store.connection().connectionName(), mine);
}

void TestStore::connectionGoesWithItsThread() {
    auto created = Store::create(freshPath());
    QVERIFY(created.ok());
    Store &store = **created;
    QString theirs;
    std::unique_ptr<QThread> worker(
        QThread::create([&] { theirs = store.connection().connectionName(); }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QCoreApplication::processEvents();
    QVERIFY(!theirs.isEmpty());
    QVERIFY(!QSqlDatabase::contains(theirs));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
