#include "app/gui/walkthrough.h"

#include "core/domain/issuancestep.h"
#include "ui/common/mainwindow.h"
#include "ui/counter/counterpage.h"
#include "ui/counter/identry.h"
#include "ui/counter/photocropper.h"
#include "ui/login/loginpage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <cstdio>

namespace cc {
namespace {

constexpr int kStageTimeoutMs = 60000;

template<typename T> T *named(QWidget *in, const char *name) {
    return in ? in->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

} // namespace

WalkThrough::WalkThrough(MainWindow &window, Script script, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_script(std::move(script)) {
    const auto counter = [this] { return m_window.page<CounterPage>(); };
    const auto idle = [this, counter] {
        return !m_window.isLocked() && counter() && !counter()->isBusy();
    };
    m_stages = {
        {"01-login",
         [this] { return named<QLineEdit>(m_window.loginPage(), "password") != nullptr; },
         [this] {
             LoginPage *login = m_window.loginPage();
             named<QLineEdit>(login, "user")->setText(m_script.user);
             named<QLineEdit>(login, "password")->setText(m_script.password);
             named<QPushButton>(login, "login")->click();
         }},
        {"02-counter", idle,
         [counter, this] {
             QLineEdit *id = counter()->idEntry()->field();
             id->setText(m_script.nationalId);
             Q_EMIT id->returnPressed();
         }},
        {"03-looked-up",
         [idle, counter] { return idle() && named<QComboBox>(counter(), "cardType")->count() > 0; },
         [counter, this] { counter()->setPhotoFile(m_script.photo); }},
        {"04-photo", [idle, counter] { return idle() && counter()->photo()->hasImage(); },
         [counter] { named<QPushButton>(counter(), "produce")->click(); }},
        {"05-card-issued",
         [idle, counter] {
             const std::optional<IssuanceOutcome> &done = counter()->lastOutcome();
             return idle() && done && done->end == IssuanceStep::Issued;
         },
         [counter] { named<QPushButton>(counter(), "receipt")->click(); }},
        {"06-receipt-printed",
         [idle, counter] {
             // The receipt printed, not any change of the notice (an error).
             return idle() &&
                    counter()->notice() == QCoreApplication::translate(
                                               "cc::CounterController",
                                               "The receipt is printed: the applicant signs it.");
         },
         [] { QApplication::exit(0); }},
    };
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &WalkThrough::step);
}

void WalkThrough::start() {
    QDir().mkpath(m_script.folder);
    m_waited.start();
    m_poll.start();
}

void WalkThrough::step() {
    if (m_at >= m_stages.size())
        return;
    const Stage &stage = m_stages[m_at];
    if (!stage.ready()) {
        if (m_waited.elapsed() > kStageTimeoutMs)
            fail(QString::fromLatin1(stage.shot));
        return;
    }
    if (!shoot(stage.shot))
        return;
    ++m_at;
    m_waited.restart();
    stage.act();
}

bool WalkThrough::shoot(const char *name) {
    const QString path =
        QDir(m_script.folder).filePath(QString::fromLatin1(name) + QStringLiteral(".png"));
    if (!m_window.grab().save(path)) {
        fail(QStringLiteral("saving ") + path);
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    std::fflush(stdout);
    return true;
}

void WalkThrough::fail(const QString &what) {
    m_poll.stop();
    // The stage only: the counter's notice may name the applicant.
    std::fprintf(stderr, "The walk-through stopped waiting for %s.\n", qPrintable(what));
    QApplication::exit(3);
}

} // namespace cc
