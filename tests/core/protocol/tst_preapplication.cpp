// The pre-application document a citizen signs and the centre serves, and
// the code the counter opens it by (docs/sync-protocol.md).
#include "core/protocol/preapplication.h"

#include <QTest>

using namespace cc;

class TstPreApplication : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsBackWhatItWrites();
    void refusesBadFields_data();
    void refusesBadFields();
    void codes_data();
    void codes();
    void newCodesAreCodes();

private:
    static QByteArray good(bool withCode);
};

QByteArray TstPreApplication::good(bool withCode) {
    PreApplication p;
    p.code = withCode ? QStringLiteral("PA7K3M9QXD2H") : QString();
    p.office = QStringLiteral("0301");
    p.nationalId = QStringLiteral("A123456789");
    p.name = QStringLiteral("陳美玲");
    p.cardType = CardType::Senior;
    p.carrier = Carrier::IPass;
    p.submittedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC);
    return p.toJson();
}

void TstPreApplication::readsBackWhatItWrites() {
    const Result<PreApplication> p = PreApplication::fromJson(good(true), true);
    QVERIFY2(p.ok(), qPrintable(p ? QString() : p.error().toString()));
    QCOMPARE(p->code, QString("PA7K3M9QXD2H"));
    QCOMPARE(p->name, QString("陳美玲"));
    QCOMPARE(p->cardType, CardType::Senior);
    QCOMPARE(p->carrier, Carrier::IPass);
    QCOMPARE(p->submittedAt, QDateTime(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC));
    QCOMPARE(p->toJson(), good(true));
    // What the citizen signs has no code yet; what the centre serves has one.
    QVERIFY(PreApplication::fromJson(good(false), false).ok());
    QCOMPARE(PreApplication::fromJson(good(false), true).error().where, QString("$.code"));
    QCOMPARE(PreApplication::fromJson(good(true), false).error().where, QString("$.code"));
}

void TstPreApplication::refusesBadFields_data() {
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("where");
    QTest::newRow("checksum") << QByteArray("A123456789") << QByteArray("A123456780")
                              << "$.nationalId";
    QTest::newRow("lower-case ID")
        << QByteArray("A123456789") << QByteArray("a123456789") << "$.nationalId";
    QTest::newRow("office") << QByteArray("\"0301\"") << QByteArray("\"03 01\"") << "$.office";
    QTest::newRow("card type") << QByteArray("senior") << QByteArray("gold") << "$.cardType";
    QTest::newRow("carrier") << QByteArray("ipass") << QByteArray("octopus") << "$.carrier";
    QTest::newRow("empty name") << QByteArray("陳美玲") << QByteArray("  ") << "$.name";
    QTest::newRow("long name") << QByteArray("陳美玲") << QByteArray(65, 'x') << "$.name";
    QTest::newRow("local time") << QByteArray("09:15:00.000Z") << QByteArray("09:15:00.000+08:00")
                                << "$.submittedAt";
    QTest::newRow("code") << QByteArray("PA7K3M9QXD2H") << QByteArray("PA7K3M9QXD2I") << "$.code";
    QTest::newRow("number for a string")
        << QByteArray("\"0301\"") << QByteArray("301") << "$.office";
    QTest::newRow("unknown field")
        << QByteArray("{\"") << QByteArray("{\"photo\":\"\",\"") << "$.photo";
    QTest::newRow("too large") << QByteArray("陳美玲") << QByteArray(9000, 'x') << "$";
    QTest::newRow("not JSON") << QByteArray("{") << QByteArray("[") << "$";
}

void TstPreApplication::refusesBadFields() {
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, where);
    QByteArray body = good(true);
    QVERIFY(body.contains(from));
    body.replace(from, to);
    const Result<PreApplication> p = PreApplication::fromJson(body, true);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().where, where);
}

void TstPreApplication::codes_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("as given") << "PA7K3M9QXD2H"
                              << "PA7K3M9QXD2H";
    QTest::newRow("typed in lower case, with spaces") << " pa7k3m9qxd2h "
                                                      << "PA7K3M9QXD2H";
    QTest::newRow("in groups") << "PA7K-3M9Q XD2H"
                               << "PA7K3M9QXD2H";
    QTest::newRow("an ID number") << "A123456789"
                                  << "";
    QTest::newRow("short") << "PA7K3M9QXD2"
                           << "";
    QTest::newRow("long") << "PA7K3M9QXD2HH"
                          << "";
    QTest::newRow("I, L, O, U are not used") << "PA7K3M9QXDIL"
                                             << "";
    QTest::newRow("other prefix") << "PB7K3M9QXD2H"
                                  << "";
    QTest::newRow("full-width") << QString::fromUtf8("PA7K3M9QXD２H") << "";
}

void TstPreApplication::codes() {
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(PreApplication::normalizedCode(text), code);
}

void TstPreApplication::newCodesAreCodes() {
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString code = PreApplication::newCode();
        QCOMPARE(PreApplication::normalizedCode(code), code);
        seen.insert(code);
    }
    QCOMPARE(seen.size(), 1000);
}

QTEST_GUILESS_MAIN(TstPreApplication)
#include "tst_preapplication.moc"
