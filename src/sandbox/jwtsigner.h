#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace posbridge::sandbox {

/**
 * @brief Signs and verifies RS256 JSON Web Tokens with an RSA-2048 key made at start-up.
 *
 * The public half is published as a JSON Web Key Set, as GET /.well-known/jwks serves it.
 */
class JwtSigner
{
public:
    JwtSigner();
    ~JwtSigner();
    JwtSigner(const JwtSigner &) = delete;
    JwtSigner &operator=(const JwtSigner &) = delete;

    /** @brief False when OpenSSL could not make a key; sign() then returns an empty token. */
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QByteArray sign(const QJsonObject &claims) const;
    /** @brief Returns the claims of a token whose RS256 signature this key made, or nothing. */
    [[nodiscard]] std::optional<QJsonObject> verify(const QByteArray &token) const;
    /** @brief {"keys": [{"kty":"RSA","alg":"RS256","use":"sig","kid":...,"n":...,"e":...}]} */
    [[nodiscard]] QJsonObject jwks() const;
    [[nodiscard]] QByteArray keyId() const { return m_keyId; }

    /** @brief Verifies a token's RS256 signature against one JSON Web Key ("n" and "e"); returns its claims. */
    static std::optional<QJsonObject> verifyWithJwk(const QByteArray &token, const QJsonObject &jwk);
    /** @brief Decodes the claims of a token without checking its signature. */
    static std::optional<QJsonObject> decodeClaims(const QByteArray &token);

private:
    struct KeyDeleter
    {
        void operator()(void *key) const;
    };
    std::unique_ptr<void, KeyDeleter> m_key; // EVP_PKEY, kept opaque so callers need no OpenSSL headers
    QByteArray m_keyId;
    QByteArray m_modulus;  // big-endian bytes of n
    QByteArray m_exponent; // big-endian bytes of e
};

} // namespace posbridge::sandbox
