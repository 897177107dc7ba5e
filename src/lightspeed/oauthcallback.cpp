#include "lightspeed/oauthcallback.h"

#include "lightspeed/formencoding.h"

#include <QCoreApplication>

namespace posbridge {

namespace {

// Translation context of this file's messages, declared so that lupdate finds it.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(OAuthCallback)
};

QString normalizedPath(const QUrl &url)
{
    QString path = url.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

// Server descriptions may or may not end with a period; the messages add their own.
QString withoutFinalPeriod(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

struct CallbackParameters
{
    QStringList codes;
    QStringList states;
    QStringList errors;
    QString errorDescription;
};

CallbackParameters readParameters(const QUrl &url)
{
    CallbackParameters parameters;
    const FormFields fields = decodeForm(url.query(QUrl::FullyEncoded).toLatin1());
    for (const auto &[name, value] : fields) {
        if (name == QLatin1String("code"))
            parameters.codes.append(value);
        else if (name == QLatin1String("state"))
            parameters.states.append(value);
        else if (name == QLatin1String("error"))
            parameters.errors.append(value);
        else if (name == QLatin1String("error_description"))
            parameters.errorDescription = value;
    }
    return parameters;
}

} // namespace

bool OAuthCallback::matchesRedirectUri(const QUrl &url, const QUrl &redirectUri)
{
    if (!url.isValid() || !redirectUri.isValid() || redirectUri.host().isEmpty())
        return false;

    const QString scheme = url.scheme().toLower();
    if (scheme != redirectUri.scheme().toLower())
        return false;

    const int defaultPort = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    return url.host().compare(redirectUri.host(), Qt::CaseInsensitive) == 0 &&
           url.port(defaultPort) == redirectUri.port(defaultPort) && normalizedPath(url) == normalizedPath(redirectUri);
}

OAuthCallback OAuthCallback::parse(const QUrl &navigated, const QUrl &redirectUri, const QString &expectedState)
{
    OAuthCallback result;
    if (!matchesRedirectUri(navigated, redirectUri))
        return result;

    const CallbackParameters parameters = readParameters(navigated);
    result.m_kind = Kind::Rejected;
    if (parameters.codes.size() > 1 || parameters.states.size() > 1 || parameters.errors.size() > 1) {
        result.m_rejection = Rejection::DuplicateParameter;
        return result;
    }

    const bool stateMatches =
        parameters.states.size() == 1 && !expectedState.isEmpty() && parameters.states.constFirst() == expectedState;
    if (parameters.errors.size() == 1) {
        if (!parameters.states.isEmpty() && !stateMatches) {
            result.m_rejection = Rejection::StateMismatch;
            return result;
        }
        result.m_kind = Kind::Error;
        result.m_error = parameters.errors.constFirst();
        result.m_errorDescription = parameters.errorDescription;
        return result;
    }

    if (!stateMatches) {
        result.m_rejection = Rejection::StateMismatch;
        return result;
    }
    if (parameters.codes.isEmpty() || parameters.codes.constFirst().isEmpty()) {
        result.m_rejection = Rejection::MissingCode;
        return result;
    }

    result.m_kind = Kind::Code;
    result.m_code = parameters.codes.constFirst();
    return result;
}

QString OAuthCallback::message() const
{
    switch (m_kind) {
    case Kind::NotCallback:
    case Kind::Code:
        return {};
    case Kind::Error:
        if (m_error == QLatin1String("access_denied"))
            return Messages::tr("The authorization was declined in Lightspeed. Fetch Token again and choose "
                                "\"Authorize Application\" to connect.");
        if (m_error == QLatin1String("invalid_scope"))
            return Messages::tr("Lightspeed rejected the requested scopes: %1. Check the scopes under Advanced.")
                .arg(withoutFinalPeriod(m_errorDescription.isEmpty() ? m_error : m_errorDescription));
        if (!m_errorDescription.isEmpty())
            return Messages::tr("Lightspeed reported an authorization error (%1): %2. Fetch Token to try again.")
                .arg(m_error, withoutFinalPeriod(m_errorDescription));
        return Messages::tr("Lightspeed reported the authorization error %1. Fetch Token to try again.").arg(m_error);
    case Kind::Rejected:
        break;
    }

    switch (m_rejection) {
    case Rejection::StateMismatch:
        return Messages::tr(
            "The authorization response did not carry the state this app sent, so it may be forged and was "
            "ignored. Fetch Token again.");
    case Rejection::MissingCode:
        return Messages::tr("The authorization response carried no authorization code. Fetch Token again.");
    case Rejection::DuplicateParameter:
        return Messages::tr("The authorization response repeated a parameter, so it was ignored. Fetch Token again.");
    case Rejection::None:
        break;
    }
    return {};
}

} // namespace posbridge
