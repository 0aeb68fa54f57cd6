#include "tests/support/printingpeers.h"

#include "core/domain/error.h"
#include "printing/barcode.h"
#include "printing/defaulttemplates.h"
#include "printing/facerenderer.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace cc;

namespace {

const QString kPhotos = QStringLiteral(CITIZENCARD_TEST_DATA_DIR "/photos/");
const QString kGoldens = QStringLiteral(CITIZENCARD_TEST_DATA_DIR "/golden/");
constexpr int kGoldenDpi = 150;

QHash<QString, QString> sampleData() {
    return {{"cardNumber", "0301000000000014"}, {"name", "王小明"},
            {"nameLatin", "WANG Hsiao-ming"},   {"issued", "2026-11-21"},
            {"expires", "2031-11-20"},          {"photo", kPhotos + "applicant-portrait.png"}};
}

// Pixels whose colour differs by more than a rendering wobble.
double differingShare(const QImage &a, const QImage &b) {
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int d = std::max({std::abs(qRed(p[col]) - qRed(q[col])),
                                    std::abs(qGreen(p[col]) - qGreen(q[col])),
                                    std::abs(qBlue(p[col]) - qBlue(q[col]))});
            differing += d > 48;
        }
    }
    return double(differing) / (qint64(x.width()) * x.height());
}

int inkIn(const QImage &image, const QRect &area) {
    int ink = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            ink += qGray(image.pixel(x, y)) < 160;
    return ink;
}

CardTemplate singleText(double widthMm, double sizePt, double minSizePt) {
    return *CardTemplate::parse(
        QStringLiteral(
            R"({"format": "citizencard-face/1", "back": {},)"
            R"("front": {"elements": [{"kind": "text", "x": 10, "y": 10, "width": %1, "height": 8,)"
            R"("field": "nameLatin", "size": %2, "minSize": %3}]}})")
            .arg(widthMm)
            .arg(sizePt)
            .arg(minSizePt)
            .toUtf8());
}

bool isSkin(QRgb c) {
    return std::abs(qRed(c) - 233) < 6 && std::abs(qGreen(c) - 195) < 6 &&
           std::abs(qBlue(c) - 159) < 6;
}

QRect boxPixels(const QRectF &mm, double dpi) {
    const double k = dpi / 25.4;
    return QRectF(mm.x() * k, mm.y() * k, mm.width() * k, mm.height() * k).toAlignedRect();
}

} // namespace

class TstFaceRenderer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goldenImages_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("carrier");
        for (CardType type : kAllCardTypes) {
            for (Carrier carrier : {Carrier::EasyCard, Carrier::IPass}) {
                const QString name = CardTypes::code(type) + u'-' + Carriers::code(carrier);
                QTest::newRow(qPrintable(name)) << int(type) << int(carrier);
            }
        }
    }

    // Compared with the committed images in tests/data/golden; after an
    // intended change to the faces, regenerate them with
    // CITIZENCARD_UPDATE_GOLDENS=1 and look at every one before committing.
    void goldenImages() {
        QFETCH(int, type);
        QFETCH(int, carrier);
        const FaceRenderer renderer(DefaultTemplates::get(CardType(type), Carrier(carrier)));
        QHash<QString, QString> data = sampleData();
        if (CardType(type) == CardType::Student) // the school shows on a student card only
            data["school"] = "桃園市立桃園國民中學";
        Result<FaceContent> content = renderer.bind(data);
        QVERIFY(content.ok());
        for (auto [side, suffix] :
             {std::pair{CardSide::Front, "front"}, std::pair{CardSide::Back, "back"}}) {
            const QImage image = renderer.render(side, *content, kGoldenDpi);
            QCOMPARE(image.size(), QSize(506, 319));
            const QString golden = kGoldens + renderer.cardTemplate().name + '-' + suffix + ".png";
            if (qEnvironmentVariableIsSet("CITIZENCARD_UPDATE_GOLDENS")) {
                QDir().mkpath(kGoldens);
                QVERIFY(image.save(golden));
                continue;
            }
            const QImage expected(golden);
            QVERIFY2(!expected.isNull(), qPrintable("missing golden image " + golden));
            QCOMPARE(image.size(), expected.size());
            const double share = differingShare(image, expected);
            QVERIFY2(share < 0.003,
                     qPrintable(QString("%1: %2% of pixels differ from the golden image")
                                    .arg(golden)
                                    .arg(share * 100, 0, 'f', 2)));
        }
    }

    void barcodesRoundTrip_data() { goldenImages_data(); }

    // Every barcode on the printed back decodes to the card number, with ZXing
    // and with zbarimg as an independent reader; on the resin panel too.
    void barcodesRoundTrip() {
        QFETCH(int, type);
        QFETCH(int, carrier);
        const FaceRenderer renderer(DefaultTemplates::get(CardType(type), Carrier(carrier)));
        QHash<QString, QString> data = sampleData();
        data["cardNumber"] = "0301000000000022";
        Result<FaceContent> content = renderer.bind(data);
        QVERIFY(content.ok());
        const QImage back = renderer.render(CardSide::Back, *content, 300);

        QStringList zxing;
        for (const DecodedBarcode &b : Barcodes::decode(back))
            zxing << b.format + ':' + b.text;
        zxing.sort();
        QCOMPARE(zxing, (QStringList{"Code128:0301000000000022", "QRCode:0301000000000022"}));

        QTemporaryDir dir;
        const QString file = dir.filePath("back.png");
        QVERIFY(back.save(file));
        QCOMPARE(test::zbarDecode(file),
                 (QStringList{"CODE-128:0301000000000022", "QR-Code:0301000000000022"}));

        // Barcodes go on the resin panel, not the colour panels.
        const PanelImages panels = renderer.panels(CardSide::Back, *content);
        QCOMPARE(panels.resin.format(), QImage::Format_Mono);
        QCOMPARE(Barcodes::decode(panels.resin).size(), size_t(2));
        QCOMPARE(Barcodes::decode(panels.colour).size(), size_t(0));
    }

    void pdf417RoundTrip() {
        Result<CardTemplate> t = CardTemplate::parse(
            R"({"format": "citizencard-face/1", "back": {},)"
            R"("front": {"elements": [{"kind": "barcode", "x": 5, "y": 10, "width": 70, "height": 20,)"
            R"("field": "cardNumber", "symbology": "pdf417"}]}})");
        QVERIFY(t.ok());
        const FaceRenderer renderer(*t);
        Result<FaceContent> content = renderer.bind({{"cardNumber", "0301000000000014"}});
        QVERIFY(content.ok());
        const std::vector<DecodedBarcode> found =
            Barcodes::decode(renderer.render(CardSide::Front, *content, 300));
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].format, QString("PDF417"));
        QCOMPARE(found[0].text, QString("0301000000000014"));
    }

    // A box too small for the value's modules would print an unreadable blob.
    void tinyBarcodeBoxIsRefused() {
        Result<CardTemplate> t = CardTemplate::parse(
            R"({"format": "citizencard-face/1", "back": {},)"
            R"("front": {"elements": [{"kind": "barcode", "x": 5, "y": 10, "width": 4, "height": 4,)"
            R"("field": "cardNumber", "symbology": "qr"}]}})");
        QVERIFY(t.ok());
        Result<FaceContent> content = FaceRenderer(*t).bind({{"cardNumber", "0301000000000014"}});
        QVERIFY(!content.ok());
        QCOMPARE(content.error().code, cc::ErrorCode::BadValue);
        QCOMPARE(content.error().where, QString("cardNumber"));
        QVERIFY2(content.error().message.contains("0.20 mm"), qPrintable(content.error().message));
    }

    void longNamesShrinkThenEllipsise_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected"); // "full", "shrunk" or "ellipsised"
        QTest::newRow("short") << "LI Wei"
                               << "full";
        QTest::newRow("longer") << "WANG Hsiao-ming Alexander"
                                << "shrunk";
        QTest::newRow("far too long")
            << "OUYANG Na-na Christina Alexandra Maximiliana von Habsburg-Lothringen"
            << "ellipsised";
    }

    void longNamesShrinkThenEllipsise() {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const CardTemplate t = singleText(40, 12, 6);
        const TemplateElement &e = t.front.elements.front();
        const FittedText fitted = FaceRenderer::fitText(e, name, 300);
        if (expected == "full") {
            QCOMPARE(fitted.sizePt, 12.0);
            QCOMPARE(fitted.text, name);
        } else if (expected == "shrunk") {
            QVERIFY2(fitted.sizePt < 12 && fitted.sizePt >= 6,
                     qPrintable(QString::number(fitted.sizePt)));
            QCOMPARE(fitted.text, name);
        } else {
            QCOMPARE(fitted.sizePt, 6.0);
            QVERIFY(fitted.text.endsWith(QChar(0x2026)));
            QVERIFY(name.startsWith(fitted.text.chopped(1)));
        }
        // Whatever the length, no ink outside the box.
        const FaceRenderer renderer(t);
        Result<FaceContent> content = renderer.bind({{"nameLatin", name}});
        QVERIFY(content.ok());
        const QImage image = renderer.render(CardSide::Front, *content, 300);
        const QRect box = boxPixels(e.boxMm, 300);
        const int inside = inkIn(image, box);
        QVERIFY(inside > 0);
        QCOMPARE(inkIn(image, image.rect()), inside);
        // The text reaches close to the box's right edge only once it had to shrink.
        const QRect rightEdge(box.right() - box.width() / 10, box.top(), box.width() / 10,
                              box.height());
        QCOMPARE(inkIn(image, rightEdge) > 0, expected != "full");
    }

    // Every CJK character the faces use, and common surnames, render with real
    // glyphs: ink is drawn, and it is not the "missing glyph" box.
    void cjkGlyphsRender() {
        QString text;
        for (CardType type : kAllCardTypes)
            for (Carrier carrier : {Carrier::EasyCard, Carrier::IPass})
                text += QString::fromUtf8(DefaultTemplates::json(type, carrier));
        text += "王小明歐陽娜娜陳林黃張李吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾彭"
                "游詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮"
                "程湯田康姜白汪鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳凃邵錢伍倪溫于譚駱熊任甘秦顧毛章史";
        QString characters;
        for (const QChar c : text)
            if (c.script() == QChar::Script_Han && !characters.contains(c))
                characters += c;
        QVERIFY(characters.size() > 100);

        const auto render = [](const QString &s) {
            const CardTemplate t = singleText(20, 24, 24);
            const FaceRenderer renderer(t);
            return renderer.render(CardSide::Front, *renderer.bind({{"nameLatin", s}}), 150)
                .copy(boxPixels(t.front.elements.front().boxMm, 150));
        };
        const QImage tofu = render(QString::fromUcs4(U"\U0010FFFD"));
        QStringList missing;
        for (const QChar c : characters) {
            const QImage glyph = render(c);
            if (inkIn(glyph, glyph.rect()) < 20 || glyph == tofu)
                missing << c;
        }
        QVERIFY2(missing.isEmpty(), qPrintable("no glyph drawn for: " + missing.join(' ')));
        QVERIFY(QFontDatabase::families().contains("Noto Sans CJK TC"));
    }

    // The counter and the issuance workflow hand the photo over as bytes
    // from the store: the face is the same as from the file, and bytes that
    // are no image are refused naming the field.
    void photoFromBytes() {
        const FaceRenderer renderer(DefaultTemplates::get(CardType::Senior, Carrier::EasyCard));
        QFile file(kPhotos + "applicant-portrait.png");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QHash<QString, QString> fields = sampleData();
        Result<FaceContent> fromFile = renderer.bind(fields);
        QVERIFY(fromFile.ok());
        fields.remove("photo");
        Result<FaceContent> fromBytes =
            renderer.bind(fields, FaceRenderer::Images::Decode, {{"photo", bytes}});
        QVERIFY2(fromBytes.ok(), qPrintable(fromBytes ? "" : fromBytes.error().toString()));
        QCOMPARE(renderer.render(CardSide::Front, *fromBytes, 150),
                 renderer.render(CardSide::Front, *fromFile, 150));
        Result<FaceContent> bad =
            renderer.bind(fields, FaceRenderer::Images::Decode, {{"photo", "not an image"}});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::BadValue);
        QCOMPARE(bad.error().where, QString("photo"));
        // No bytes and no path: the field is missing, as before.
        QCOMPARE(renderer.bind(fields).error().code, ErrorCode::MissingField);
    }

    void photoIsCoverCropped_data() {
        QTest::addColumn<QString>("photo");
        QTest::addColumn<QRectF>("box");
        QTest::newRow("landscape photo, portrait box")
            << "applicant-landscape.png" << QRectF(10, 10, 20, 30);
        QTest::newRow("portrait photo, landscape box")
            << "applicant-portrait.png" << QRectF(10, 10, 30, 20);
    }

    // The photo fills its box without distortion: no card background shows
    // inside the box, the face stays centred, and it keeps its proportions.
    void photoIsCoverCropped() {
        QFETCH(QString, photo);
        QFETCH(QRectF, box);
        Result<CardTemplate> t = CardTemplate::parse(
            QStringLiteral(R"({"format": "citizencard-face/1", "back": {},)"
                           R"("front": {"background": "#ff00ff", "elements": [{"kind": "image",)"
                           R"("x": %1, "y": %2, "width": %3, "height": %4, "field": "photo"}]}})")
                .arg(box.x())
                .arg(box.y())
                .arg(box.width())
                .arg(box.height())
                .toUtf8());
        QVERIFY(t.ok());
        const FaceRenderer renderer(*t);
        Result<FaceContent> content = renderer.bind({{"photo", kPhotos + photo}});
        QVERIFY(content.ok());
        const QImage image = renderer.render(CardSide::Front, *content, 300);
        const QRect px = boxPixels(box, 300).adjusted(1, 1, -1, -1);
        QRect skin;
        for (int y = px.top(); y <= px.bottom(); ++y) {
            for (int x = px.left(); x <= px.right(); ++x) {
                const QRgb c = image.pixel(x, y);
                QVERIFY2(c != qRgb(255, 0, 255), "card background shows inside the photo box");
                if (isSkin(c))
                    skin |= QRect(x, y, 1, 1);
            }
        }
        // Outside the box the card background is untouched.
        QCOMPARE(image.pixel(px.left() - 4, px.top() - 4), qRgb(255, 0, 255));
        // The face keeps the proportions it has in the photo itself.
        const QImage source(kPhotos + photo);
        QRect sourceSkin;
        for (int y = 0; y < source.height(); ++y)
            for (int x = 0; x < source.width(); ++x)
                if (isSkin(source.pixel(x, y)))
                    sourceSkin |= QRect(x, y, 1, 1);
        QVERIFY(skin.width() > 20);
        const double aspect = double(skin.width()) / skin.height();
        const double sourceAspect = double(sourceSkin.width()) / sourceSkin.height();
        QVERIFY2(std::abs(aspect / sourceAspect - 1) < 0.05,
                 qPrintable(QString("%1 vs %2").arg(aspect).arg(sourceAspect)));
        QVERIFY(std::abs(skin.center().x() - px.center().x()) < px.width() / 20 + 2);
    }

    void bindErrors_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value"); // "<drop>" removes the field
        QTest::addColumn<QString>("code");
        QTest::newRow("no name") << "name"
                                 << "<drop>"
                                 << "missing-field";
        QTest::newRow("empty name") << "name"
                                    << ""
                                    << "missing-field";
        QTest::newRow("no card number") << "cardNumber"
                                        << "<drop>"
                                        << "missing-field";
        // The number names files: nothing but a well-formed number may pass.
        QTest::newRow("card number is a path") << "cardNumber"
                                               << "../../x"
                                               << "bad-value";
        QTest::newRow("card number is absolute") << "cardNumber"
                                                 << "/tmp/0301000000000014"
                                                 << "bad-value";
        QTest::newRow("card number check digit") << "cardNumber"
                                                 << "0301000000000015"
                                                 << "bad-value";
        QTest::newRow("card number with a slash") << "cardNumber"
                                                  << "0301/00000000014"
                                                  << "bad-value";
        QTest::newRow("line break in the name") << "name"
                                                << "王\n小明"
                                                << "bad-value";
        QTest::newRow("NUL in the Latin name") << "nameLatin" << QString("WANG") + QChar(0) + "X"
                                               << "bad-value";
        QTest::newRow("expires before issued") << "expires"
                                               << "2026-11-20"
                                               << "bad-value";
        QTest::newRow("not an ISO date") << "issued"
                                         << "115/11/21"
                                         << "bad-value";
        // Input errors (exit 2), not the machine failing.
        QTest::newRow("no such photo") << "photo" << kPhotos + "nobody.png"
                                       << "file-not-found";
        QTest::newRow("photo not an image") << "photo" << kPhotos + "not-an-image.png"
                                            << "bad-value";
    }

    void bindErrors() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
        QHash<QString, QString> data = sampleData();
        if (value == "<drop>")
            data.remove(field);
        else
            data[field] = value;
        const FaceRenderer renderer(DefaultTemplates::get(CardType::General, Carrier::EasyCard));
        Result<FaceContent> content = renderer.bind(data);
        QVERIFY(!content.ok());
        QCOMPARE(errorCodeName(content.error().code), code);
        QCOMPARE(content.error().where, field);
    }

    void noExpiryIsShown() {
        QHash<QString, QString> data = sampleData();
        data["expires"] = "";
        const FaceRenderer renderer(DefaultTemplates::get(CardType::Senior, Carrier::EasyCard));
        Result<FaceContent> content = renderer.bind(data);
        QVERIFY(content.ok());
        QStringList texts;
        for (const ResolvedElement &r : content->front)
            texts << r.text;
        QVERIFY(texts.contains("長期有效 No expiry"));
        QVERIFY(texts.contains("115/11/21"));
    }

    // Black text and barcodes are laid down by the resin panel only.
    void resinCarriesBlackText() {
        const FaceRenderer renderer(DefaultTemplates::get(CardType::General, Carrier::EasyCard));
        const FaceContent content = *renderer.bind(sampleData());
        const PanelImages panels = renderer.panels(CardSide::Front, content);
        QCOMPARE(panels.resin.size(), FaceRenderer::pixelSize(300));
        QCOMPARE(panels.overlay.format(), QImage::Format_Mono);
        const QRect name = boxPixels(QRectF(30, 23.4, 52, 7), 300);
        QVERIFY(inkIn(panels.resin, name) > 500);
        QCOMPARE(inkIn(panels.colour, name), 0);
        // The overlay covers the whole card.
        QCOMPARE(panels.overlay.pixelIndex(5, 5), 1);
    }

    void previewHasRoundedCorners() {
        const FaceRenderer renderer(DefaultTemplates::get(CardType::Student, Carrier::IPass));
        const QImage preview = renderer.preview(CardSide::Front, *renderer.bind(sampleData()), 428);
        QCOMPARE(preview.width(), 428);
        QCOMPARE(preview.height(), 270);
        QCOMPARE(qAlpha(preview.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(preview.pixel(214, 135)), 255);
    }
};

QTEST_MAIN(TstFaceRenderer)
#include "tst_facerenderer.moc"
