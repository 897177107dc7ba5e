#include "sandbox/oauthpages.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace posbridge::sandbox::pages {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString frame(const QString &title, const QString &body)
{
    return uR"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%1 · Lightspeed Retail sandbox</title>
<style>
body { font-family: system-ui, sans-serif; background: #f3f4f6; color: #1f2937; margin: 0; }
main { max-width: 26rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 0.5rem;
       box-shadow: 0 1px 4px rgba(0,0,0,.15); }
h1 { font-size: 1.3rem; margin-top: 0; }
label { display: block; margin: 1rem 0 0.25rem; font-weight: 600; }
input[type=email], input[type=password] { width: 100%; box-sizing: border-box; padding: 0.5rem; font-size: 1rem; }
button { margin-top: 1.25rem; padding: 0.6rem 1rem; font: inherit; border-radius: 0.3rem; border: 1px solid #9ca3af;
         cursor: pointer; }
button.primary { background: #e5322d; color: #fff; border-color: #e5322d; }
.error { color: #b91c1c; font-weight: 600; }
.note { color: #6b7280; font-size: 0.85rem; }
code { word-break: break-all; }
</style>
</head>
<body><main>
%2
<p class="note">Lightspeed Retail (R-Series) sandbox by POS Bridge: a local test server, not the real service.</p>
</main></body>
</html>
)"_s.arg(escaped(title), body);
}

QString describeScope(const QString &scope)
{
    static const QHash<QString, QString> descriptions{
        {u"employee:all"_s, u"Full access to everything the employee can do"_s},
        {u"employee:register_read"_s, u"Read sales and register data"_s},
        {u"employee:register"_s, u"Use the register: read and create sales"_s},
        {u"employee:inventory"_s, u"Read and change items and stock"_s},
        {u"employee:inventory_read"_s, u"Read items and stock"_s},
        {u"employee:customers_read"_s, u"Read customers"_s},
        {u"employee:customers"_s, u"Read and change customers"_s},
    };
    return descriptions.value(scope, scope.mid(scope.indexOf(u':') + 1).replace(u'_', u' '));
}

} // namespace

QString login(const QString &requestId, const QString &clientId, const QString &email, const QString &error)
{
    const QString errorLine =
        error.isEmpty() ? QString() : uR"(<p class="error" id="error">%1</p>)"_s.arg(escaped(error));
    return frame(u"Log in"_s, uR"(<h1>Log in to Lightspeed Retail</h1>
<p><strong>%1</strong> asks to connect to your account.</p>
%2
<form method="post" action="/auth/oauth/authorize">
<input type="hidden" name="request" value="%3">
<input type="hidden" name="step" value="login">
<label for="email">E-mail</label>
<input type="email" id="email" name="email" value="%4" autocomplete="username" required autofocus>
<label for="password">Password</label>
<input type="password" id="password" name="password" autocomplete="current-password" required>
<button type="submit" class="primary" id="login">Log in</button>
</form>)"_s.arg(escaped(clientId), errorLine, escaped(requestId), escaped(email)));
}

QString consent(const QString &requestId, const QString &clientId, const QString &accountName,
                const QStringList &scopes)
{
    QString items;
    for (const QString &scope : scopes)
        items += uR"(<li><code>%1</code>: %2</li>)"_s.arg(escaped(scope), escaped(describeScope(scope)));
    return frame(u"Authorize application"_s, uR"(<h1>Authorize %1</h1>
<p><strong>%1</strong> requests access to <strong>%2</strong>:</p>
<ul id="scopes">%3</ul>
<form method="post" action="/auth/oauth/authorize">
<input type="hidden" name="request" value="%4">
<input type="hidden" name="step" value="consent">
<button type="submit" class="primary" name="decision" value="authorize" id="authorize">Authorize Application</button>
<button type="submit" name="decision" value="deny" id="deny">Deny</button>
</form>)"_s.arg(escaped(clientId), escaped(accountName), items, escaped(requestId)));
}

QString error(const QString &title, const QString &message)
{
    return frame(title, uR"(<h1>%1</h1><p class="error" id="error">%2</p>)"_s.arg(escaped(title), escaped(message)));
}

QString index(const QString &baseUrl, const QString &accountId, const QString &clientId, const QString &redirectUri,
              const QString &loginEmail, const QString &loginPassword)
{
    const QString authorize = u"%1/auth/oauth/authorize?response_type=code&client_id=%2"
                              "&scope=employee:register_read+employee:inventory&state=try-it"_s.arg(baseUrl, clientId);
    return frame(u"Sandbox"_s, uR"(<h1>Lightspeed Retail sandbox</h1>
<p>Account <code>%1</code>. Log in as <code>%2</code> with password <code>%3</code>.</p>
<p><a href="%4">Start an authorization</a> for client <code>%5</code>; it ends with a redirect to
<code>%6</code>, whose <code>code</code> parameter goes to <code>POST %7/auth/oauth/token</code>.</p>
<p>API base URL: <code>%7/API/V3</code>. Control endpoints: <code>%7/sandbox/state</code>.</p>)"_s.arg(
                                   escaped(accountId), escaped(loginEmail), escaped(loginPassword), escaped(authorize),
                                   escaped(clientId), escaped(redirectUri), escaped(baseUrl)));
}

} // namespace posbridge::sandbox::pages
