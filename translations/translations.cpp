#include "translations/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace cc {

bool installTranslations(QCoreApplication &app, const QLocale &locale) {
    QLocale::setDefault(locale); // dates and numbers in words follow the language
    // A second call switches the language: the previous catalogue goes.
    const QString name = QStringLiteral("citizencard-translator");
    for (QTranslator *old : app.findChildren<QTranslator *>(name, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    // Qt's own strings (OK, Cancel, Yes, No in dialogs), where the system has them.
    auto *qtbase = new QTranslator(&app);
    qtbase->setObjectName(name);
    if (qtbase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtbase);
    else
        delete qtbase;
    auto *translator = new QTranslator(&app);
    translator->setObjectName(name);
    if (!translator->load(locale, QStringLiteral("citizencard"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace cc
