#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace posbridge::sandbox {

/** @brief One HTTP request as the handlers see it: decoded path, query, headers and body. */
struct HttpRequest
{
    QByteArray method; ///< upper case: GET, POST, PUT, DELETE, ...
    QString path;      ///< decoded path without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /** @brief Value of a header, matched case-insensitively; empty when absent. */
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    /** @brief Query value of a key, fully decoded ("+" in a form-encoded value stays "+"). */
    [[nodiscard]] QString queryValue(const QString &key) const;
    /** @brief Decoded fields of an application/x-www-form-urlencoded body, or of a flat JSON object body. */
    [[nodiscard]] QHash<QString, QString> formFields() const;
    [[nodiscard]] bool isJsonBody() const;
};

/** @brief What a handler answers: status, headers and body, plus what the server does with the connection. */
struct HttpReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool dropConnection = false; ///< close the socket without sending anything

    void setHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] QByteArray header(const QByteArray &name) const;

    static HttpReply json(const QJsonDocument &document, int status = 200);
    static HttpReply json(const QJsonObject &object, int status = 200);
    static HttpReply html(const QString &page, int status = 200);
    static HttpReply text(const QString &text, int status);
    static HttpReply redirect(const QString &location);
    /**
     * @brief An API error in the shape the R-Series API uses:
     * {"httpCode":"404","httpMessage":"Not Found","message":"...","errorClass":"..."}.
     */
    static HttpReply apiError(int status, const QString &message);
    /** @brief An OAuth error: {"error": code, "error_description": description}. */
    static HttpReply oauthError(int status, const QString &code, const QString &description);
};

/** @brief Standard reason phrase for an HTTP status ("Not Found"). */
QByteArray reasonPhrase(int status);

/** @brief Serializes a reply as an HTTP/1.1 response with Content-Length. */
QByteArray serializeReply(const HttpReply &reply, bool closeConnection);

} // namespace posbridge::sandbox
