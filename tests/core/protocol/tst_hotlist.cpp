// The hotlist's text, as partners read it and the centre signs it: exact
// bytes for a known list, read back only within bounds, every malformed line
// refused with its number; and the changes page a station pulls.
#include "core/protocol/changes.h"
#include "core/protocol/hotlist.h"

#include <QTest>

using namespace cc;

namespace {

const QByteArray kText = "citizencard-hotlist 1\n"
                         "version 42\n"
                         "since 40\n"
                         "generated 2026-12-01T04:05:06.789Z\n"
                         "entries 2\n"
                         "0301000000000014,04a1b2c3d4e5f6,2026-12-01T04:00:00.000Z,lost,41\n"
                         "0302000000000027,,2026-12-01T04:01:00.000Z,moved-away,42\n";

} // namespace

class TstHotlist : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writesTheDocumentedText();
    void readsItBack();
    void refusals_data();
    void refusals();
    void changesPage();
    void changesPageRefusals_data();
    void changesPageRefusals();
};

void TstHotlist::writesTheDocumentedText() {
    Hotlist list;
    list.version = 42;
    list.since = 40;
    list.generated = QDateTime::fromString("2026-12-01T04:05:06.789Z", Qt::ISODateWithMs);
    list.entries = {
        {"0301000000000014", "04a1b2c3d4e5f6",
         QDateTime::fromString("2026-12-01T04:00:00.000Z", Qt::ISODateWithMs), "lost", 41},
        {"0302000000000027", "",
         QDateTime::fromString("2026-12-01T04:01:00.000Z", Qt::ISODateWithMs), "moved-away", 42}};
    QCOMPARE(list.toText(), kText);
}

void TstHotlist::readsItBack() {
    const Hotlist list = Hotlist::fromText(kText).value();
    QCOMPARE(list.version, 42);
    QCOMPARE(list.since, 40);
    QCOMPARE(list.entries.size(), 2);
    QCOMPARE(list.entries[1].reason, QString("moved-away"));
    QCOMPARE(list.entries[1].chipUid, QString());
    QCOMPARE(list.toText(), kText);
    SignedHotlist signedList{kText, QByteArray(64, 'x')};
    const SignedHotlist back = SignedHotlist::fromJson(signedList.toJson()).value();
    QCOMPARE(back.text, kText);
    QCOMPARE(back.signature, signedList.signature);
}

void TstHotlist::refusals_data() {
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("where");
    QTest::newRow("another format")
        << QByteArray("hotlist 1") << QByteArray("hotlist 2") << "line 1";
    QTest::newRow("version not a number")
        << QByteArray("version 42") << QByteArray("version 4x2") << "line 2";
    QTest::newRow("since after the version")
        << QByteArray("since 40") << QByteArray("since 43") << "line 3";
    QTest::newRow("a local time") << QByteArray("06.789Z") << QByteArray("06.789") << "line 4";
    QTest::newRow("more entries than lines")
        << QByteArray("entries 2") << QByteArray("entries 3") << "line 5";
    QTest::newRow("a card number that is a path")
        << QByteArray("0301000000000014,") << QByteArray("../../../x/y/z,") << "line 6";
    QTest::newRow("upper-case UID") << QByteArray("04a1b2") << QByteArray("04A1B2") << "line 6";
    QTest::newRow("time without milliseconds")
        << QByteArray("04:00:00.000Z") << QByteArray("04:00:00Z") << "line 6";
    QTest::newRow("reason with a comma")
        << QByteArray(",lost,") << QByteArray(",lo,st,") << "line 6";
    QTest::newRow("version before since")
        << QByteArray("moved-away,42") << QByteArray("moved-away,40") << "line 7";
    QTest::newRow("no final line break")
        << QByteArray("moved-away,42\n") << QByteArray("moved-away,42") << "line 1";
}

void TstHotlist::refusals() {
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, where);
    QByteArray text = kText;
    QVERIFY(text.contains(from));
    text.replace(from, to);
    const Result<Hotlist> read = Hotlist::fromText(text);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().where, where);
}

void TstHotlist::changesPage() {
    ChangesPage page;
    page.next = "784.0301.41";
    page.changes = {{"0301", EventTopic::CardBlocked, "card:0301000000000014",
                     QJsonObject{{"cardNumber", "0301000000000014"}, {"reason", "lost"}}},
                    {"centre", EventTopic::FlagRaised, "flag:7",
                     QJsonObject{{"kind", "conflict"}, {"for", "0302"}}}};
    const ChangesPage back = ChangesPage::fromJson(page.toJson()).value();
    QCOMPARE(back.next, page.next);
    QCOMPARE(back.changes.size(), 2);
    QCOMPARE(back.changes[1].topic, EventTopic::FlagRaised);
    QCOMPARE(back.changes[1].payload.value("for").toString(), QString("0302"));
    // A topic of a newer centre is passed over, the cursor kept.
    const ChangesPage newer =
        ChangesPage::fromJson(R"({"changes": [{"station": "0301", "topic": "card.eaten", )"
                              R"("object": "x", "payload": {}}], "next": "1.0301.1"})")
            .value();
    QCOMPARE(newer.changes.size(), 0);
    QCOMPARE(newer.next, QString("1.0301.1"));
}

void TstHotlist::changesPageRefusals_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("where");
    QTest::newRow("not an object") << QByteArray("[]") << "$";
    QTest::newRow("no cursor") << QByteArray(R"({"changes": []})") << "$";
    QTest::newRow("payload not an object")
        << QByteArray(R"({"changes": [{"station": "0301", "topic": "card.blocked", "object": "x",)"
                      R"( "payload": 1}], "next": "1.0301.1"})")
        << "$.changes[0]";
}

void TstHotlist::changesPageRefusals() {
    QFETCH(QByteArray, body);
    QFETCH(QString, where);
    const Result<ChangesPage> page = ChangesPage::fromJson(body);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().where, where);
}

QTEST_APPLESS_MAIN(TstHotlist)
#include "tst_hotlist.moc"
