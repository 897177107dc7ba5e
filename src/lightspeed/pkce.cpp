#include "lightspeed/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace posbridge {

namespace {

// RFC 7636 section 4.1: ALPHA / DIGIT / "-" / "." / "_" / "~".
constexpr char UNRESERVED[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr int UNRESERVED_COUNT = sizeof(UNRESERVED) - 1;

} // namespace

Pkce Pkce::generate(int length)
{
    length = qBound(MIN_VERIFIER_LENGTH, length, MAX_VERIFIER_LENGTH);
    QRandomGenerator *random = QRandomGenerator::system();
    QString verifier;
    verifier.reserve(length);
    for (int i = 0; i < length; ++i)
        verifier.append(QLatin1Char(UNRESERVED[random->bounded(UNRESERVED_COUNT)]));
    return fromVerifier(verifier);
}

Pkce Pkce::fromVerifier(const QString &verifier)
{
    Pkce pkce;
    pkce.m_verifier = verifier;
    pkce.m_challenge = challengeFor(verifier);
    return pkce;
}

QString Pkce::challengeFor(const QString &verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace posbridge
