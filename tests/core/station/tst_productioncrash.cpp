// No card number is ever handed out twice: a child process allocating numbers
// in a loop is killed with SIGKILL at random moments, 100 times; after each
// restart "store check" passes, every number the child reported as committed
// is in the store, and no number appears twice. Then two processes allocate
// concurrently on one file.
#include "tests/support/manualclock.h"
#include "tests/support/storefixture.h"

#include "core/domain/cardnumber.h"
#include "core/station/applicants.h"
#include "core/station/storecheck.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using cc::Role;

namespace {

constexpr int kKills = 100;

QStringList committedLines(QProcess &p) {
    // Only whole lines: a number half-printed when the kill came is not reported.
    const QString out = QString::fromLatin1(p.readAllStandardOutput());
    QStringList lines = out.split('\n');
    lines.removeLast(); // the part after the last newline, possibly empty
    return lines;
}

} // namespace

class TestProductionCrash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedAtRandomMoments();
    void twoProcessesConcurrently();

private:
    QStringList allocatorArgs(int count = -1) const;
    // Numbers in the store, after checking them and the store as a whole.
    QStringList checkStore();

    ManualClock m_clock;
    std::unique_ptr<StoreFixture> m_fixture;
    qint64 m_applicationId = 0;
    QSet<QString> m_reported;
};

void TestProductionCrash::initTestCase() {
    m_fixture = std::make_unique<StoreFixture>(m_clock);
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    cc::Session clerk = m_fixture->loginAs(Role::Clerk);
    cc::Applicants applicants(m_fixture->store(), m_fixture->audit(), m_clock);
    auto id =
        applicants.submit(clerk, {"A123456789", "王小明", {}, QDate(1950, 3, 1), {}, {}, {}}, {});
    QVERIFY(id.ok());
    m_applicationId = *id;
    m_fixture->close(); // the children own the file now
}

QStringList TestProductionCrash::allocatorArgs(int count) const {
    QStringList args{m_fixture->path(), "clerk", StoreFixture::passwordOf("clerk"),
                     QString::number(m_applicationId)};
    if (count >= 0)
        args << QString::number(count);
    return args;
}

QStringList TestProductionCrash::checkStore() {
    QProcess check;
    check.start(CITIZENCARD_CLI, {"store", "check", "--db", m_fixture->path()});
    if (!check.waitForFinished(30000) || check.exitCode() != 0) {
        qWarning().noquote() << check.readAllStandardOutput() << check.readAllStandardError();
        return {"store check failed"};
    }
    m_fixture->reopen();
    QStringList numbers;
    {
        QSqlDatabase db = m_fixture->store().connection();
        QSqlQuery q(db);
        q.exec("SELECT card_number FROM production_attempts ORDER BY id");
        while (q.next())
            numbers << q.value(0).toString();
    }
    m_fixture->close();
    return numbers;
}

void TestProductionCrash::killedAtRandomMoments() {
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random seed %u", seed);
    QRandomGenerator rng(seed);
    int killedWhileRunning = 0;
    qsizetype lastCount = 0;
    for (int i = 0; i < kKills; ++i) {
        QProcess child;
        child.start(CARD_ALLOCATOR, allocatorArgs());
        QVERIFY(child.waitForStarted());
        QTest::qWait(int(rng.bounded(5, 100)));
        if (child.state() == QProcess::Running)
            ++killedWhileRunning;
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(err.isEmpty(), qPrintable(err)); // it never failed on its own
        for (const QString &n : committedLines(child)) {
            QVERIFY2(!m_reported.contains(n), qPrintable("handed out twice: " + n));
            m_reported.insert(n);
        }
        const QStringList numbers = checkStore();
        QVERIFY2(numbers != QStringList{"store check failed"}, "store check failed");
        const QSet<QString> stored(numbers.begin(), numbers.end());
        QCOMPARE(stored.size(), numbers.size()); // no number twice
        QVERIFY(stored.contains(m_reported));    // no committed row lost
        QVERIFY(numbers.size() >= lastCount);    // nothing rolled back later
        // Numbers are allocated in their transaction: the sequence has no holes.
        for (qsizetype k = 0; k < numbers.size(); ++k)
            QCOMPARE(cc::CardNumber::sequenceOf(numbers[k]), qint64(k + 1));
        lastCount = numbers.size();
    }
    QCOMPARE(killedWhileRunning, kKills);
    QVERIFY2(lastCount > kKills, "the child should have committed numbers between kills");
    qInfo("%d kills, %lld numbers committed, %lld reported", kKills, qint64(lastCount),
          qint64(m_reported.size()));
}

void TestProductionCrash::twoProcessesConcurrently() {
    constexpr int kEach = 150;
    const qsizetype before = checkStore().size();
    QProcess a, b;
    a.start(CARD_ALLOCATOR, allocatorArgs(kEach));
    b.start(CARD_ALLOCATOR, allocatorArgs(kEach));
    QVERIFY(a.waitForFinished(120000));
    QVERIFY(b.waitForFinished(120000));
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);
    const QStringList fromA = committedLines(a);
    const QStringList fromB = committedLines(b);
    QCOMPARE(fromA.size(), kEach);
    QCOMPARE(fromB.size(), kEach);
    QSet<QString> both(fromA.begin(), fromA.end());
    both.unite(QSet<QString>(fromB.begin(), fromB.end()));
    QCOMPARE(both.size(), 2 * kEach); // no number given to both
    const QStringList numbers = checkStore();
    QCOMPARE(numbers.size(), before + 2 * kEach);
    const QSet<QString> stored(numbers.begin(), numbers.end());
    QCOMPARE(stored.size(), numbers.size());
    QVERIFY(stored.contains(both));
}

QTEST_GUILESS_MAIN(TestProductionCrash)
#include "tst_productioncrash.moc"
