#include "sandbox/tokenstore.h"

#include "sandbox/jwtsigner.h"
#include "sandbox/logging.h"
#include "sandbox/sandboxclock.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace posbridge::sandbox {

namespace {

constexpr qint64 PENDING_LIFETIME_MS = 30 * 60'000;
constexpr qint64 DAY_MS = 86'400'000;

} // namespace

bool isKnownScope(const QString &scope)
{
    static const QStringList names{u"all"_s,
                                   u"admin"_s,
                                   u"admin_employees"_s,
                                   u"admin_inventory"_s,
                                   u"admin_purchases"_s,
                                   u"admin_shops"_s,
                                   u"admin_void_sale"_s,
                                   u"categories"_s,
                                   u"customers"_s,
                                   u"customers_read"_s,
                                   u"inventory"_s,
                                   u"inventory_counts"_s,
                                   u"inventory_counts_reconcile"_s,
                                   u"inventory_read"_s,
                                   u"manufacturers"_s,
                                   u"product_cost"_s,
                                   u"product_edit"_s,
                                   u"purchase_orders"_s,
                                   u"register"_s,
                                   u"register_layaway"_s,
                                   u"register_read"_s,
                                   u"register_refund"_s,
                                   u"reports"_s,
                                   u"special_orders"_s,
                                   u"tags"_s,
                                   u"transfers"_s,
                                   u"vendors"_s,
                                   u"vendor_returns"_s,
                                   u"workbench"_s};
    return scope.startsWith(u"employee:") && names.contains(scope.mid(9));
}

TokenOutcome TokenOutcome::failure(int status, const QString &error, const QString &description)
{
    TokenOutcome outcome;
    outcome.status = status;
    outcome.error = error;
    outcome.description = description;
    return outcome;
}

TokenStore::TokenStore(const SandboxConfig &config, const SandboxClock &clock, const JwtSigner &signer)
    : m_config(config)
    , m_clock(clock)
    , m_signer(signer)
{
    m_clients.append(config.client);
    for (const ClientRegistration &extra : config.extraClients)
        registerClient(extra);
}

const ClientRegistration *TokenStore::client(const QString &clientId) const
{
    for (const ClientRegistration &client : m_clients) {
        if (client.clientId == clientId)
            return &client;
    }
    return nullptr;
}

void TokenStore::registerClient(const ClientRegistration &client)
{
    for (ClientRegistration &existing : m_clients) {
        if (existing.clientId == client.clientId) {
            existing = client;
            return;
        }
    }
    m_clients.append(client);
}

QString TokenStore::randomToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString TokenStore::addPending(const PendingAuthorization &pending)
{
    const qint64 now = SandboxClock::realNowMs();
    m_pending.removeIf([now](const auto &entry) { return now - entry.value().createdRealMs > PENDING_LIFETIME_MS; });
    const QString id = randomToken(16);
    m_pending.insert(id, pending);
    m_pending[id].createdRealMs = now;
    return id;
}

PendingAuthorization *TokenStore::pending(const QString &id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || SandboxClock::realNowMs() - it->createdRealMs > PENDING_LIFETIME_MS)
        return nullptr;
    return &it.value();
}

void TokenStore::removePending(const QString &id)
{
    m_pending.remove(id);
}

QString TokenStore::issueCode(const QString &clientId, const QStringList &scopes, const QString &codeChallenge)
{
    const qint64 now = SandboxClock::realNowMs();
    m_codes.removeIf([now](const auto &entry) { return entry.value().expiresRealMs < now - 3'600'000; });
    const QString code = randomToken(24);
    m_codes.insert(code, Code{clientId, scopes, codeChallenge, now + m_config.codeLifetimeMs, false});
    return code;
}

TokenOutcome TokenStore::exchangeCode(const QString &clientId, const QString &code, const QString &codeVerifier)
{
    const auto it = m_codes.find(code);
    if (it == m_codes.end() || it->clientId != clientId)
        return TokenOutcome::failure(400, u"invalid_grant"_s, u"The authorization code is invalid."_s);
    if (it->used)
        return TokenOutcome::failure(400, u"invalid_grant"_s, u"The authorization code has already been used."_s);
    if (it->expiresRealMs < SandboxClock::realNowMs())
        return TokenOutcome::failure(400, u"invalid_grant"_s, u"The authorization code has expired."_s);
    if (!it->codeChallenge.isEmpty()) {
        if (codeVerifier.isEmpty())
            return TokenOutcome::failure(400, u"invalid_request"_s, u"The code_verifier parameter is missing."_s);
        const QByteArray digest = QCryptographicHash::hash(codeVerifier.toUtf8(), QCryptographicHash::Sha256);
        const QString expected =
            QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        if (expected != it->codeChallenge)
            return TokenOutcome::failure(400, u"invalid_grant"_s, u"The code_verifier does not match the challenge."_s);
    }
    it->used = true;
    return issuePair(clientId, it->scopes, randomToken(12), {});
}

TokenOutcome TokenStore::issuePair(const QString &clientId, const QStringList &scopes, const QString &grantId,
                                   const QString &parentRefresh)
{
    const qint64 nowReal = SandboxClock::realNowMs();
    const int expiresIn = std::max(1, static_cast<int>(m_config.accessTokenLifetimeSec / m_clock.timeScale()));
    const qint64 iat = nowReal / 1000;
    const QString jti = randomToken(12);
    const QJsonObject claims{
        {u"iss"_s, u"posbridge-sandbox"_s},
        {u"aud"_s, clientId},
        {u"sub"_s, u"1"_s},
        {u"acct"_s, m_config.accountId},
        {u"scope"_s, scopes.join(u' ')},
        {u"iat"_s, iat},
        {u"exp"_s, iat + expiresIn},
        {u"jti"_s, jti},
    };
    TokenOutcome outcome;
    outcome.accessToken = QString::fromLatin1(m_signer.sign(claims));
    outcome.refreshToken = randomToken(48);
    outcome.expiresIn = expiresIn;
    if (outcome.accessToken.isEmpty())
        return TokenOutcome::failure(500, u"server_error"_s, u"The access token could not be signed."_s);

    m_access.insert(jti, Access{clientId, scopes, grantId, parentRefresh, (iat + expiresIn) * 1000, false, false});
    Refresh refresh;
    refresh.clientId = clientId;
    refresh.scopes = scopes;
    refresh.grantId = grantId;
    refresh.siblingAccess = jti;
    refresh.issuedSandboxMs = m_clock.nowMs();
    m_refresh.insert(outcome.refreshToken, refresh);
    return outcome;
}

TokenOutcome TokenStore::refresh(const QString &clientId, const QString &refreshToken, const QString &requestedScope,
                                 bool jsonBody)
{
    const auto it = m_refresh.find(refreshToken);
    if (it == m_refresh.end() || it->clientId != clientId)
        return TokenOutcome::failure(400, u"invalid_grant"_s, u"The refresh token is invalid."_s);
    if (it->revoked)
        return TokenOutcome::failure(400, u"invalid_grant"_s, u"The refresh token has been revoked."_s);
    const qint64 now = m_clock.nowMs();
    const bool unused = it->refreshTimes.isEmpty();
    if (unused && now - it->issuedSandboxMs > m_config.refreshTokenLifetimeDays * DAY_MS)
        return TokenOutcome::failure(400, u"invalid_grant"_s, u"The refresh token has expired."_s);
    // A JSON body that carries a scope was answered with invalid_grant by the real service.
    if (!requestedScope.isEmpty() && jsonBody)
        return TokenOutcome::failure(400, u"invalid_grant"_s,
                                     u"Send the refresh request form-encoded, without scope."_s);
    for (const QString &scope : requestedScope.split(u' ', Qt::SkipEmptyParts)) {
        if (!it->scopes.contains(scope))
            return TokenOutcome::failure(400, u"invalid_scope"_s, u"Scope %1 was not granted."_s.arg(scope));
    }
    const qint64 recent = std::count_if(it->refreshTimes.cbegin(), it->refreshTimes.cend(),
                                        [now](qint64 time) { return now - time < 60'000; });
    if (recent >= m_config.refreshRetriesPerMinute) {
        // NOTE: the error code for too many refresh retries is a guess; the public documentation only states the limit.
        return TokenOutcome::failure(
            400, u"invalid_request"_s,
            u"The refresh token was used %1 times in the last minute; wait before retrying."_s.arg(recent));
    }

    // Only the newest retry's pair stays valid, so an earlier unused child is retired.
    if (!it->lastChild.isEmpty())
        revokeRefreshAndSibling(it->lastChild);
    it->refreshTimes.append(now);
    const Refresh parent = *it;
    TokenOutcome outcome = issuePair(clientId, parent.scopes, parent.grantId, refreshToken);
    if (outcome.ok())
        m_refresh[refreshToken].lastChild = outcome.refreshToken;
    return outcome;
}

void TokenStore::revokeRefreshAndSibling(const QString &refreshToken)
{
    const auto it = m_refresh.find(refreshToken);
    if (it == m_refresh.end())
        return;
    it->revoked = true;
    const auto access = m_access.find(it->siblingAccess);
    if (access != m_access.end())
        access->revoked = true;
}

bool TokenStore::revoke(const QString &clientId, const QString &refreshToken)
{
    const auto it = m_refresh.find(refreshToken);
    if (it == m_refresh.end() || it->clientId != clientId)
        return false;
    const QString grantId = it->grantId;
    for (Refresh &refresh : m_refresh) {
        if (refresh.grantId == grantId)
            refresh.revoked = true;
    }
    for (Access &access : m_access) {
        if (access.grantId == grantId)
            access.revoked = true;
    }
    return true;
}

AccessGrant TokenStore::verifyAccess(const QByteArray &token)
{
    const auto claims = m_signer.verify(token);
    if (!claims)
        return {};
    const auto it = m_access.find((*claims)[u"jti"_s].toString());
    if (it == m_access.end() || it->revoked || it->expiresRealMs <= SandboxClock::realNowMs())
        return {};
    if (!it->used) {
        it->used = true;
        if (!it->parentRefresh.isEmpty())
            revokeRefreshAndSibling(it->parentRefresh);
    }
    return AccessGrant{true, it->clientId, m_config.accountId, it->scopes};
}

int TokenStore::expireAccessTokens(const QString &clientId)
{
    const qint64 now = SandboxClock::realNowMs();
    int count = 0;
    for (Access &access : m_access) {
        if (access.clientId == clientId && !access.revoked && access.expiresRealMs > now) {
            access.expiresRealMs = now;
            ++count;
        }
    }
    return count;
}

int TokenStore::revokeAll(const QString &clientId)
{
    int count = 0;
    for (Access &access : m_access) {
        if (access.clientId == clientId && !access.revoked) {
            access.revoked = true;
            ++count;
        }
    }
    for (Refresh &refresh : m_refresh) {
        if (refresh.clientId == clientId && !refresh.revoked) {
            refresh.revoked = true;
            ++count;
        }
    }
    return count;
}

QJsonObject TokenStore::summary() const
{
    const qint64 now = SandboxClock::realNowMs();
    const auto liveAccess = std::count_if(m_access.cbegin(), m_access.cend(),
                                          [now](const Access &a) { return !a.revoked && a.expiresRealMs > now; });
    const auto liveRefresh =
        std::count_if(m_refresh.cbegin(), m_refresh.cend(), [](const Refresh &r) { return !r.revoked; });
    return QJsonObject{{u"liveAccessTokens"_s, static_cast<qint64>(liveAccess)},
                       {u"liveRefreshTokens"_s, static_cast<qint64>(liveRefresh)},
                       {u"pendingAuthorizations"_s, m_pending.size()}};
}

} // namespace posbridge::sandbox
