#pragma once

#include <QString>
#include <QUrl>

namespace posbridge {

/**
 * @brief What a navigation in the Fetch Token browser means for the authorization.
 *
 * A navigation is a callback when its scheme, host, port and path equal those of the
 * Redirect URI. Hosts and schemes compare case-insensitively, a missing port equals the
 * scheme's default port, and a single trailing "/" on either path is ignored, so
 * "https://shop.example/cb" and "https://shop.example:443/cb/" match. A path that only
 * starts with the Redirect URI's path ("/cb/next", "/cbx") does not match. Parameters are
 * read from the query only, never from the fragment, and extra parameters (such as one
 * that the Redirect URI itself carries) are ignored.
 */
class OAuthCallback
{
public:
    enum class Kind
    {
        NotCallback, ///< any other page: let the browser load it
        Code,        ///< the admin authorized the app: exchange code() now
        Error,       ///< Lightspeed reported error(), such as access_denied or invalid_scope
        Rejected,    ///< a navigation to the Redirect URI that must not be trusted
    };

    enum class Rejection
    {
        None,
        StateMismatch,      ///< state absent or different from the one sent: possible forgery
        MissingCode,        ///< neither code nor error
        DuplicateParameter, ///< code, state or error given more than once
    };

    /**
     * @brief Classifies a navigation.
     *
     * A Code result requires exactly one code and a state equal to expectedState. An Error
     * result is accepted without a state, because it grants nothing, but is rejected when a
     * state is present and differs.
     */
    static OAuthCallback parse(const QUrl &navigated, const QUrl &redirectUri, const QString &expectedState);

    /** @brief True when url points at the Redirect URI (scheme, host, port and path as described above). */
    static bool matchesRedirectUri(const QUrl &url, const QUrl &redirectUri);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] Rejection rejection() const { return m_rejection; }
    [[nodiscard]] const QString &code() const { return m_code; }
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] const QString &errorDescription() const { return m_errorDescription; }

    /** @brief A translated sentence for the admin; empty for NotCallback and Code. */
    [[nodiscard]] QString message() const;

private:
    Kind m_kind = Kind::NotCallback;
    Rejection m_rejection = Rejection::None;
    QString m_code;
    QString m_error;
    QString m_errorDescription;
};

} // namespace posbridge
