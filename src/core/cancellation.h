#pragma once

#include <QtGlobal>

#include <memory>

namespace posbridge {

/**
 * @brief A thread-safe flag that stops a job, shared by copies of the token.
 *
 * The thread that owns a job keeps one copy and calls cancel(); the job's blocking calls
 * check isCancelled() between steps and wait through waitFor(), which wakes as soon as
 * the token is cancelled. A default-constructed token has its own state, so a call that
 * takes a token by default argument is never cancelled unless its caller passes one.
 */
class CancellationToken
{
public:
    CancellationToken();

    /** @brief Marks the token cancelled and wakes every waitFor() on any copy. */
    void cancel();

    [[nodiscard]] bool isCancelled() const;

    /**
     * @brief Blocks the calling thread for up to ms milliseconds.
     *
     * Returns true when the token is or becomes cancelled, false when the time ran out.
     */
    [[nodiscard]] bool waitFor(qint64 ms) const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace posbridge
