#pragma once

#include <QString>

namespace posbridge {

/**
 * @brief A PKCE code verifier and its S256 challenge (RFC 7636).
 *
 * The verifier stays in memory until the code exchange; only the challenge goes into the
 * authorize URL.
 */
class Pkce
{
public:
    static constexpr int MIN_VERIFIER_LENGTH = 43;
    static constexpr int MAX_VERIFIER_LENGTH = 128;
    static constexpr int DEFAULT_VERIFIER_LENGTH = 64;

    /**
     * @brief Generates a verifier of the given length from the system's CSPRNG.
     *
     * The length is clamped to 43–128 characters, the range RFC 7636 allows. Every
     * character is one of the 66 unreserved URL characters.
     */
    static Pkce generate(int length = DEFAULT_VERIFIER_LENGTH);

    /** @brief Builds the pair for a known verifier, for tests against published vectors. */
    static Pkce fromVerifier(const QString &verifier);

    /** @brief Returns BASE64URL(SHA-256(verifier)) without padding. */
    static QString challengeFor(const QString &verifier);

    [[nodiscard]] const QString &verifier() const { return m_verifier; }
    [[nodiscard]] const QString &challenge() const { return m_challenge; }
    /** @brief Always "S256": the plain method would expose the verifier in the authorize URL. */
    [[nodiscard]] static QString method() { return QStringLiteral("S256"); }

private:
    Pkce() = default;

    QString m_verifier;
    QString m_challenge;
};

} // namespace posbridge
