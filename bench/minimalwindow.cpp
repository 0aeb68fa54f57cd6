// The comparison for bench_coldstart: the least a Qt Widgets program does to
// open one window, quitting the same way citizencard --quit-when-shown does.
#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("minimal"));
    window.resize(1366, 768);
    window.show();
    QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
    return app.exec();
}
