#pragma once

#include <QString>
#include <QStringList>

namespace posbridge::sandbox::pages {

/** @brief The login form of the authorize flow: account e-mail and password. */
QString login(const QString &requestId, const QString &clientId, const QString &email, const QString &error);
/** @brief The consent form listing the requested scopes, with "Authorize Application" and "Deny". */
QString consent(const QString &requestId, const QString &clientId, const QString &accountName,
                const QStringList &scopes);
/** @brief A page for requests the sandbox cannot redirect back, such as an unknown client. */
QString error(const QString &title, const QString &message);
/** @brief The start page: what the sandbox is and where its endpoints are. */
QString index(const QString &baseUrl, const QString &accountId, const QString &clientId, const QString &redirectUri,
              const QString &loginEmail, const QString &loginPassword);

} // namespace posbridge::sandbox::pages
