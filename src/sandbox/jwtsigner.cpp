#include "sandbox/jwtsigner.h"

#include "sandbox/logging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

using namespace Qt::StringLiterals;

namespace posbridge::sandbox {

namespace {

constexpr auto BASE64URL = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

EVP_PKEY *asKey(void *key)
{
    return static_cast<EVP_PKEY *>(key);
}

QByteArray bignumBytes(const EVP_PKEY *key, const char *name)
{
    BIGNUM *number = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &number) != 1)
        return {};
    QByteArray bytes(BN_num_bytes(number), Qt::Uninitialized);
    BN_bn2bin(number, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(number);
    return bytes;
}

bool verifySignature(EVP_PKEY *key, const QByteArray &signingInput, const QByteArray &signature)
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    bool ok = EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, key) == 1;
    ok = ok && EVP_DigestVerify(context, reinterpret_cast<const unsigned char *>(signature.constData()),
                                static_cast<size_t>(signature.size()),
                                reinterpret_cast<const unsigned char *>(signingInput.constData()),
                                static_cast<size_t>(signingInput.size())) == 1;
    EVP_MD_CTX_free(context);
    return ok;
}

struct TokenParts
{
    QByteArray signingInput;
    QByteArray signature;
    QJsonObject header;
    QJsonObject claims;
};

std::optional<TokenParts> splitToken(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    TokenParts result;
    result.signingInput = parts[0] + '.' + parts[1];
    result.signature = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
    const QJsonDocument header =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding));
    const QJsonDocument claims =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding));
    if (!header.isObject() || !claims.isObject() || header[u"alg"_s].toString() != u"RS256")
        return std::nullopt;
    result.header = header.object();
    result.claims = claims.object();
    return result;
}

} // namespace

void JwtSigner::KeyDeleter::operator()(void *key) const
{
    EVP_PKEY_free(asKey(key));
}

JwtSigner::JwtSigner()
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048});
    if (!key) {
        qCCritical(lcSandbox) << "Could not generate the RSA key that signs access tokens";
        return;
    }
    m_key.reset(key);
    m_modulus = bignumBytes(key, OSSL_PKEY_PARAM_RSA_N);
    m_exponent = bignumBytes(key, OSSL_PKEY_PARAM_RSA_E);
    m_keyId = QCryptographicHash::hash(m_modulus, QCryptographicHash::Sha256).left(12).toBase64(BASE64URL);
}

JwtSigner::~JwtSigner() = default;

bool JwtSigner::isValid() const
{
    return m_key != nullptr;
}

QByteArray JwtSigner::sign(const QJsonObject &claims) const
{
    if (!m_key)
        return {};
    const QJsonObject header{{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, QString::fromLatin1(m_keyId)}};
    const QByteArray signingInput = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(BASE64URL) + '.' +
                                    QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(BASE64URL);

    EVP_MD_CTX *context = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    const auto *input = reinterpret_cast<const unsigned char *>(signingInput.constData());
    const auto inputSize = static_cast<size_t>(signingInput.size());
    if (EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, asKey(m_key.get())) == 1 &&
        EVP_DigestSign(context, nullptr, &length, input, inputSize) == 1) {
        signature.resize(static_cast<qsizetype>(length));
        if (EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length, input, inputSize) !=
            1)
            signature.clear();
        signature.resize(static_cast<qsizetype>(length));
    }
    EVP_MD_CTX_free(context);
    if (signature.isEmpty())
        return {};
    return signingInput + '.' + signature.toBase64(BASE64URL);
}

std::optional<QJsonObject> JwtSigner::verify(const QByteArray &token) const
{
    const auto parts = splitToken(token);
    if (!parts || !m_key || !verifySignature(asKey(m_key.get()), parts->signingInput, parts->signature))
        return std::nullopt;
    return parts->claims;
}

QJsonObject JwtSigner::jwks() const
{
    const QJsonObject key{
        {u"kty"_s, u"RSA"_s},
        {u"alg"_s, u"RS256"_s},
        {u"use"_s, u"sig"_s},
        {u"kid"_s, QString::fromLatin1(m_keyId)},
        {u"n"_s, QString::fromLatin1(m_modulus.toBase64(BASE64URL))},
        {u"e"_s, QString::fromLatin1(m_exponent.toBase64(BASE64URL))},
    };
    return QJsonObject{{u"keys"_s, QJsonArray{key}}};
}

std::optional<QJsonObject> JwtSigner::verifyWithJwk(const QByteArray &token, const QJsonObject &jwk)
{
    const auto parts = splitToken(token);
    if (!parts)
        return std::nullopt;
    const QByteArray n = QByteArray::fromBase64(jwk[u"n"_s].toString().toLatin1(), QByteArray::Base64UrlEncoding);
    const QByteArray e = QByteArray::fromBase64(jwk[u"e"_s].toString().toLatin1(), QByteArray::Base64UrlEncoding);
    BIGNUM *modulus =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), static_cast<int>(n.size()), nullptr);
    BIGNUM *exponent =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), static_cast<int>(e.size()), nullptr);
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, modulus);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, exponent);
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *key = nullptr;
    const bool built =
        EVP_PKEY_fromdata_init(context) == 1 && EVP_PKEY_fromdata(context, &key, EVP_PKEY_PUBLIC_KEY, params) == 1;
    const bool ok = built && verifySignature(key, parts->signingInput, parts->signature);
    EVP_PKEY_free(key);
    EVP_PKEY_CTX_free(context);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    BN_free(modulus);
    BN_free(exponent);
    return ok ? std::optional(parts->claims) : std::nullopt;
}

std::optional<QJsonObject> JwtSigner::decodeClaims(const QByteArray &token)
{
    const auto parts = splitToken(token);
    return parts ? std::optional(parts->claims) : std::nullopt;
}

} // namespace posbridge::sandbox
