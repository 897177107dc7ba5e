#pragma once

#include <QHashFunctions>
#include <QString>

namespace posbridge {

/**
 * @brief One Lightspeed connection: an (account, client ID) pair.
 *
 * Lightspeed's rate bucket belongs to the connection, and refreshes on one connection
 * are serialized, so every company on the same pair shares one RateLimiter and one
 * RefreshGate.
 */
struct ConnectionKey
{
    QString accountId;
    QString clientId;

    /** @brief "account 123, client abcd…" with the client ID shortened, for log lines. */
    [[nodiscard]] QString toLogString() const;

    bool operator==(const ConnectionKey &) const = default;
};

inline size_t qHash(const ConnectionKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.accountId, key.clientId);
}

} // namespace posbridge
