#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace cc {

class MainWindow;

// A scripted walk-in at the counter, for a newcomer without a display: the
// clerk logs in, looks an applicant up, takes the photo, produces the card
// and prints the receipt, through the window's own fields and buttons. A
// screenshot of each stage is saved in the folder; the program then quits
// (0), or names the stage that did not come (3).
class WalkThrough : public QObject {
    Q_OBJECT

public:
    struct Script {
        QString folder; // where the screenshots go
        QString user;   // the clerk; the password comes from CITIZENCARD_PASSWORD
        QString password;
        QString nationalId; // the applicant
        QString photo;      // a photo file
    };

    WalkThrough(MainWindow &window, Script script, QObject *parent = nullptr);
    void start();

private:
    struct Stage {
        const char *shot;            // the screenshot saved once ready
        std::function<bool()> ready; // polled until true
        std::function<void()> act;   // then done
    };
    void step();
    bool shoot(const char *name);
    void fail(const QString &what);

    MainWindow &m_window;
    Script m_script;
    QList<Stage> m_stages;
    int m_at = 0;
    QTimer m_poll;
    QElapsedTimer m_waited;
};

} // namespace cc
