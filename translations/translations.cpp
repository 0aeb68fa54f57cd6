#include "translations/translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace cc {

bool installTranslations(QCoreApplication &app, const QLocale &locale) {
    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, QStringLiteral("citizencard"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace cc
