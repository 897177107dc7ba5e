#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace posbridge {

/** @brief Ordered name/value pairs of a query string or a form body; names may repeat. */
using FormFields = QList<QPair<QString, QString>>;

/**
 * @brief Encodes fields as application/x-www-form-urlencoded text.
 *
 * Everything except the unreserved characters of RFC 3986 is percent-encoded, spaces as
 * "%20", so a "+" or "=" inside a value can never be read as a separator.
 */
QByteArray encodeForm(const FormFields &fields);

/** @brief Decodes form-encoded text, reading "+" as a space; a name without "=" has an empty value. */
FormFields decodeForm(const QByteArray &encoded);

} // namespace posbridge
