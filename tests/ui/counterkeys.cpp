#include "tests/support/counterworld.h"
#include "tests/ui/counterkeys.h"

#include "ui/counter/counterpage.h"
#include "ui/counter/photocropper.h"

#include <QApplication>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <memory>

namespace cc::test {

Step press(Qt::Key key, Qt::KeyboardModifiers modifiers) {
    return [key, modifiers](QWidget *modal) {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus && modal->isAncestorOf(focus) ? focus : modal, key, modifiers);
    };
}

Step typeAndEnter(const QString &text) {
    return [text](QWidget *modal) {
        QWidget *focus = QApplication::focusWidget();
        QWidget *target = focus && modal->isAncestorOf(focus) ? focus : modal;
        QTest::keyClicks(target, text);
        QTest::keyClick(target, Qt::Key_Return);
    };
}

const QString CounterKeys::kPhoto = CITIZENCARD_TEST_DATA_DIR "/photos/applicant-portrait.png";

CounterPage *CounterKeys::counter() {
    return m_window->page<CounterPage>();
}

void CounterKeys::resetKeys() {
    m_answered = 0;
}

void CounterKeys::stopKeys() {
    qDeleteAll(m_pollers);
    m_pollers.clear();
}

QVariant CounterKeys::value(const char *sql, const QVariantList &args) {
    return storeValue(m_fixture->store(), sql, args);
}

QString CounterKeys::lastAudit(const char *action) {
    return value("SELECT operator || ' ' || object || ' ' || outcome || ' ' || detail FROM "
                 "audit_entries WHERE action = ? ORDER BY seq DESC LIMIT 1",
                 {QString::fromLatin1(action)})
        .toString();
}

void CounterKeys::answerDialogs(QList<Step> steps) {
    m_answered = 0;
    auto *poll = new QTimer;
    m_pollers << poll;
    poll->setInterval(50);
    auto last = std::make_shared<QPointer<QWidget>>();
    auto remaining = std::make_shared<QList<Step>>(std::move(steps));
    QObject::connect(poll, &QTimer::timeout, poll, [this, poll, last, remaining] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || modal == last->data() || remaining->isEmpty())
            return;
        // Keys typed before the dialog has given its field the focus go nowhere.
        QWidget *focus = QApplication::focusWidget();
        if (!focus || (focus != modal && !modal->isAncestorOf(focus)))
            return;
        *last = modal;
        ++m_answered;
        const Step step = remaining->takeFirst();
        if (remaining->isEmpty()) {
            poll->stop();
            poll->deleteLater();
        }
        step(modal);
    });
    poll->start();
}

void CounterKeys::reactivate() {
    // Under Xvfb no window manager gives the window back after a dialog.
    QTRY_VERIFY(!QApplication::activeModalWidget());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void CounterKeys::answered(int count) {
    QTRY_COMPARE(m_answered, count);
    reactivate();
}

void CounterKeys::waitIdle() {
    QTRY_VERIFY_WITH_TIMEOUT(!counter()->isBusy(), 30000);
}

void CounterKeys::choosePhotoByKeys(const QString &path) {
    answerDialogs({typeAndEnter(path)});
    QTest::keyClick(counter(), Qt::Key_F4);
    answered(1);
    QTRY_VERIFY(counter()->photo()->hasImage());
}

QString CounterKeys::produce() {
    const std::optional<IssuanceOutcome> before = counter()->lastOutcome();
    QTest::keyClick(counter(), Qt::Key_F9);
    [&] {
        QTRY_VERIFY2_WITH_TIMEOUT(
            counter()->lastOutcome() &&
                (!before || before->cardNumber != counter()->lastOutcome()->cardNumber),
            qPrintable(counter()->notice()), 30000);
    }();
    waitIdle();
    if (!counter()->lastOutcome() || counter()->lastOutcome()->end != IssuanceStep::Issued) {
        qWarning("not issued: %s", qPrintable(counter()->notice()));
        return {};
    }
    return counter()->lastOutcome()->cardNumber;
}

QString CounterKeys::issue(const QString &id, const QString &name) {
    lookUp(id, name);
    choosePhotoByKeys(kPhoto);
    const QString number = produce();
    [&] { QTRY_COMPARE(counter()->findChild<QTableWidget *>("cards")->rowCount(), 1); }();
    return number;
}

} // namespace cc::test
