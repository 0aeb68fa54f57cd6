#include "app/cli/cli.h"
#include "core/ports/clock.h"
#include "translations/translations.h"

#include <QDir>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char *argv[]) {
    // Everything this program writes may hold personal data (the store and its
    // -wal/-shm, card faces, receipts): owner-only, whatever the shell's umask.
    ::umask(077);
    // Painting card faces needs a GUI application (fonts); it never shows a
    // window, so it runs on the offscreen platform unless told otherwise.
    QStringList words;
    for (int i = 1; i < std::min(argc, 3); ++i)
        words << QString::fromLocal8Bit(argv[i]);
    const bool gui = cc::cli::needsGui(words);
    if (gui && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a login session (cron, sudo, CI) Qt warns on every run that it
    // falls back to a private runtime directory; name that directory itself.
    if (gui && !qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        const QByteArray dir =
            QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
        if (::mkdir(dir.constData(), 0700) == 0 || errno == EEXIST)
            qputenv("XDG_RUNTIME_DIR", dir);
    }
    std::unique_ptr<QCoreApplication> application =
        gui ? std::make_unique<QGuiApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
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
