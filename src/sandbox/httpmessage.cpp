#include "sandbox/httpmessage.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace posbridge::sandbox {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

bool HttpRequest::isJsonBody() const
{
    return header("Content-Type").toLower().startsWith("application/json");
}

QHash<QString, QString> HttpRequest::formFields() const
{
    QHash<QString, QString> fields;
    if (isJsonBody()) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        for (auto it = object.begin(); it != object.end(); ++it)
            fields.insert(it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
        return fields;
    }
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        fields.insert(QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value));
    }
    return fields;
}

void HttpReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpReply HttpReply::json(const QJsonDocument &document, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.body = document.toJson(QJsonDocument::Compact);
    reply.setHeader("Content-Type", "application/json");
    return reply;
}

HttpReply HttpReply::json(const QJsonObject &object, int status)
{
    return json(QJsonDocument(object), status);
}

HttpReply HttpReply::html(const QString &page, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.body = page.toUtf8();
    reply.setHeader("Content-Type", "text/html; charset=utf-8");
    reply.setHeader("Cache-Control", "no-store");
    return reply;
}

HttpReply HttpReply::text(const QString &text, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.body = text.toUtf8();
    reply.setHeader("Content-Type", "text/plain; charset=utf-8");
    return reply;
}

HttpReply HttpReply::redirect(const QString &location)
{
    HttpReply reply;
    reply.status = 302;
    reply.setHeader("Location", location.toUtf8());
    reply.setHeader("Cache-Control", "no-store");
    return reply;
}

HttpReply HttpReply::apiError(int status, const QString &message)
{
    QString errorClass = u"Exception"_s;
    switch (status) {
    case 400:
        errorClass = u"BadRequestException"_s;
        break;
    case 401:
        errorClass = u"UnauthorizedException"_s;
        break;
    case 403:
        errorClass = u"ForbiddenException"_s;
        break;
    case 404:
        errorClass = u"NotFoundException"_s;
        break;
    case 405:
        errorClass = u"MethodNotAllowedException"_s;
        break;
    case 409:
        errorClass = u"ConflictException"_s;
        break;
    case 422:
        errorClass = u"UnprocessableEntityException"_s;
        break;
    case 429:
        errorClass = u"RateLimitException"_s;
        break;
    default:
        break;
    }
    const QJsonObject object{
        {u"httpCode"_s, QString::number(status)},
        {u"httpMessage"_s, QString::fromLatin1(reasonPhrase(status))},
        {u"message"_s, message},
        {u"errorClass"_s, errorClass},
    };
    return json(object, status);
}

HttpReply HttpReply::oauthError(int status, const QString &code, const QString &description)
{
    HttpReply reply = json(QJsonObject{{u"error"_s, code}, {u"error_description"_s, description}}, status);
    reply.setHeader("Cache-Control", "no-store");
    return reply;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

QByteArray serializeReply(const HttpReply &reply, bool closeConnection)
{
    QByteArray out;
    out.reserve(reply.body.size() + 512);
    out += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += closeConnection ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    out += reply.body;
    return out;
}

} // namespace posbridge::sandbox
