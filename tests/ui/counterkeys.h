#pragma once

#include "tests/ui/counterwindowworld.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QTest>
#include <QVariant>

#include <functional>

class QTimer;
class QWidget;

namespace cc {
class CounterPage;
}

namespace cc::test {

// What is done to a modal dialog when it shows.
using Step = std::function<void(QWidget *modal)>;
// A key on whatever has the focus in the dialog.
Step press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
// Text typed into the focused field, then Enter.
Step typeAndEnter(const QString &text);

// The counter window driven by keys only, as the clerk does: the dialogs a
// key opens answered by keys, the photo chosen by its path, F9 until the end.
struct CounterKeys : CounterWindowWorld {
    static const QString kPhoto; // a portrait from tests/data/photos

    CounterPage *counter();
    void resetKeys(); // init
    void stopKeys();  // cleanup: dialogs a failed test left are no business of the next one
    // Answers the modal dialogs to come, in order, each once with its step;
    // `answered` counts those answered.
    void answerDialogs(QList<Step> steps);
    // Waits for `count` dialogs answered (a button's Alt+letter clicks it a
    // moment later), then gives the keys back to the window.
    void answered(int count);
    void reactivate();
    void waitIdle();
    // F4, the photo's path typed into the file dialog, Enter.
    void choosePhotoByKeys(const QString &path);
    // F9 for what is on screen, until it ends; the outcome's card number.
    QString produce();
    // The applicant looked up, the photo, F9: the card made; its number.
    QString issue(const QString &id, const QString &name);
    void logInAs(const QString &user) { QCOMPARE(logIn(user), QString()); }
    void lookUpAs(const QString &id, const QString &name) { QCOMPARE(lookUp(id, name), QString()); }

    QVariant value(const char *sql, const QVariantList &args = {});
    // The newest audit entry of `action`: "operator object outcome detail".
    QString lastAudit(const char *action);

    int m_answered = 0;
    QList<QPointer<QTimer>> m_pollers;
};

} // namespace cc::test
