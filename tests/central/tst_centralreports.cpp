// citizencard-central report issuance against a throwaway PostgreSQL with
// the schema its migrate makes: every office's cards issued (by type and
// carrier), reported lost and cancelled in a period by Taipei days, its
// active cards, and the city's sums, with exact figures; an office with none
// shows zeros; bad periods are refused with exit 2.
#include "tests/support/centralpeers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cc;

class TstCentralReports : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void officesAndCity();
    void taipeiDaysBoundThePeriod();
    void badPeriods_data();
    void badPeriods();

private:
    void event(const char *station, int seq, const char *at, const char *topic,
               const QString &payload) {
        QVERIFY(!m_postgres
                     .psql(QString("INSERT INTO events (event_id, station_id, station_seq, at, "
                                   "topic, object, payload) VALUES (gen_random_uuid(), '%1', %2, "
                                   "'%3', '%4', 'card:x', '%5')")
                               .arg(station)
                               .arg(seq)
                               .arg(at, topic, payload))
                     .isNull());
    }
    QJsonObject report(const QString &from, const QString &to) {
        const QString out = test::CentralProcess::run(
            m_postgres.conninfo(), {"report", "issuance", "--from", from, "--to", to, "--json"});
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }
    static QJsonObject office(const QJsonObject &report, const QString &station) {
        for (const QJsonValue &o : report["offices"].toArray())
            if (o.toObject()["station"].toString() == station)
                return o.toObject();
        return {};
    }

    test::PostgresCluster m_postgres;
};

void TstCentralReports::initTestCase() {
    QCOMPARE(m_postgres.start(), QString());
    QVERIFY(!test::CentralProcess::run(m_postgres.conninfo(), {"migrate"}).isNull());
    QVERIFY(
        !m_postgres.psql("INSERT INTO stations (station_id) VALUES ('0301'), ('0302'), ('0303')")
             .isNull());
    const auto issued = [](const char *type, const char *carrier) {
        return QString(R"({"cardType": "%1", "carrier": "%2"})").arg(type, carrier);
    };
    event("0301", 1, "2026-11-02 10:00+08", "card.issued", issued("senior", "easycard"));
    event("0301", 2, "2026-11-30 23:59:59+08", "card.issued", issued("general", "ipass"));
    event("0301", 3, "2026-12-01 00:00:01+08", "card.issued", issued("general", "easycard"));
    event("0301", 4, "2026-11-15 09:00+08", "card.linked", issued("student", "easycard"));
    event("0301", 5, "2026-11-20 10:00+08", "card.blocked", R"({"reason": "lost"})");
    event("0301", 6, "2026-11-21 10:00+08", "card.blocked", R"({"reason": "replaced"})");
    event("0302", 1, "2026-11-01 00:00+08", "card.issued", issued("disability", "ipass"));
    event("0302", 2, "2026-10-31 23:59:59+08", "card.issued", issued("senior", "easycard"));
    event("0302", 3, "2026-11-10 12:00+08", "card.cancelled", R"({"reason": "death"})");
    QVERIFY(!m_postgres
                 .psql("INSERT INTO cards (card_number, station_id, card_type, status, changed_at) "
                       "VALUES ('A1', '0301', 'senior', 'active', now()), ('A2', '0301', "
                       "'general', 'active', now()), ('A3', '0301', 'general', 'blocked', now()), "
                       "('B1', '0302', 'disability', 'active', now())")
                 .isNull());
}

void TstCentralReports::officesAndCity() {
    const QJsonObject r = report("2026-11-01", "2026-11-30");
    QCOMPARE(r["offices"].toArray().size(), 3);
    const QJsonObject a = office(r, "0301");
    QCOMPARE(a["issued"].toInt(), 3);
    QCOMPARE(a["byCardType"].toObject(),
             (QJsonObject{{"senior", 1}, {"general", 1}, {"student", 1}}));
    QCOMPARE(a["byCarrier"].toObject(), (QJsonObject{{"easycard", 2}, {"ipass", 1}}));
    QCOMPARE(a["lostReported"].toInt(), 1);
    QCOMPARE(a["cancelled"].toInt(), 0);
    QCOMPARE(a["activeByCardType"].toObject(), (QJsonObject{{"general", 1}, {"senior", 1}}));
    const QJsonObject b = office(r, "0302");
    QCOMPARE(b["issued"].toInt(), 1);
    QCOMPARE(b["cancelled"].toInt(), 1);
    QCOMPARE(b["activeByCardType"].toObject(), (QJsonObject{{"disability", 1}}));
    const QJsonObject none = office(r, "0303");
    QCOMPARE(none["issued"].toInt(), 0);
    QCOMPARE(none["activeByCardType"].toObject(), QJsonObject());
    const QJsonObject city = r["city"].toObject();
    QCOMPARE(city["issued"].toInt(), 4);
    QCOMPARE(city["byCardType"].toObject(),
             (QJsonObject{{"senior", 1}, {"general", 1}, {"student", 1}, {"disability", 1}}));
    QCOMPARE(city["lostReported"].toInt(), 1);
    QCOMPARE(city["cancelled"].toInt(), 1);
    QCOMPARE(city["activeByCardType"].toObject(),
             (QJsonObject{{"general", 1}, {"senior", 1}, {"disability", 1}}));
}

void TstCentralReports::taipeiDaysBoundThePeriod() {
    // 12/01 in Taipei starts at 11/30 16:00 UTC: one card that day, none before.
    QCOMPARE(report("2026-12-01", "2026-12-01")["city"].toObject()["issued"].toInt(), 1);
    QCOMPARE(report("2026-10-31", "2026-10-31")["city"].toObject()["issued"].toInt(), 1);
    QCOMPARE(report("2026-11-30", "2026-11-30")["city"].toObject()["issued"].toInt(), 1);
}

void TstCentralReports::badPeriods_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no dates") << QStringList{"report", "issuance"};
    QTest::newRow("end before start")
        << QStringList{"report", "issuance", "--from", "2026-11-02", "--to", "2026-11-01"};
    QTest::newRow("not a date") << QStringList{"report",    "issuance", "--from",
                                               "115/11/01", "--to",     "2026-11-01"};
}

void TstCentralReports::badPeriods() {
    QFETCH(QStringList, args);
    int exitCode = -1;
    QVERIFY(test::CentralProcess::run(m_postgres.conninfo(), args, &exitCode).isNull());
    QCOMPARE(exitCode, 2);
}

QTEST_MAIN(TstCentralReports)
#include "tst_centralreports.moc"
