// zh_TW is the primary UI language and must be complete: every tr() string in
// the sources is in the committed catalogue, translated, with the same
// placeholders. The catalogue is compared with a fresh lupdate of the sources.
#include "core/domain/cardtype.h"
#include "translations/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = Message{context, {}, {}, false};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            current.unfinished = xml.attributes().value("type") == u"unfinished";
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages << current;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QStringList placeholders(const QString &text) {
    static const QRegularExpression re("%\\d+");
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void catalogueMatchesSources();
    void zhTwComplete();
    void loadsAtRunTime();
};

void TestTranslations::catalogueMatchesSources() {
    QTemporaryDir dir;
    const QString fresh = dir.filePath("fresh.ts");
    // -I: lupdate must read the headers to name a Q_OBJECT class's context
    // as tr() does at run time ("cc::LoginPage").
    QStringList args{"-locations", "none", "-extensions", "cpp,h", "-I", CITIZENCARD_SOURCE_DIR};
    args << QString(CITIZENCARD_TRANSLATED_DIRS).split(',') << "-ts" << fresh;
    QProcess lupdate;
    lupdate.start(CITIZENCARD_LUPDATE, args);
    QVERIFY(lupdate.waitForFinished(60000));
    QCOMPARE(lupdate.exitCode(), 0);

    QSet<QString> inSources;
    for (const Message &m : readTs(fresh))
        inSources << m.context + u'\x1f' + m.source;
    QSet<QString> inCatalogue;
    for (const Message &m : readTs(CITIZENCARD_TS_DIR "/citizencard_zh_TW.ts"))
        inCatalogue << m.context + u'\x1f' + m.source;

    const QSet<QString> missing = inSources - inCatalogue;
    QVERIFY2(missing.isEmpty(),
             qPrintable("strings not in the zh_TW catalogue (run the update_translations "
                        "target, then translate): " +
                        QStringList(missing.values()).join(" | ").replace(u'\x1f', "::")));
    QVERIFY(!inSources.isEmpty());
}

void TestTranslations::zhTwComplete() {
    const QList<Message> messages = readTs(CITIZENCARD_TS_DIR "/citizencard_zh_TW.ts");
    QVERIFY(messages.size() > 50);
    for (const Message &m : messages) {
        const QString where = m.context + "::" + m.source;
        QVERIFY2(!m.unfinished && !m.translation.isEmpty(), qPrintable("untranslated: " + where));
        QVERIFY2(placeholders(m.source) == placeholders(m.translation),
                 qPrintable("placeholders differ: " + where));
    }
}

void TestTranslations::loadsAtRunTime() {
    int argc = 1;
    char name[] = "tst_translations";
    char *argv[] = {name, nullptr};
    QCoreApplication app(argc, argv);
    QCOMPARE(cc::CardTypes::displayName(cc::CardType::Senior), QString("Senior card"));
    QVERIFY(cc::installTranslations(app, QLocale(QLocale::Chinese, QLocale::Taiwan)));
    QCOMPARE(cc::CardTypes::displayName(cc::CardType::Senior), QStringLiteral(u"敬老卡"));
    QCOMPARE(cc::CardTypes::displayName(cc::CardType::Companion), QStringLiteral(u"愛心陪伴卡"));
    // A Q_OBJECT class translates under its namespaced class name.
    QCOMPARE(QCoreApplication::translate("cc::LoginPage", "&Log in"), QStringLiteral(u"登入(&L)"));
    // Switching to English drops the catalogue: the English sources show.
    cc::installTranslations(app, QLocale(QLocale::English));
    QCOMPARE(cc::CardTypes::displayName(cc::CardType::Senior), QString("Senior card"));
}

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
