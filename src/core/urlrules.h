#pragma once

#include <QString>
#include <QUrl>

namespace posbridge {

/** @brief True for "localhost", 127.0.0.0/8 and ::1, the hosts where plain http is acceptable. */
bool isLoopbackHost(const QString &host);

/**
 * @brief Checks that text is an absolute https URL, or http on a loopback host.
 *
 * Returns an empty string when the URL is acceptable, otherwise a translated reason.
 */
QString checkSecureUrl(const QString &text);

} // namespace posbridge
