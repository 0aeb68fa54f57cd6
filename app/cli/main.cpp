#include "app/cli/cli.h"
#include "core/clock.h"
#include "translations/translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    // Commands print what the operator needs; the log is for diagnosis and
    // stays quiet unless QT_LOGGING_RULES asks for it.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("citizencard.*.debug=false\n"
                                                        "citizencard.*.info=false"));
    QCoreApplication::setApplicationName(QStringLiteral("citizencard-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CITIZENCARD_VERSION));
    cc::installTranslations(app, QLocale::system());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const cc::SystemClock clock;
    const int code = cc::cli::Cli::run(QCoreApplication::arguments().mid(1), out, err, clock);
    out.flush();
    err.flush();
    return code;
}
