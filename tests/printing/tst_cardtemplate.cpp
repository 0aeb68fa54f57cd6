#include "core/domain/error.h"
#include "printing/cardtemplate.h"
#include "printing/defaulttemplates.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cc;

namespace {

// A valid template with one element on the front, as JSON text.
QByteArray withElement(const QString &element) {
    return QStringLiteral(R"({"format": "citizencard-face/1", "front": {"elements": [%1]},)"
                          R"("back": {"elements": []}})")
        .arg(element)
        .toUtf8();
}

} // namespace

class TstCardTemplate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsParseForEveryTypeAndCarrier() {
        for (CardType type : kAllCardTypes) {
            for (Carrier carrier : {Carrier::EasyCard, Carrier::IPass}) {
                Result<CardTemplate> t = CardTemplate::parse(DefaultTemplates::json(type, carrier));
                QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().toString()));
                QCOMPARE(t->fields(), (QStringList{"photo", "name", "nameLatin", "school",
                                                   "cardNumber", "issued", "expires"}));
                QCOMPARE(t->name, CardTypes::code(type) + u'-' + Carriers::code(carrier));
            }
        }
    }

    void parsesEveryElementKind() {
        Result<CardTemplate> t = CardTemplate::parse(withElement(
            R"({"kind": "text", "x": 1, "y": 2, "width": 30, "height": 5, "field": "name",)"
            R"("size": 10, "minSize": 6, "weight": "bold", "colour": "navy",)"
            R"("align": "right", "panel": "resin"},)"
            R"({"kind": "barcode", "x": 1, "y": 10, "width": 40, "height": 10,)"
            R"("field": "cardNumber", "symbology": "pdf417", "quietZone": 2},)"
            R"({"kind": "image", "x": 50, "y": 2, "width": 20, "height": 25, "field": "photo"},)"
            R"({"kind": "rect", "x": 0, "y": 0, "width": 85.6, "height": 53.98,)"
            R"("fill": "white", "panel": "overlay"})"));
        QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().toString()));
        const std::vector<TemplateElement> &e = t->front.elements;
        QCOMPARE(e.size(), size_t(4));
        QCOMPARE(e[0].boxMm, QRectF(1, 2, 30, 5));
        QCOMPARE(e[0].panel, RibbonPanel::Resin);
        QCOMPARE(e[0].alignment, Qt::AlignRight | Qt::AlignVCenter);
        QVERIFY(e[0].bold);
        QCOMPARE(e[0].colour, QColor("navy"));
        QCOMPARE(e[1].symbology, BarcodeSymbology::Pdf417);
        QCOMPARE(e[1].panel, RibbonPanel::Resin); // barcodes default to resin
        QCOMPARE(e[1].quietZoneModules, 2);
        QCOMPARE(e[2].panel, RibbonPanel::Colour);
        QCOMPARE(e[3].panel, RibbonPanel::Overlay);
        QCOMPARE(e[3].path, QString("$.front.elements[3]"));
    }

    void rejectsWithJsonPath_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        QTest::newRow("not json") << QByteArray("{\"format\": ") << "parse-failed"
                                  << "$";
        QTest::newRow("no back") << QByteArray(R"({"format": "citizencard-face/1", "front": {}})")
                                 << "missing-field"
                                 << "$.back";
        QTest::newRow("wrong format")
            << QByteArray(R"({"format": "other/2", "front": {}, "back": {}})") << "bad-value"
            << "$.format";
        QTest::newRow("unknown top-level key")
            << QByteArray(R"({"format": "citizencard-face/1", "front": {}, "back": {}, "x": 1})")
            << "unknown-key"
            << "$.x";
        QTest::newRow("elements not a list")
            << QByteArray(
                   R"({"format": "citizencard-face/1", "front": {"elements": 3}, "back": {}})")
            << "wrong-type"
            << "$.front.elements";
        QTest::newRow("element not an object") << withElement("7") << "wrong-type"
                                               << "$.front.elements[0]";
        QTest::newRow("unknown kind")
            << withElement(R"({"kind": "circle", "x": 0, "y": 0, "width": 1, "height": 1})")
            << "bad-value"
            << "$.front.elements[0].kind";
        QTest::newRow("missing width")
            << withElement(R"({"kind": "rect", "x": 0, "y": 0, "height": 1})") << "missing-field"
            << "$.front.elements[0].width";
        QTest::newRow("size as text")
            << withElement(R"({"kind": "text", "x": 0, "y": 0, "width": 10, "height": 5,)"
                           R"("text": "a", "size": "big"})")
            << "wrong-type"
            << "$.front.elements[0].size";
        QTest::newRow("past the right edge")
            << withElement(R"({"kind": "rect", "x": 80, "y": 0, "width": 10, "height": 1})")
            << "bad-value"
            << "$.front.elements[0].width";
        QTest::newRow("both field and text")
            << withElement(R"({"kind": "text", "x": 0, "y": 0, "width": 10, "height": 5,)"
                           R"("text": "a", "field": "name"})")
            << "missing-field"
            << "$.front.elements[0].field";
        QTest::newRow("barcode without field")
            << withElement(R"({"kind": "barcode", "x": 0, "y": 0, "width": 10, "height": 5,)"
                           R"("symbology": "qr"})")
            << "missing-field"
            << "$.front.elements[0].field";
        QTest::newRow("unknown symbology")
            << withElement(R"({"kind": "barcode", "x": 0, "y": 0, "width": 10, "height": 5,)"
                           R"("field": "cardNumber", "symbology": "aztec"})")
            << "bad-value"
            << "$.front.elements[0].symbology";
        QTest::newRow("bad colour")
            << withElement(R"({"kind": "rect", "x": 0, "y": 0, "width": 1, "height": 1,)"
                           R"("fill": "reddish"})")
            << "bad-value"
            << "$.front.elements[0].fill";
        QTest::newRow("unknown panel")
            << withElement(R"({"kind": "rect", "x": 0, "y": 0, "width": 1, "height": 1,)"
                           R"("panel": "gold"})")
            << "bad-value"
            << "$.front.elements[0].panel";
        QTest::newRow("unknown element key")
            << withElement(R"({"kind": "rect", "x": 0, "y": 0, "width": 1, "height": 1,)"
                           R"("rotation": 90})")
            << "unknown-key"
            << "$.front.elements[0].rotation";
        QTest::newRow("second element")
            << withElement(R"({"kind": "rect", "x": 0, "y": 0, "width": 1, "height": 1},)"
                           R"({"kind": "text", "x": 0, "y": 0, "width": 10, "height": 5,)"
                           R"("text": "a", "format": "roman"})")
            << "bad-value"
            << "$.front.elements[1].format";
    }

    void rejectsWithJsonPath() {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, where);
        Result<CardTemplate> t = CardTemplate::parse(json);
        QVERIFY(!t.ok());
        QCOMPARE(errorCodeName(t.error().code), code);
        QCOMPARE(t.error().where, where);
        QVERIFY(!t.error().message.isEmpty());
    }

    void loadNamesTheFile() {
        Result<CardTemplate> missing = CardTemplate::load("/nonexistent/face.json");
        QCOMPARE(missing.error().code, ErrorCode::FileNotFound);
        QCOMPARE(missing.error().where, QString("/nonexistent/face.json"));
    }
};

QTEST_GUILESS_MAIN(TstCardTemplate)
#include "tst_cardtemplate.moc"
