#pragma once

#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace cc {

// Runs `work` on the thread pool, never on the GUI thread, and hands its
// result to `done` on `context`'s thread, unless `context` is gone by then.
// The store gives every thread its own connection, so `work` may use it.
template<typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done) {
    using R = std::invoke_result_t<Work>;
    QPointer<QObject> guard(context);
    QtConcurrent::run(std::move(work))
        .then(context, [guard, done = std::move(done)](QFuture<R> future) {
            if (guard)
                done(future.result());
        });
}

} // namespace cc
