// The sync events as the central service reads them: topic names and payload
// bytes are the protocol, so each is pinned here byte for byte.
#include "core/protocol/syncevent.h"

#include <QTest>

using namespace cc;

class TestSyncEvent : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void topicNames_data();
    void topicNames();
    void unknownTopic();
    void centreTopics();
    void payloads_data();
    void payloads();
};

void TestSyncEvent::topicNames_data() {
    QTest::addColumn<EventTopic>("topic");
    QTest::addColumn<QString>("name");
    QTest::newRow("submitted") << EventTopic::ApplicationSubmitted << "application.submitted";
    QTest::newRow("started") << EventTopic::ProductionStarted << "production.started";
    QTest::newRow("spoiled") << EventTopic::ProductionSpoiled << "production.spoiled";
    QTest::newRow("cancelled") << EventTopic::ProductionCancelled << "production.cancelled";
    QTest::newRow("issued") << EventTopic::CardIssued << "card.issued";
    QTest::newRow("linked") << EventTopic::CardLinked << "card.linked";
    QTest::newRow("blocked") << EventTopic::CardBlocked << "card.blocked";
    QTest::newRow("card cancelled") << EventTopic::CardCancelled << "card.cancelled";
    QTest::newRow("rechecked") << EventTopic::ApplicationRechecked << "application.rechecked";
    QTest::newRow("flag resolved") << EventTopic::FlagResolved << "flag.resolved";
    QTest::newRow("flag raised") << EventTopic::FlagRaised << "flag.raised";
    QTest::newRow("policy published") << EventTopic::PolicyPublished << "policy.published";
    QTest::newRow("pre-application received")
        << EventTopic::PreApplicationReceived << "preapplication.received";
    QTest::newRow("pre-application collected")
        << EventTopic::PreApplicationCollected << "preapplication.collected";
    QTest::newRow("withdrawn") << EventTopic::ApplicationWithdrawn << "application.withdrawn";
}

void TestSyncEvent::topicNames() {
    QFETCH(EventTopic, topic);
    QFETCH(QString, name);
    QCOMPARE(eventTopicName(topic), name);
    QCOMPARE(eventTopicFromName(name), std::optional<EventTopic>(topic));
}

void TestSyncEvent::centreTopics() {
    QVERIFY(isCentreTopic(EventTopic::FlagRaised));
    QVERIFY(isCentreTopic(EventTopic::PolicyPublished));
    QVERIFY(!isCentreTopic(EventTopic::FlagResolved));
    QVERIFY(!isCentreTopic(EventTopic::CardBlocked));
}

void TestSyncEvent::unknownTopic() {
    QCOMPARE(eventTopicFromName(u"card.Issued"), std::nullopt);
    QCOMPARE(eventTopicFromName(u""), std::nullopt);
}

void TestSyncEvent::payloads_data() {
    QTest::addColumn<SyncEvent>("event");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QByteArray>("payload");
    const QString number = "0301000000000014";
    QTest::newRow("submitted")
        << SyncEvent::applicationSubmitted(12, 3, CardType::Senior, "new", "")
        << "application.submitted"
        << "application:12"
        << QByteArray(R"({"application":12,"cardType":"senior","kind":"new","person":3})");
    QTest::newRow("submitted, enrolled")
        << SyncEvent::applicationSubmitted(12, 3, CardType::Senior, "new", "h0lder")
        << "application.submitted"
        << "application:12"
        << QByteArray(R"({"application":12,"cardType":"senior","holder":"h0lder","kind":"new",)"
                      R"("person":3})");
    QTest::newRow("started") << SyncEvent::productionStarted(7, 12, number, Carrier::IPass)
                             << "production.started"
                             << "attempt:7"
                             << QByteArray(R"({"application":12,"attempt":7,)"
                                           R"("cardNumber":"0301000000000014","carrier":"ipass"})");
    QTest::newRow("spoiled") << SyncEvent::productionEnded(7, IssuanceStep::Spoiled, number,
                                                           ErrorCode::DeviceFailed)
                             << "production.spoiled"
                             << "attempt:7"
                             << QByteArray(R"({"cardNumber":"0301000000000014",)"
                                           R"("reason":"device-failed"})");
    QTest::newRow("cancelled") << SyncEvent::productionEnded(7, IssuanceStep::Cancelled, number,
                                                             ErrorCode::NoCard)
                               << "production.cancelled"
                               << "attempt:7"
                               << QByteArray(R"({"cardNumber":"0301000000000014",)"
                                             R"("reason":"no-card"})");
    QTest::newRow("issued") << SyncEvent::cardIssued(7, 12, number, CardType::Disability,
                                                     Carrier::EasyCard, "04a1b2c3d4e5f6", "")
                            << "card.issued"
                            << "attempt:7"
                            << QByteArray(R"({"application":12,"cardNumber":"0301000000000014",)"
                                          R"("cardType":"disability","carrier":"easycard",)"
                                          R"("chipUid":"04a1b2c3d4e5f6","replaces":""})");
    QTest::newRow("linked") << SyncEvent::cardLinked(12, number, CardType::General, "04a1",
                                                     Carrier::EasyCard)
                            << "card.linked"
                            << "card:0301000000000014"
                            << QByteArray(R"({"application":12,"cardNumber":"0301000000000014",)"
                                          R"("cardType":"general","carrier":"easycard",)"
                                          R"("chipUid":"04a1"})");
    QTest::newRow("blocked") << SyncEvent::cardStatusChanged(number, CardStatus::Blocked,
                                                             StatusReason::Lost)
                             << "card.blocked"
                             << "card:0301000000000014"
                             << QByteArray(R"({"cardNumber":"0301000000000014",)"
                                           R"("reason":"lost","status":"blocked"})");
    QTest::newRow("card cancelled")
        << SyncEvent::cardStatusChanged(number, CardStatus::Cancelled, StatusReason::Death)
        << "card.cancelled"
        << "card:0301000000000014"
        << QByteArray(R"({"cardNumber":"0301000000000014",)"
                      R"("reason":"death","status":"cancelled"})");
    QTest::newRow("rechecked")
        << SyncEvent::applicationRechecked(12, CardType::Senior,
                                           {"registeredResident", "minimumAge"})
        << "application.rechecked"
        << "application:12"
        << QByteArray(R"({"application":12,"cardType":"senior",)"
                      R"("failedRules":"registeredResident,minimumAge","result":"failed"})");
    QTest::newRow("flag resolved")
        << SyncEvent::flagResolved(5, "conflict", "", "card 0302… cancelled") << "flag.resolved"
        << "flag:5"
        << QByteArray(R"({"because":"card 0302… cancelled","flag":5,"kind":"conflict",)"
                      R"("subject":""})");
    QTest::newRow("station's flag resolved")
        << SyncEvent::flagResolved(0, "recheck", "application:12", "registry corrected")
        << "flag.resolved"
        << "application:12"
        << QByteArray(R"({"because":"registry corrected","flag":0,"kind":"recheck",)"
                      R"("subject":"application:12"})");
    QTest::newRow("pre-application collected")
        << SyncEvent::preApplicationCollected("PA7K3M9QXD2H", 12) << "preapplication.collected"
        << "preapplication:PA7K3M9QXD2H"
        << QByteArray(R"({"application":12,"code":"PA7K3M9QXD2H"})");
}

void TestSyncEvent::payloads() {
    QFETCH(SyncEvent, event);
    QFETCH(QString, topic);
    QFETCH(QString, object);
    QFETCH(QByteArray, payload);
    QCOMPARE(eventTopicName(event.topic), topic);
    QCOMPARE(event.object, object);
    QCOMPARE(event.payloadJson(), payload);
}

QTEST_APPLESS_MAIN(TestSyncEvent)
#include "tst_syncevent.moc"
