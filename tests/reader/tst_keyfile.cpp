#include "reader/keyfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using cc::ErrorCode;
using cc::reader::CardKeySettings;
using cc::reader::KeyFile;
using cc::reader::KeyPurpose;

namespace {
const cc::ScryptParams kCheap{1u << 10, 8, 1};
const QByteArray kPassphrase = "correct horse battery";
const CardKeySettings kSettings{QByteArray::fromHex("F0C1C1"), "TAIPEI", 1};
const QByteArray kUid = QByteArray::fromHex("04782E21801D80");
} // namespace

class TestKeyFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath("keys.json");
        QFile::remove(m_path);
    }
    void createAndUnlock();
    void wrongPassphrase();
    void neverOverwrites();
    void noKeyInClearInTheFile();
    void keysDifferPerCardAndPurpose();
    void classicKeysAreSixBytes();
    void lockWipes();
    void badSettings_data();
    void badSettings();
    void tamperedFileIsRefused();
    void costlyKdfIsRefused_data();
    void costlyKdfIsRefused();
    void createRefusesCostlyKdf();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestKeyFile::createAndUnlock() {
    QVERIFY(KeyFile::create(m_path, kPassphrase, kSettings, kCheap).ok());
    auto keys = KeyFile::unlock(m_path, kPassphrase);
    QVERIFY(keys.ok());
    QCOMPARE(keys.value()->settings().aid, kSettings.aid);
    QCOMPARE(keys.value()->settings().systemIdentifier, kSettings.systemIdentifier);
    auto again = KeyFile::unlock(m_path, kPassphrase);
    QCOMPARE(keys.value()->cardKey(KeyPurpose::DesfireAppMaster, kUid).value().view(),
             again.value()->cardKey(KeyPurpose::DesfireAppMaster, kUid).value().view());
}

void TestKeyFile::wrongPassphrase() {
    QVERIFY(KeyFile::create(m_path, kPassphrase, kSettings, kCheap).ok());
    auto keys = KeyFile::unlock(m_path, "correct horse battery!");
    QVERIFY(!keys.ok());
    QCOMPARE(keys.error().code, ErrorCode::AuthenticationFailed);
}

void TestKeyFile::neverOverwrites() {
    QVERIFY(KeyFile::create(m_path, kPassphrase, kSettings, kCheap).ok());
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const auto second = KeyFile::create(m_path, kPassphrase, kSettings, kCheap);
    QCOMPARE(second.error().code, ErrorCode::AlreadyExists);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestKeyFile::noKeyInClearInTheFile() {
    QVERIFY(KeyFile::create(m_path, kPassphrase, kSettings, kCheap).ok());
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(!contents.contains("TAIPEI") && !contents.contains("544149504549"));
    QVERIFY(!contents.contains("masterKeys"));
    QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestKeyFile::keysDifferPerCardAndPurpose() {
    QVERIFY(KeyFile::create(m_path, kPassphrase, kSettings, kCheap).ok());
    auto keys = KeyFile::unlock(m_path, kPassphrase);
    QSet<QByteArray> seen;
    for (const QByteArray &uid : {kUid, QByteArray::fromHex("04782E21801D81")})
        for (KeyPurpose purpose :
             {KeyPurpose::DesfireAppMaster, KeyPurpose::DesfireRead, KeyPurpose::RecordMac})
            seen.insert(keys.value()->cardKey(purpose, uid).value().view().toByteArray());
    QCOMPARE(seen.size(), 6);
}

void TestKeyFile::classicKeysAreSixBytes() {
    QVERIFY(KeyFile::create(m_path, kPassphrase, kSettings, kCheap).ok());
    auto keys = KeyFile::unlock(m_path, kPassphrase);
    const QByteArray uid = QByteArray::fromHex("31B79D41");
    const auto a = keys.value()->cardKey(KeyPurpose::ClassicKeyA, uid);
    const auto b = keys.value()->cardKey(KeyPurpose::ClassicKeyB, uid);
    QCOMPARE(a.value().size(), 6);
    QVERIFY(a.value().view() != b.value().view());
    QCOMPARE(keys.value()->cardKey(KeyPurpose::ClassicKeyA, QByteArray(3, '\1')).error().code,
             ErrorCode::BadValue);
}

void TestKeyFile::lockWipes() {
    QVERIFY(KeyFile::create(m_path, kPassphrase, kSettings, kCheap).ok());
    auto keys = KeyFile::unlock(m_path, kPassphrase);
    keys.value()->lock();
    QVERIFY(keys.value()->isLocked());
    QCOMPARE(keys.value()->cardKey(KeyPurpose::RecordMac, kUid).error().code,
             ErrorCode::NotLoggedIn);
}

void TestKeyFile::badSettings_data() {
    QTest::addColumn<QByteArray>("aid");
    QTest::addColumn<QByteArray>("system");
    QTest::addColumn<int>("sector");
    QTest::addColumn<QString>("where");
    QTest::newRow("aid short") << QByteArray::fromHex("F0C1") << QByteArray("X") << 1 << "aid";
    QTest::newRow("aid PICC") << QByteArray(3, '\0') << QByteArray("X") << 1 << "aid";
    QTest::newRow("system empty") << QByteArray::fromHex("F0C1C1") << QByteArray() << 1
                                  << "systemIdentifier";
    QTest::newRow("system long") << QByteArray::fromHex("F0C1C1") << QByteArray(22, 'x') << 1
                                 << "systemIdentifier";
    QTest::newRow("sector 0") << QByteArray::fromHex("F0C1C1") << QByteArray("X") << 0
                              << "classicSector";
}

void TestKeyFile::badSettings() {
    QFETCH(QByteArray, aid);
    QFETCH(QByteArray, system);
    QFETCH(int, sector);
    QFETCH(QString, where);
    const auto created =
        KeyFile::create(m_path, kPassphrase, CardKeySettings{aid, system, sector}, kCheap);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().where, where);
    QVERIFY(!QFile::exists(m_path));
}

void TestKeyFile::tamperedFileIsRefused() {
    QVERIFY(KeyFile::create(m_path, kPassphrase, kSettings, kCheap).ok());
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray contents = file.readAll();
    const qsizetype at = contents.indexOf("\"sealed\": \"") + 20;
    contents[at] = contents[at] == 'A' ? 'B' : 'A';
    file.seek(0);
    file.write(contents);
    file.close();
    QCOMPARE(KeyFile::unlock(m_path, kPassphrase).error().code, ErrorCode::AuthenticationFailed);
}

// The KDF cost is read from the file: a file asking for more than the bound is
// refused before scrypt runs (found by fuzz/fuzz_keyfile.cpp: before, N up to
// 2^31, r up to 64 and p up to 16 were accepted, and N = 2^18, r = 8, p = 16
// held unlock() for many seconds).
void TestKeyFile::costlyKdfIsRefused_data() {
    QTest::addColumn<qint64>("n");
    QTest::addColumn<int>("r");
    QTest::addColumn<int>("p");
    QTest::addColumn<QString>("where");
    QTest::newRow("N 2^31") << (qint64(1) << 31) << 1 << 1 << "$.kdf.n";
    QTest::newRow("N 2^21") << (qint64(1) << 21) << 1 << 1 << "$.kdf.n";
    QTest::newRow("N 3") << qint64(3) << 1 << 1 << "$.kdf.n";
    QTest::newRow("r 64") << qint64(1024) << 64 << 1 << "$.kdf.r";
    QTest::newRow("memory 512 MiB") << (qint64(1) << 20) << 4 << 1 << "$.kdf";
    QTest::newRow("work 2^25") << (qint64(1) << 18) << 8 << 16 << "$.kdf";
}

void TestKeyFile::costlyKdfIsRefused() {
    QFETCH(qint64, n);
    QFETCH(int, r);
    QFETCH(int, p);
    QFETCH(QString, where);
    QVERIFY(KeyFile::create(m_path, kPassphrase, kSettings, kCheap).ok());
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject outer = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject kdf = outer.value("kdf").toObject();
    kdf.insert("n", n);
    kdf.insert("r", r);
    kdf.insert("p", p);
    outer.insert("kdf", kdf);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(outer).toJson());
    file.close();

    QElapsedTimer timer;
    timer.start();
    const auto keys = KeyFile::unlock(m_path, kPassphrase);
    QVERIFY(!keys.ok());
    QCOMPARE(keys.error().code, ErrorCode::BadValue);
    QVERIFY2(keys.error().message.startsWith(where + ":"), qPrintable(keys.error().message));
    QVERIFY(timer.elapsed() < 1000);
}

void TestKeyFile::createRefusesCostlyKdf() {
    const auto created =
        KeyFile::create(m_path, kPassphrase, kSettings, cc::ScryptParams{1u << 21, 8, 1});
    QVERIFY(!created.ok());
    QCOMPARE(created.error().where, "kdf.n");
    QVERIFY(!QFile::exists(m_path));
}

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
