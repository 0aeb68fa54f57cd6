// The comparison for bench_coldstart: the least a Qt Widgets program does to
// open one window. Like citizencard --quit-when-shown, it writes "shown" to
// stdout once the window's first frame is painted, then quits.
#include <QApplication>
#include <QLabel>

#include <cstdio>

namespace {

class Window final : public QLabel {
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent *event) override {
        QLabel::paintEvent(event);
        if (m_painted)
            return;
        m_painted = true;
        // Queued: runs once this frame is painted and flushed.
        QMetaObject::invokeMethod(
            qApp,
            [] {
                std::fputs("shown\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            },
            Qt::QueuedConnection);
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    Window window(QStringLiteral("minimal"));
    window.resize(1366, 768);
    window.show();
    return app.exec();
}
