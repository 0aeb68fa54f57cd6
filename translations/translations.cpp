#include "translations/translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace cc {

bool installTranslations(QCoreApplication &app, const QLocale &locale) {
    // A second call switches the language: the previous catalogue goes.
    const QString name = QStringLiteral("citizencard-translator");
    for (QTranslator *old : app.findChildren<QTranslator *>(name, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
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
