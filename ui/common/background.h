#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace cc {

// Runs `work` on the thread pool, never on the GUI thread, and hands its
// result to `done` on `context`'s thread, unless `context` is gone by then
// (the watcher is its child and goes with it). `work` must not refer to
// `context`'s members: copy what it needs. The store gives every thread its
// own connection, so `work` may use it.
template<typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done) {
    using R = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         done(watcher->future().result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace cc
