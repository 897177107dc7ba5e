#include "lightspeed/formencoding.h"

#include <QUrl>

namespace posbridge {

QByteArray encodeForm(const FormFields &fields)
{
    QByteArray encoded;
    for (const auto &[name, value] : fields) {
        if (!encoded.isEmpty())
            encoded.append('&');
        encoded.append(QUrl::toPercentEncoding(name));
        encoded.append('=');
        encoded.append(QUrl::toPercentEncoding(value));
    }
    return encoded;
}

FormFields decodeForm(const QByteArray &encoded)
{
    FormFields fields;
    const QList<QByteArray> parts = encoded.split('&');
    for (QByteArray part : parts) {
        if (part.isEmpty())
            continue;
        part.replace('+', ' ');
        const qsizetype equals = part.indexOf('=');
        const QByteArray name = equals < 0 ? part : part.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : part.mid(equals + 1);
        fields.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return fields;
}

} // namespace posbridge
