#include "printing/cardtemplate.h"

#include "core/domain/boundedread.h"
#include "core/domain/jsonfields.h"

#include <QFile>
#include <QFileInfo>

namespace cc {

namespace {

const QString kFormat = QStringLiteral("citizencard-face/1");

template<typename T>
bool readChoice(JsonFields &in, const QString &key, T &out,
                std::initializer_list<std::pair<const char *, T>> choices) {
    if (!in.has(key))
        return true;
    QString text;
    in.readString(key, text);
    if (in.failed())
        return false;
    QStringList names;
    for (const auto &[name, value] : choices) {
        names.append(QString::fromLatin1(name));
        if (text == names.last()) {
            out = value;
            return true;
        }
    }
    in.fail(ErrorCode::BadValue, in.pathOf(key),
            CardTemplate::tr("unknown value \"%1\"; expected one of: %2")
                .arg(text, names.join(QStringLiteral(", "))));
    return false;
}

void readColour(JsonFields &in, const QString &key, QColor &out) {
    if (!in.has(key))
        return;
    QString text;
    in.readString(key, text);
    const QColor colour = QColor::fromString(text);
    if (!in.failed() && !colour.isValid()) {
        in.fail(ErrorCode::BadValue, in.pathOf(key),
                CardTemplate::tr("\"%1\" is not a colour; use #rrggbb").arg(text));
    }
    if (colour.isValid())
        out = colour;
}

void readBox(JsonFields &in, TemplateElement &element) {
    in.requireKeys({QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("width"),
                    QStringLiteral("height")});
    double x = 0, y = 0, w = 0, h = 0;
    in.readNumber(QStringLiteral("x"), x, 0, CardTemplate::kWidthMm);
    in.readNumber(QStringLiteral("y"), y, 0, CardTemplate::kHeightMm);
    in.readNumber(QStringLiteral("width"), w, 0.1, CardTemplate::kWidthMm);
    in.readNumber(QStringLiteral("height"), h, 0.1, CardTemplate::kHeightMm);
    if (in.failed())
        return;
    constexpr double kSlack = 0.005;
    if (x + w > CardTemplate::kWidthMm + kSlack || y + h > CardTemplate::kHeightMm + kSlack) {
        in.fail(ErrorCode::BadValue, in.pathOf(QStringLiteral("width")),
                CardTemplate::tr("the element reaches past the card's edge (%1 × %2 mm)")
                    .arg(CardTemplate::kWidthMm)
                    .arg(CardTemplate::kHeightMm));
    }
    element.boxMm = QRectF(x, y, w, h);
}

// An element's content: exactly one of "field" and the literal key.
void readContent(JsonFields &in, TemplateElement &element, const QString &literalKey) {
    in.readString(QStringLiteral("field"), element.field);
    if (!literalKey.isEmpty())
        in.readString(literalKey, element.literal);
    const bool hasField = in.has(QStringLiteral("field"));
    const bool hasLiteral = !literalKey.isEmpty() && in.has(literalKey);
    if (!in.failed() && hasField == hasLiteral) {
        in.fail(ErrorCode::MissingField, in.pathOf(QStringLiteral("field")),
                literalKey.isEmpty()
                    ? CardTemplate::tr("a barcode needs a \"field\" to encode")
                    : CardTemplate::tr("give exactly one of \"field\" and \"%1\"").arg(literalKey));
    }
    readChoice(in, QStringLiteral("format"), element.format,
               {{"plain", TextFormat::Plain},
                {"rocDate", TextFormat::RocDate},
                {"grouped", TextFormat::Grouped}});
    in.readString(QStringLiteral("whenEmpty"), element.whenEmpty);
    element.allowEmpty = in.has(QStringLiteral("whenEmpty"));
}

TemplateElement readElement(JsonFields &in) {
    TemplateElement e;
    e.path = in.path();
    in.requireKeys({QStringLiteral("kind")});
    if (!readChoice(in, QStringLiteral("kind"), e.kind,
                    {{"rect", TemplateElement::Kind::Rect},
                     {"text", TemplateElement::Kind::Text},
                     {"image", TemplateElement::Kind::Image},
                     {"barcode", TemplateElement::Kind::Barcode}}))
        return e;

    QStringList known = {QStringLiteral("kind"),   QStringLiteral("x"),
                         QStringLiteral("y"),      QStringLiteral("width"),
                         QStringLiteral("height"), QStringLiteral("panel")};
    readBox(in, e);
    e.panel = e.kind == TemplateElement::Kind::Barcode ? RibbonPanel::Resin : RibbonPanel::Colour;
    readChoice(in, QStringLiteral("panel"), e.panel,
               {{"colour", RibbonPanel::Colour},
                {"resin", RibbonPanel::Resin},
                {"overlay", RibbonPanel::Overlay}});

    const QStringList content = {QStringLiteral("field"), QStringLiteral("format"),
                                 QStringLiteral("whenEmpty")};
    switch (e.kind) {
    case TemplateElement::Kind::Rect:
        known << QStringLiteral("fill") << QStringLiteral("cornerRadius");
        e.fill = Qt::black;
        readColour(in, QStringLiteral("fill"), e.fill);
        in.readNumber(QStringLiteral("cornerRadius"), e.cornerRadiusMm, 0, 20);
        break;
    case TemplateElement::Kind::Text: {
        known << content << QStringLiteral("text") << QStringLiteral("font")
              << QStringLiteral("size") << QStringLiteral("minSize") << QStringLiteral("weight")
              << QStringLiteral("colour") << QStringLiteral("align");
        readContent(in, e, QStringLiteral("text"));
        e.fontFamily = QStringLiteral("Noto Sans CJK TC");
        in.readString(QStringLiteral("font"), e.fontFamily);
        in.readNumber(QStringLiteral("size"), e.sizePt, 3, 72);
        e.minSizePt = e.sizePt * 0.6;
        in.readNumber(QStringLiteral("minSize"), e.minSizePt, 2, e.sizePt);
        readChoice(in, QStringLiteral("weight"), e.bold, {{"normal", false}, {"bold", true}});
        e.colour = Qt::black;
        readColour(in, QStringLiteral("colour"), e.colour);
        Qt::Alignment horizontal = Qt::AlignLeft;
        readChoice(
            in, QStringLiteral("align"), horizontal,
            {{"left", Qt::AlignLeft}, {"center", Qt::AlignHCenter}, {"right", Qt::AlignRight}});
        e.alignment = horizontal | Qt::AlignVCenter;
        break;
    }
    case TemplateElement::Kind::Image:
        known << content << QStringLiteral("file");
        readContent(in, e, QStringLiteral("file"));
        break;
    case TemplateElement::Kind::Barcode:
        known << content << QStringLiteral("symbology") << QStringLiteral("quietZone");
        readContent(in, e, QString());
        in.requireKeys({QStringLiteral("symbology")});
        readChoice(in, QStringLiteral("symbology"), e.symbology,
                   {{"code128", BarcodeSymbology::Code128},
                    {"qr", BarcodeSymbology::QrCode},
                    {"pdf417", BarcodeSymbology::Pdf417}});
        e.quietZoneModules = e.symbology == BarcodeSymbology::Code128 ? 10 : 4;
        in.readInt(QStringLiteral("quietZone"), e.quietZoneModules, 0, 40);
        break;
    }
    in.rejectUnknownKeys(known);
    return e;
}

void readSide(JsonFields &root, const QString &key, TemplateSide &side) {
    std::optional<JsonFields> in = root.object(key);
    if (!in)
        return;
    in->rejectUnknownKeys({QStringLiteral("background"), QStringLiteral("elements")});
    readColour(*in, QStringLiteral("background"), side.background);
    for (JsonFields &element : in->objectList(QStringLiteral("elements"))) {
        TemplateElement e = readElement(element);
        if (in->failed())
            return;
        side.elements.push_back(std::move(e));
    }
}

} // namespace

QStringList CardTemplate::fields() const {
    QStringList out;
    for (const TemplateSide *side : {&front, &back}) {
        for (const TemplateElement &e : side->elements) {
            if (!e.field.isEmpty() && !out.contains(e.field))
                out.append(e.field);
        }
    }
    return out;
}

Result<CardTemplate> CardTemplate::parse(const QByteArray &json, const QString &baseDir) {
    Result<QJsonObject> object = JsonFields::parseObject(json);
    if (!object)
        return object.error();
    JsonFields in(*object);
    in.requireKeys({QStringLiteral("format"), QStringLiteral("front"), QStringLiteral("back")});
    in.rejectUnknownKeys({QStringLiteral("format"), QStringLiteral("name"),
                          QStringLiteral("cornerRadius"), QStringLiteral("front"),
                          QStringLiteral("back")});
    QString format;
    in.readString(QStringLiteral("format"), format);
    if (!in.failed() && format != kFormat) {
        in.fail(ErrorCode::BadValue, in.pathOf(QStringLiteral("format")),
                tr("unknown template format \"%1\"; expected \"%2\"").arg(format, kFormat));
    }
    CardTemplate t;
    t.baseDir = baseDir;
    in.readString(QStringLiteral("name"), t.name);
    in.readNumber(QStringLiteral("cornerRadius"), t.cornerRadiusMm, 0, 10);
    readSide(in, QStringLiteral("front"), t.front);
    readSide(in, QStringLiteral("back"), t.back);
    if (in.failed())
        return *in.error();
    return t;
}

Result<CardTemplate> CardTemplate::load(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{file.exists() ? ErrorCode::FileUnreadable : ErrorCode::FileNotFound,
                     tr("cannot read the template: %1").arg(file.errorString()), path};
    }
    Result<QByteArray> bytes = readBounded(file, InputLimits::kJsonDocument, path);
    if (!bytes)
        return bytes.error();
    Result<CardTemplate> t = parse(*bytes, QFileInfo(path).absolutePath());
    if (!t)
        return Error{t.error().code, t.error().message, path + u':' + t.error().where};
    return t;
}

QString ribbonPanelName(RibbonPanel panel) {
    switch (panel) {
    case RibbonPanel::Colour:
        return QStringLiteral("colour");
    case RibbonPanel::Resin:
        return QStringLiteral("resin");
    case RibbonPanel::Overlay:
        break;
    }
    return QStringLiteral("overlay");
}

} // namespace cc
