// The push batch as the centre reads it: what it accepts, written again and
// read back the same; each kind of bad body refused with the place named.
#include "core/protocol/push.h"

#include <QTest>

using namespace cc;

namespace {

QByteArray eventJson(qint64 seq, const QByteArray &extra = {}) {
    return R"({"id":"2f1c3c4e-8a2b-4c1d-9e3f-)" + QByteArray::number(100000000000 + seq) +
           R"(","seq":)" + QByteArray::number(seq) +
           R"(,"at":"2026-12-01T04:05:06.789Z","topic":"card.blocked","object":"card:0301000000000014","payload":{"cardNumber":"0301000000000014","reason":"lost"})" +
           extra + "}";
}

QByteArray batch(const QList<QByteArray> &events) {
    return R"({"station":"0301","events":[)" + events.join(',') + "]}";
}

} // namespace

class TestPushBatch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsAndWritesTheSameEvents();
    void refuses_data();
    void refuses();
};

void TestPushBatch::readsAndWritesTheSameEvents() {
    const Result<PushBatch> read =
        PushBatch::fromJson(batch({eventJson(7), eventJson(8), eventJson(9)}));
    QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(read->station, QString("0301"));
    QCOMPARE(read->events.size(), 3);
    QCOMPARE(read->events[0].seq, 7);
    QCOMPARE(read->events[2].topic, EventTopic::CardBlocked);
    QCOMPARE(read->events[1].at, QDateTime(QDate(2026, 12, 1), QTime(4, 5, 6, 789), Qt::UTC));
    PushBatch again = *read;
    for (PushedEvent &e : again.events)
        e.payload = R"({"cardNumber":"0301000000000014"})";
    const Result<PushBatch> reread = PushBatch::fromJson(again.toJson());
    QVERIFY(reread.ok());
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(reread->events[i].id, read->events[i].id);
        QCOMPARE(reread->events[i].seq, read->events[i].seq);
        QCOMPARE(reread->events[i].at, read->events[i].at);
        QCOMPARE(reread->events[i].object, read->events[i].object);
    }
}

void TestPushBatch::refuses_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("where");
    QList<QByteArray> many;
    for (int i = 1; i <= PushBatch::kMaxEvents + 1; ++i)
        many << eventJson(i);
    QByteArray badId = eventJson(1);
    badId.replace("2f1c3c4e", "2f1c3c4x");
    QByteArray localTime = eventJson(2);
    localTime.replace("789Z", "789+08:00");
    QByteArray unknown = eventJson(2);
    unknown.replace("card.blocked", "card.melted");
    QByteArray centreOnly = eventJson(2);
    centreOnly.replace("card.blocked", "flag.raised");
    QByteArray policy = eventJson(2);
    policy.replace("card.blocked", "policy.published");
    QByteArray nested = eventJson(2);
    nested.replace(R"("reason":"lost")", R"("reason":{"a":1})");
    QByteArray hugeSeq = eventJson(2);
    hugeSeq.replace(R"("seq":2)", R"("seq":1e300)");
    QByteArray fraction = eventJson(2);
    fraction.replace(R"("seq":2)", R"("seq":2.5)");
    QTest::newRow("not JSON") << QByteArray("{\"station\":") << "$";
    QTest::newRow("no events") << batch({}) << "$.events";
    QTest::newRow("too many events") << batch(many) << "$.events";
    QTest::newRow("a gap") << batch({eventJson(1), eventJson(3)}) << "$.events[1].seq";
    QTest::newRow("not a UUID") << batch({badId}) << "$.events[0].id";
    QTest::newRow("not UTC") << batch({eventJson(1), localTime}) << "$.events[1].at";
    QTest::newRow("unknown event type") << batch({eventJson(1), unknown}) << "$.events[1].topic";
    QTest::newRow("a flag, which only the centre raises")
        << batch({eventJson(1), centreOnly}) << "$.events[1].topic";
    QTest::newRow("a policy, which only the centre publishes")
        << batch({eventJson(1), policy}) << "$.events[1].topic";
    QTest::newRow("nested payload") << batch({eventJson(1), nested}) << "$.events[1].payload";
    QTest::newRow("a number beyond any sequence") << batch({hugeSeq}) << "$.events[0].seq";
    QTest::newRow("not a whole number") << batch({fraction}) << "$.events[0].seq";
    QTest::newRow("an extra key") << batch({eventJson(1, R"(,"more":1)")}) << "$.events[0]";
    QTest::newRow("over the size limit")
        << QByteArray(int(PushBatch::kMaxBodyBytes) + 1, ' ') << "$";
}

void TestPushBatch::refuses() {
    QFETCH(QByteArray, body);
    QFETCH(QString, where);
    const Result<PushBatch> read = PushBatch::fromJson(body);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().where, where);
}

QTEST_APPLESS_MAIN(TestPushBatch)
#include "tst_pushbatch.moc"
