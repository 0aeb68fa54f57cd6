// The station's link to the centre as the store keeps it: the holder key
// sealed beside the TLS key, the pseudonym it makes, and what a store
// changed outside the program (or enrolled before the key existed) gives.
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/station/applicants.h"
#include "core/station/synclinks.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace cc;

class TstSyncLinks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void holderKeyKeptSealed();
    void holderPseudonym();
    void linkFromBeforeTheHolderKey();
    void holderKeyChangedWithSqlite();

private:
    void run(const QString &sql);
    QString submittedHolder();

    ManualClock m_clock;
    std::unique_ptr<StoreFixture> m_fixture;
    const QByteArray m_key = QByteArray(32, '\x5a');
};

void TstSyncLinks::init() {
    m_fixture = std::make_unique<StoreFixture>(m_clock);
    QVERIFY(m_fixture->ok());
    QVERIFY(
        SyncLinks(m_fixture->store(), m_fixture->audit(), m_clock)
            .save(m_fixture->admin(), {"https://central.example:8443", "ca", "cert", "key", m_key})
            .ok());
}

void TstSyncLinks::run(const QString &sql) {
    QVERIFY(m_fixture->store()
                .write([&](QSqlDatabase &db) { return m_fixture->store().run(db, sql); })
                .ok());
}

// The holder the outbox's application.submitted carries for F222222222.
QString TstSyncLinks::submittedHolder() {
    Session clerk = m_fixture->loginAs(Role::Clerk);
    ApplicationData data;
    data.kind = "new";
    Result<qint64> id =
        Applicants(m_fixture->store(), m_fixture->audit(), m_clock)
            .submit(clerk, {"F222222222", "林怡君", {}, QDate(1990, 5, 1), {}, {}, {}}, data);
    if (!id)
        return "error: " + id.error().toString();
    QString holder;
    (void)m_fixture->store().read([&](QSqlDatabase &db) -> Status {
        Result<QSqlQuery *> q = m_fixture->store().exec(
            db, "SELECT payload FROM outbox WHERE topic = 'application.submitted' ORDER BY id "
                "DESC LIMIT 1");
        if (q && (*q)->next())
            holder = QJsonDocument::fromJson((*q)->value(0).toByteArray())
                         .object()
                         .value("holder")
                         .toString();
        return Done{};
    });
    return holder;
}

void TstSyncLinks::holderKeyKeptSealed() {
    const SyncLink link = SyncLinks(m_fixture->store(), m_fixture->audit(), m_clock)
                              .load(m_fixture->admin())
                              ->value();
    QCOMPARE(link.holderKey, m_key);
    QCOMPARE(link.privateKey, QByteArray("key"));
    // Not in clear in the file.
    QFile file(m_fixture->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_key));
}

void TstSyncLinks::holderPseudonym() {
    const QString holder = SyncLinks::holderOf(m_key, "F222222222");
    QCOMPARE(holder.size(), 22); // 128 bits, base64url without padding
    QCOMPARE(SyncLinks::holderOf(m_key, "F222222222"), holder);
    QVERIFY(SyncLinks::holderOf(m_key, "H101234562") != holder);
    QVERIFY(SyncLinks::holderOf(QByteArray(32, '\x01'), "F222222222") != holder);
    QCOMPARE(SyncLinks::holderOf({}, "F222222222"), QString());
    // What the application event carries, and never the ID number.
    QCOMPARE(submittedHolder(), holder);
}

void TstSyncLinks::linkFromBeforeTheHolderKey() {
    // A store enrolled at schema 5 has no holder key: the link still opens,
    // and applications are taken (without a pseudonym) until enrolled again.
    run("UPDATE sync_link SET holder_key = NULL");
    Result<std::optional<SyncLink>> link =
        SyncLinks(m_fixture->store(), m_fixture->audit(), m_clock).load(m_fixture->admin());
    QVERIFY(link.ok());
    QVERIFY(link->value().holderKey.isEmpty());
    QCOMPARE(submittedHolder(), QString());
}

void TstSyncLinks::holderKeyChangedWithSqlite() {
    run("UPDATE sync_link SET holder_key = x'00112233445566778899aabbccddeeff00112233445566778899"
        "aabbccddeeff00112233445566778899aabbccddeeff'");
    QCOMPARE(SyncLinks(m_fixture->store(), m_fixture->audit(), m_clock)
                 .load(m_fixture->admin())
                 .error()
                 .code,
             ErrorCode::IntegrityFailed);
    QVERIFY(submittedHolder().startsWith("error: "));
}

QTEST_GUILESS_MAIN(TstSyncLinks)
#include "tst_synclinks.moc"
