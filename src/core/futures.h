#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace posbridge {

/**
 * @brief Calls callback(result) on context's thread once future finishes, unless context is gone by then.
 *
 * Used in place of QFuture::then(context, …), which in Qt 6.4 asserts when the context object
 * is destroyed before the future finishes. The watcher is a child of context, so destroying
 * context drops the callback.
 */
template<typename T, typename Callback>
void whenFinished(QFuture<T> future, QObject *context, Callback &&callback)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, callback = std::forward<Callback>(callback)]() mutable {
                         watcher->deleteLater();
                         if constexpr (std::is_void_v<T>)
                             callback();
                         else
                             callback(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace posbridge
