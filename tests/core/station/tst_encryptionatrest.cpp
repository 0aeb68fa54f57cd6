// What a stolen laptop exposes: after seeding 1,000 applicants, the raw bytes
// of the store file and its WAL hold no ID number, name, address or phone
// number in UTF-8 or UTF-16; the right password reads everything back; a
// wrong one reads nothing; a sealed value moved to another row does not open.
#include "demo/syntheticapplicants.h"
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/station/applicants.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <set>
#include <string>
#include <string_view>
#include <unordered_set>

using cc::ErrorCode;
using cc::Role;

namespace {

constexpr int kApplicants = 1000;

// Every needle in every encoding a program might have written it in.
class Needles {
public:
    void add(const QString &text) {
        if (text.isEmpty())
            return;
        insert(text.toUtf8());
        const QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        insert(le);
        QByteArray be = le;
        for (qsizetype i = 0; i + 1 < be.size(); i += 2)
            std::swap(be[i], be[i + 1]);
        insert(be);
    }
    qsizetype count() const { return qsizetype(m_storage.size()); }

    // Every needle found in `haystack`, by sliding a window per needle length.
    QStringList findIn(const QByteArray &haystack) const {
        QStringList hits;
        const std::string_view hay(haystack.constData(), size_t(haystack.size()));
        for (const auto &[length, set] : m_byLength) {
            for (size_t i = 0; i + length <= hay.size(); ++i) {
                const std::string_view window = hay.substr(i, length);
                if (set.count(window))
                    hits << QString::fromLatin1(
                        QByteArray(window.data(), qsizetype(length)).toHex());
            }
        }
        return hits;
    }

private:
    void insert(const QByteArray &bytes) {
        const std::string &stored = *m_storage.insert(bytes.toStdString()).first;
        m_byLength[stored.size()].insert(std::string_view(stored));
    }
    std::set<std::string> m_storage;
    std::map<size_t, std::unordered_set<std::string_view>> m_byLength;
};

QStringList scanStoreFiles(const QString &dbPath, const Needles &needles, int *filesScanned) {
    QStringList hits;
    *filesScanned = 0;
    for (const QString &suffix :
         {QString(), QString("-wal"), QString("-shm"), QString("-journal")}) {
        QFile f(dbPath + suffix);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++*filesScanned;
        for (const QString &hit : needles.findIn(f.readAll()))
            hits << suffix + ":" + hit;
    }
    return hits;
}

} // namespace

class TestEncryptionAtRest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scannerFindsClearText();
    void noPersonalDataInTheFiles();
    void rightPasswordReadsEverythingBack();
    void wrongPasswordReadsNothing();
    void lookupColumnIsKeyed();
    void valueMovedToAnotherRowDoesNotOpen();

private:
    ManualClock m_clock;
    std::unique_ptr<StoreFixture> m_fixture;
    QList<cc::Applicants::Item> m_items;
    Needles m_needles;
};

void TestEncryptionAtRest::initTestCase() {
    m_fixture = std::make_unique<StoreFixture>(m_clock);
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    m_items = cc::SyntheticApplicants(42).make(0, kApplicants, QDate(2026, 11, 21));
    for (qsizetype i = 0; i < m_items.size(); ++i)
        m_items[i].first.photo = QByteArray("photo of ") + QByteArray::number(i);
    for (const auto &[person, application] : m_items) {
        m_needles.add(person.nationalId);
        m_needles.add(person.name);
        m_needles.add(person.nameLatin);
        m_needles.add(person.address);
        m_needles.add(person.phone);
    }
    cc::Applicants applicants(m_fixture->store(), m_fixture->audit(), m_clock);
    cc::Session clerk = m_fixture->loginAs(Role::Clerk);
    const cc::Status seeded = applicants.submitMany(clerk, m_items);
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().toString()));
}

void TestEncryptionAtRest::scannerFindsClearText() {
    // The scan below must be able to fail: plant needles in all encodings.
    const auto &person = m_items.at(17).first;
    const QByteArray planted =
        "xx" + person.nationalId.toUtf8() + "yy" +
        QByteArray(reinterpret_cast<const char *>(person.name.utf16()), person.name.size() * 2);
    QCOMPARE(m_needles.findIn(planted).size(), 2);
}

void TestEncryptionAtRest::noPersonalDataInTheFiles() {
    int files = 0;
    // While open, the data sits in the WAL.
    QStringList hits = scanStoreFiles(m_fixture->path(), m_needles, &files);
    QVERIFY2(QFile::exists(m_fixture->path() + "-wal"), "expected a WAL file while open");
    QVERIFY(files >= 2);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.mid(0, 5).join(", ")));
    // After closing, everything is checkpointed into the main file.
    m_fixture->close();
    hits = scanStoreFiles(m_fixture->path(), m_needles, &files);
    QVERIFY(QFileInfo(m_fixture->path()).size() > kApplicants * 200);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.mid(0, 5).join(", ")));
    m_fixture->reopen();
}

void TestEncryptionAtRest::rightPasswordReadsEverythingBack() {
    cc::Applicants applicants(m_fixture->store(), m_fixture->audit(), m_clock);
    auto clerk = m_fixture->accounts().login("clerk", StoreFixture::passwordOf("clerk"));
    QVERIFY(clerk.ok());
    for (const auto &[person, application] : m_items) {
        auto found = applicants.findByNationalId(*clerk, person.nationalId);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
        QVERIFY2(found->has_value(), qPrintable(person.nationalId));
        QCOMPARE((*found)->person, person);
        QCOMPARE((*found)->applications.size(), 1);
        QCOMPARE((*found)->applications.first().cardType, application.cardType);
        QCOMPARE((*found)->applications.first().documents, application.documents);
    }
}

void TestEncryptionAtRest::wrongPasswordReadsNothing() {
    auto wrong = m_fixture->accounts().login("clerk", "pw-clerk-but-wrong");
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, ErrorCode::AuthenticationFailed);
    // Without a session there is no key, so nothing can be read.
    cc::Applicants applicants(m_fixture->store(), m_fixture->audit(), m_clock);
    const cc::Session none;
    auto found = applicants.findByNationalId(none, m_items.first().first.nationalId);
    QCOMPARE(found.error().code, ErrorCode::NotLoggedIn);
    // Nor does a wrong password open the private key the data key is sealed
    // to: it opens only under the key derived from the right password.
    QSqlDatabase db = m_fixture->store().connection();
    QSqlQuery q(db);
    QVERIFY(q.exec("SELECT id, salt, box_private FROM operators WHERE username = 'clerk'"));
    QVERIFY(q.next());
    const QByteArray aad = "operators/" + q.value(0).toByteArray() + "/box_private";
    const QByteArray salt = q.value(1).toByteArray();
    const QByteArray wrapped = q.value(2).toByteArray();
    const auto rightKey = cc::Crypto::scrypt("pw-clerk", salt, StoreFixture::kCheapScrypt, 64);
    const auto wrongKey =
        cc::Crypto::scrypt("pw-clerk-but-wrong", salt, StoreFixture::kCheapScrypt, 64);
    QVERIFY(cc::Crypto::open(rightKey->mid(32), wrapped, aad).ok());
    QVERIFY(!cc::Crypto::open(wrongKey->mid(32), wrapped, aad).ok());
}

void TestEncryptionAtRest::lookupColumnIsKeyed() {
    // The lookup column is an HMAC under a derived key, not a plain hash that
    // anyone could compute from a list of ID numbers.
    QSqlDatabase db = m_fixture->store().connection();
    QSqlQuery q(db);
    QVERIFY(q.exec("SELECT id_lookup FROM persons WHERE id = 1"));
    QVERIFY(q.next());
    const QByteArray stored = q.value(0).toByteArray();
    QCOMPARE(stored.size(), 32);
    const QByteArray id = m_items.first().first.nationalId.toUtf8();
    QVERIFY(stored != QCryptographicHash::hash(id, QCryptographicHash::Sha256));
}

void TestEncryptionAtRest::valueMovedToAnotherRowDoesNotOpen() {
    {
        QSqlDatabase db = m_fixture->store().connection();
        QSqlQuery q(db);
        QVERIFY(q.exec("UPDATE persons SET name = (SELECT name FROM persons WHERE id = 1) "
                       "WHERE id = 2"));
    }
    cc::Applicants applicants(m_fixture->store(), m_fixture->audit(), m_clock);
    auto clerk = m_fixture->accounts().login("clerk", StoreFixture::passwordOf("clerk"));
    QVERIFY2(clerk.ok(), qPrintable(clerk ? QString() : clerk.error().toString()));
    auto found = applicants.findByNationalId(*clerk, m_items.at(1).first.nationalId);
    QVERIFY(!found.ok());
    QCOMPARE(found.error().code, ErrorCode::IntegrityFailed);
    QCOMPARE(found.error().where, QString("persons:2/name"));
    // Row 1 itself still opens.
    QVERIFY(applicants.findByNationalId(*clerk, m_items.at(0).first.nationalId).ok());
}

QTEST_GUILESS_MAIN(TestEncryptionAtRest)
#include "tst_encryptionatrest.moc"
